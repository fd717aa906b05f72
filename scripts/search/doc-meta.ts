// Document metadata for search results and filters, read from content/docs/<slug>.md frontmatter
// (the normative source; the page markup is the site's business). Missing files are tolerated:
// Pagefind then uses whatever data-pagefind-* attributes the page carries.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { z } from 'zod';

const frontmatterSchema = z.object({
  title: z.string().optional(),
  issuer: z.string().nullish(),
  date: z.union([z.string(), z.date()]).nullish(),
  type: z.string().nullish(),
  collection: z.string().nullish(),
  script: z.enum(['hans', 'hant']).optional(),
});

export interface DocMeta {
  issuer?: string;
  date?: string; // yyyy-mm-dd
  year?: string;
  type?: string;
  collection?: string;
  script?: 'hans' | 'hant';
}

export function readDocMeta(docsDir: string, slug: string): DocMeta | undefined {
  const file = join(docsDir, `${slug}.md`);
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) return undefined;
  let data: unknown;
  try {
    data = yaml.load(match[1]!);
  } catch (e) {
    console.warn(`${file}: frontmatter is not valid YAML (${(e as Error).message}); search metadata skipped for this document.`);
    return undefined;
  }
  const parsed = frontmatterSchema.safeParse(data);
  if (!parsed.success) {
    console.warn(`${file}: unexpected frontmatter (${parsed.error.issues[0]?.message}); search metadata skipped.`);
    return undefined;
  }
  const fm = parsed.data;
  const date = fm.date instanceof Date ? fm.date.toISOString().slice(0, 10) : fm.date ?? undefined;
  return {
    issuer: fm.issuer ?? undefined,
    date,
    year: date?.slice(0, 4),
    type: fm.type ?? undefined,
    collection: fm.collection ?? undefined,
    script: fm.script,
  };
}

export type PagefindKind = 'meta' | 'filter' | 'sort';
export interface PagefindField { kind: PagefindKind; key: string; value: string }

/** What the search needs of a document, as Pagefind fields (missing values left out). */
export function pagefindFields(meta: DocMeta): PagefindField[] {
  const all: [PagefindKind, string, string | undefined][] = [
    ['meta', 'issuer', meta.issuer], ['meta', 'date', meta.date], ['meta', 'type', meta.type],
    ['meta', 'collection', meta.collection], ['meta', 'script', meta.script],
    ['filter', 'issuer', meta.issuer], ['filter', 'year', meta.year], ['filter', 'type', meta.type],
    ['filter', 'collection', meta.collection], ['sort', 'date', meta.date],
  ];
  return all.filter((f): f is [PagefindKind, string, string] => Boolean(f[2])).map(([kind, key, value]) => ({ kind, key, value }));
}
