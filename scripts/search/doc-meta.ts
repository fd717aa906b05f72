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

/** Pagefind's inline attribute syntax: `key:value, key:value` with commas in values escaped. */
function inline(pairs: [string, string | undefined][]): string | undefined {
  const kept = pairs.filter((p): p is [string, string] => Boolean(p[1]));
  return kept.length ? kept.map(([k, v]) => `${k}:${v.replace(/,/g, '\\,')}`).join(', ') : undefined;
}

/** data-pagefind-* attributes (hast property names) to put on the page's body element. */
export function pagefindAttributes(meta: DocMeta): Record<string, string> {
  const out: Record<string, string> = {};
  const m = inline([['issuer', meta.issuer], ['date', meta.date], ['type', meta.type], ['collection', meta.collection], ['script', meta.script]]);
  const f = inline([['issuer', meta.issuer], ['year', meta.year], ['type', meta.type], ['collection', meta.collection]]);
  const s = inline([['date', meta.date]]);
  if (m) out.dataPagefindMeta = m;
  if (f) out.dataPagefindFilter = f;
  if (s) out.dataPagefindSort = s;
  return out;
}
