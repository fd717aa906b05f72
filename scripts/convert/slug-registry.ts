import { z } from 'zod';
import { PATHS } from './cli-config.ts';
import { issueLines } from '../../src/lib/config/zod-errors.ts';
import { isCalendarDate } from './structure/date.ts';

// content/slug-registry.tsv: every slug the converter has published, one line per document:
//
//   <slug> TAB <raw file>#<document number> TAB <date or -> TAB <title>
//
// A document keeps its registered slug for good (analysts cite `…/<slug>#s3-2`), whatever files are
// added around it; a slug whose document is gone stays reserved. `npm run convert` reads the file and
// rewrites it (new documents appended, moved ones updated, sorted by raw file and number, so a
// review diff shows exactly what was published or moved). slug-clash.ts and slug-match.ts decide; this file is the format.

export const REGISTRY_PATH: string = PATHS.registry;

export interface RegistryEntry {
  slug: string;
  file: string;
  /** 1-based document number in the raw file. */
  n: number;
  date: string | null;
  title: string;
  /** 1-based line in the registry file it was read from (for messages); absent for new entries. */
  line?: number;
}


const Entry = z.object({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug must be lower-case ASCII letters, digits and single hyphens'),
  file: z.string().min(1, 'raw file name is empty').regex(/^[^/#\\]+$/, 'raw file must be a bare file name without "/" or "#"'),
  n: z.number().int().min(1, 'document number must be 1 or more'),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be yyyy-mm-dd or "-"')
    .refine(isCalendarDate, 'date is not a real calendar date (month 01–12, day within the month)')
    .nullable(),
  title: z.string().min(1, 'title is empty'),
});

const HEADER = [
  '# Published slugs: <slug> TAB <raw file>#<document number> TAB <date or -> TAB <title>. Written by `npm run convert`.',
  '# A document keeps its slug once published; a line whose document is gone keeps the slug reserved.',
  '# To rename a document on purpose, edit its slug here (old links then break); see scripts/convert/README.md.',
];

export class RegistryError extends Error {
  constructor(path: string, line: number, message: string, hint: string) {
    super(`${path}:${line}: ${message} (${hint})`);
    this.name = 'RegistryError';
  }
}

const FIX = 'fix or delete the line; a deleted line lets `npm run convert` register its document again, maybe under another slug';

/** Parses and checks the registry; throws a RegistryError naming the line and the fix. */
export function parseRegistry(text: string, path = REGISTRY_PATH): RegistryEntry[] {
  const entries: RegistryEntry[] = [];
  const bySlug = new Map<string, number>();
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    const s = raw.replace(/\r$/, '');
    if (s.trim() === '' || s.startsWith('#')) return;
    if (/^(<{7}|={7}|>{7})/.test(s)) throw new RegistryError(path, line, 'merge conflict marker', 'resolve the conflict: keep both sides\' lines, one per slug');
    const fields = s.split('\t');
    if (fields.length !== 4) throw new RegistryError(path, line, `expected 4 tab-separated fields (slug, raw file#number, date, title), found ${fields.length}`, FIX);
    const [slug, where, date, title] = fields as [string, string, string, string];
    const hash = where.lastIndexOf('#');
    const candidate = { slug, file: hash > 0 ? where.slice(0, hash) : '', n: hash > 0 ? Number(where.slice(hash + 1)) : NaN, date: date === '-' ? null : date, title };
    const parsed = Entry.safeParse(candidate);
    if (!parsed.success) {
      const what = hash <= 0 ? `"${where}" is not <raw file>#<document number>` : issueLines(parsed.error, { input: candidate })[0]!;
      throw new RegistryError(path, line, what, FIX);
    }
    const first = bySlug.get(slug);
    if (first !== undefined) {
      throw new RegistryError(path, line, `slug "${slug}" is registered twice (lines ${first} and ${line})`, 'a slug names one document: keep the line of the document that published it and delete the other');
    }
    bySlug.set(slug, line);
    entries.push({ ...parsed.data, line });
  });
  return entries;
}

/** Title as stored: one line, no tabs. */
export const storedTitle = (title: string): string => title.replace(/[\t\r\n]+/g, ' ');

const byPlace = (a: RegistryEntry, b: RegistryEntry) =>
  a.file < b.file ? -1 : a.file > b.file ? 1 : a.n - b.n || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

/** The registry file's text: header, then one line per entry by raw file, number, slug. */
export function formatRegistry(entries: readonly RegistryEntry[]): string {
  const lines = [...entries].sort(byPlace).map((e) => [e.slug, `${e.file}#${e.n}`, e.date ?? '-', storedTitle(e.title)].join('\t'));
  return [...HEADER, ...lines].join('\n') + '\n';
}
