// A raw file with no document text is refused, like an empty or binary file (decode.ts): a page
// titled after the file name ("_index.md (untitled)") holding only metadata or nothing is worse
// than no page. Two kinds: a Markdown copy that is only front matter (a Hugo/Jekyll section page,
// `---\ntitle: …\n---`), and a file with nothing left after cleaning (whitespace, HTML comments,
// web-page furniture). The file's previous outputs stay; the other files convert.
import { ConvertError } from './errors.ts';
import { readFrontMatter } from './front-matter.ts';
import type { Cleaned, Decoded } from './types.ts';

const COMMENT = /<!--[\s\S]*?-->/g;
const WHAT_TO_DO = 'remove it from content/raw/, or put the document’s text in it';

/** Throws when the file holds no document text; otherwise returns nothing. */
export function refuseNoText(decoded: Decoded, cleaned: Pick<Cleaned, 'text' | 'removals'>): void {
  const { file, text } = decoded;
  const fm = readFrontMatter(text);
  if (fm && text.slice(fm.length).replace(COMMENT, '').trim() === '') {
    const title = fm.fields.get('title');
    throw new ConvertError(`no text: the file holds only Markdown front matter${title ? ` (title: ${title})` : ''} and no document text, like a site's section page (_index.md)`, { file, line: 1, hint: WHAT_TO_DO });
  }
  if (cleaned.text.trim() === '') {
    const kinds = new Map<string, number>();
    for (const r of cleaned.removals) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
    const removed = [...kinds].map(([k, n]) => `${k} ${n}`).join(', ');
    throw new ConvertError(`no text: nothing is left after cleaning${removed ? ` (removed: ${removed})` : ''}; the file holds no document text`, { file, line: 1, hint: `${WHAT_TO_DO}; if the removed text is the document, the cleaning rule of that kind is wrong: report it with the file` });
  }
}
