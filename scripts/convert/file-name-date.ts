import { FILE_NAME_DATE } from './data/file-name.ts';
import { isCalendarDate } from './structure/date.ts';
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
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  return isCalendarDate(date) ? { date, text: m[0] } : null;
}
