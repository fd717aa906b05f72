import { FILE_NAME_DATE } from './data/file-name.ts';
import type { FrontMatterHints } from './front-matter.ts';

// A date in the raw file's name (data/file-name.ts): a hint for a document whose text states none.

/** Hints about a file's first document from outside its text: its front matter, its file name. */
export interface FileHints extends FrontMatterHints {
  /** A date the file's name carries: ISO, and the name's part that says it. */
  fileNameDate?: { date: string; text: string };
}

export function dateFromFileName(file: string): FileHints['fileNameDate'] | null {
  const name = file.split('/').pop() ?? file;
  const m = FILE_NAME_DATE.exec(name);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const valid = new Date(Date.UTC(y, mo - 1, d));
  if (valid.getUTCMonth() !== mo - 1 || valid.getUTCDate() !== d) return null;
  return { date: `${m[1]}-${m[2]}-${m[3]}`, text: m[0] };
}
