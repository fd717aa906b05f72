// Shared types of the script module.
// Script and the traditional Variant (OpenCC standard t, Taiwan tw, Hong Kong hk) are part of the
// document format, declared once in src/lib/format/script.ts.
import type { Script, Variant } from '../format/script.ts';
export type { Script, Variant };
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
