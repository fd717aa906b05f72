// The downloadable text of a document in one script: its Markdown (frontmatter and body, the body
// converted like the reading view) or plain text (title, metadata lines, then the text).
import { splitFrontmatter } from '../corpus/load.ts';
import type { DocMeta } from '../../schemas/doc.ts';
import { statusLabel } from '../status/vocabulary.ts';
import type { TextFn } from '../script-view.ts';
import { markdownToText } from './plain-text.ts';

export interface DownloadInput {
  data: DocMeta;
  /** the Markdown file's text (frontmatter and body) */
  source: string;
  script: 'hans' | 'hant';
  /** the document's converter for this script */
  convert: TextFn;
  /** the type label in this script */
  type: string;
}

/** The body without the blanked frontmatter lines (splitFrontmatter keeps positions with spaces). */
function bodyOf(source: string): string {
  const { raw, body } = splitFrontmatter(source);
  return raw === null ? body : body.replace(/^[\s]*\n/, '');
}

/** Markdown: the original frontmatter (it is data, in the original's script), then the converted body. */
export function downloadMarkdown(i: DownloadInput): string {
  const { raw } = splitFrontmatter(i.source);
  const head = raw === null ? '' : `---${raw}---\n\n`;
  return `${head}${i.convert(bodyOf(i.source)).replace(/\s*$/, '\n')}`;
}

/** Plain text: title, the metadata that identifies it, then the text block by block. */
export function downloadText(i: DownloadInput): string {
  const d = i.data;
  const lines = [i.convert(d.title)];
  const meta = [d.issuer ? i.convert(d.issuer) : '', d.docNumber ?? '', d.date ?? '', i.type, d.status ? statusLabel(d.status, i.script) : ''].filter(Boolean);
  if (meta.length) lines.push(meta.join(' · '));
  return `${lines.join('\n')}\n\n${markdownToText(i.convert(bodyOf(i.source)))}`;
}
