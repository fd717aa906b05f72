// Markdown front matter (`---\ntitle: …\n---`, or TOML `+++`) at the very start of a raw file. The
// cleaner removes it from a .md copy (clean/markup.ts) and hands its title and date over as hints;
// a file holding nothing else is refused as 'no text' (no-text.ts).
import { FRONT_MATTER_DATE_KEYS, FRONT_MATTER_TITLE_KEYS } from './data/front-matter.ts';
import { parseDate } from './structure/date.ts';

/** YAML (`---`) or TOML (`+++`) front matter at the very start, its first line a `key: value` or `key = value`. */
const FRONT_MATTER = /^\uFEFF?(---|\+\+\+)[ \t]*\n((?:[A-Za-z_][\w-]*[ \t]*[:=][^\n]*\n)(?:[^\n]*\n)*?)\1[ \t]*(?:\n|$)/;

/** What front matter says about the document (values as written, quotes removed). */
export interface FrontMatterHints {
  title?: string;
  /** ISO yyyy-mm-dd. */
  date?: string;
  /** The date as written. */
  dateText?: string;
}

export interface FrontMatter {
  /** Characters from the start of the text, the closing line's end included. */
  length: number;
  /** Its `key: value` lines. */
  fields: Map<string, string>;
}

/** Front matter at the start of `text`, or null. */
export function readFrontMatter(text: string): FrontMatter | null {
  const m = FRONT_MATTER.exec(text);
  if (!m) return null;
  const fields = new Map<string, string>();
  for (const line of m[2]!.split('\n')) {
    const kv = /^([A-Za-z_][\w-]*)[ \t]*[:=][ \t]*(.*)$/.exec(line);
    if (kv) fields.set(kv[1]!, unquote(kv[2]!));
  }
  return { length: m[0].length, fields };
}

/** A raw file kept as Markdown (the only kind whose front matter is metadata, not text). */
export const isMarkdownFile = (file: string) => /\.(md|markdown)$/i.test(file);

export function frontMatterHints(fm: FrontMatter): FrontMatterHints {
  const first = (keys: readonly { key: string }[]) => keys.map((k) => fm.fields.get(k.key)).find((v) => v !== undefined && v !== '');
  const title = first(FRONT_MATTER_TITLE_KEYS);
  const dateText = first(FRONT_MATTER_DATE_KEYS);
  const date = dateText ? isoDate(dateText) : null;
  return { ...(title ? { title } : {}), ...(date ? { date, dateText } : {}) };
}

/** A YAML/TOML date (2020-10-17, 2020-10-17T08:00:00+08:00) or a Chinese one (2020年10月17日), as ISO. */
function isoDate(text: string): string | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/.exec(text);
  if (!m) return parseDate(text);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function unquote(value: string): string {
  const v = value.trim();
  return /^(["'“])(.*)(["'”])$/.exec(v)?.[2]?.trim() ?? v;
}
