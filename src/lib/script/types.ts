// Shared types of the script module.
export type Script = 'hans' | 'hant';
/** Traditional variant: OpenCC standard (t), Taiwan (tw), Hong Kong (hk). */
export type Variant = 't' | 'tw' | 'hk';
/** s2t: simplified → traditional; t2s: traditional → simplified. */
export type Direction = 's2t' | 't2s';

export interface ConverterOptions {
  from: Script;
  to: Script;
  variant?: Variant; // default 'tw'
}

export interface ConvertOptions {
  /** Extra terms never converted (e.g. a document's frontmatter `protect` list). */
  protect?: readonly string[];
}

export interface Converter {
  convert(text: string, options?: ConvertOptions): string;
}

/** How one span of the output was decided (for the ambiguity review and reports). */
export type Decision = 'protected' | 'marked' | 'project' | 'stock-phrase' | 'stock-char';

export interface Piece {
  start: number; // offset in the source text (UTF-16)
  end: number;
  source: string;
  output: string;
  by: Decision;
  /** For 'project': the dictionary key that matched. For 'stock-char': a phrase refused at this boundary. */
  rule?: string;
}
