// Keys of the site's pages for incremental builds (reuse.ts): a page's key changes whenever
// anything the page shows may change. Conservative by design: a key that changes too often costs
// time, a key that misses an input publishes a stale page. So:
//   - every key includes the site hash: all code under src/, astro.config.mjs, public/, the
//     lock file and the site config (a code or config change renders everything again);
//   - a document page's key covers its Markdown file and data (status table included), the
//     documents it is linked with through any frontmatter field (a value equal to another
//     document's slug, either way round: its compilation, the compilation's articles, documents
//     it issues or replaces, …), its cross-references both ways (src/lib/xref/) and the group
//     pages it links to;
//   - a list page's key covers its props, each listed document by its frontmatter and its
//     compilation's title;
//   - a report page's key covers its raw file's report (and, for the summary, the documents made
//     from it).
// Page code that shows data of ANOTHER document must be covered here (and by the equality test,
// tests/unit/build/incremental.test.ts): e.g. a link that shows a related document's title must
// come through a frontmatter slug reference.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GROUP_VIEWS } from '../browse.ts';
import { groupRouteOf } from '../browse-site.ts';
import { config } from '../config.ts';
import { corpus, type DocEntry } from '../docs.ts';
import { sha256 } from '../render/hash.ts';
import { corpusXref } from '../xref/load.ts';
import { filesUnder } from '../files-under.ts';

const SITE_SOURCES = ['src', 'public', 'astro.config.mjs', 'package-lock.json'];

let site: string | undefined;

/** Hash of everything every page depends on (code, assets, dependencies, config). */
export function siteHash(root = process.cwd()): string {
  if (site) return site;
  const parts = SITE_SOURCES.flatMap((s) => filesUnder(join(root, s))).map((f) => `${f.slice(root.length)}\0${sha256(readFileSync(f))}`);
  // Where the site and Astro's cache are written changes no page (the build writes to a staging folder).
  const { outDir: _out, cacheDir: _cache, ...content } = config as typeof config & { outDir?: string; cacheDir?: string };
  site = sha256(JSON.stringify([parts, content]));
  return site;
}

const fileHashes = new Map<string, string>();
const fileHash = (path: string): string => {
  let h = fileHashes.get(path);
  if (!h) fileHashes.set(path, (h = sha256(readFileSync(path))));
  return h;
};

/** Every string anywhere in a frontmatter value. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

let related: Map<string, Set<string>> | undefined;

/**
 * slug → slugs of the documents linked with it through frontmatter: those whose frontmatter names
 * it, those its frontmatter names, and those naming the same document (the other articles of its
 * compilation: previous / next article; other texts issued by the same notice).
 */
function relatedDocs(): Map<string, Set<string>> {
  if (related) return related;
  const { docs, bySlug } = corpus();
  const mentions = new Map<string, Set<string>>(); // slug → slugs it names
  const mentionedBy = new Map<string, Set<string>>(); // slug → slugs naming it
  for (const d of docs) {
    const own = new Set(strings(d.data).filter((s) => s !== d.data.slug && bySlug.has(s)));
    mentions.set(d.data.slug, own);
    for (const s of own) (mentionedBy.get(s) ?? mentionedBy.set(s, new Set()).get(s)!).add(d.data.slug);
  }
  related = new Map(docs.map((d) => {
    const slug = d.data.slug;
    const set = new Set([...mentions.get(slug)!, ...(mentionedBy.get(slug) ?? [])]);
    for (const s of mentions.get(slug)!) for (const sibling of mentionedBy.get(s) ?? []) set.add(sibling);
    set.delete(slug);
    return [slug, set];
  }));
  return related;
}

const digests = new Map<string, string>();

/** A listed document as list pages show it: its frontmatter and its compilation's title. */
export function docDigest(doc: DocEntry): string {
  let h = digests.get(doc.data.slug);
  if (!h) {
    const coll = doc.data.collection ? corpus().bySlug.get(doc.data.collection)?.data.title ?? null : null;
    digests.set(doc.data.slug, (h = sha256(JSON.stringify([doc.data, coll]))));
  }
  return h;
}

/** Key of a document's pages (both reading views and the compare view). */
export function docPageKey(doc: DocEntry): string {
  const { docs, bySlug } = corpus();
  // Cross-references (src/lib/xref/): the documents this one's 《title》 references link to, and
  // the documents citing it (被引用 shows their titles and section headings).
  const xref = corpusXref(docs, config.corpusDir);
  const citing = xref.citedBy.get(doc.data.slug) ?? [];
  const slugs = new Set([...(relatedDocs().get(doc.data.slug) ?? []), ...citing.map((c) => c.slug)]);
  const others = [...slugs].filter((s) => bySlug.has(s)).sort().map((s) => [s, bySlug.get(s)!.data]);
  const refs = [xref.contexts.get(doc.data.slug) ?? null, citing];
  const groups = GROUP_VIEWS.flatMap((view) => [groupRouteOf(doc, view, 'hans'), groupRouteOf(doc, view, 'hant')]);
  // doc.data, not only the file: the status table (src/lib/status/) overlays the frontmatter.
  return sha256(JSON.stringify([siteHash(), 'doc', fileHash(doc.filePath), doc.data, others, groups, refs]));
}

const downloadBases = new Map<string, string>();

/** Key of a document's download in one script and format (its file and its data). The document's
 * part is hashed once for its four downloads (40,000 keys at 10,000 documents). */
export function downloadKey(doc: DocEntry, script: string, ext: string): string {
  let base = downloadBases.get(doc.filePath);
  if (!base) downloadBases.set(doc.filePath, (base = sha256(JSON.stringify([siteHash(), 'download', fileHash(doc.filePath), doc.data]))));
  return sha256(`${base}\0${script}\0${ext}`);
}

const isDoc = (v: unknown): v is DocEntry => !!v && typeof v === 'object' && 'filePath' in v && 'data' in v;

/** Key of a page made from its props (lists, groups, reports): documents in them by digest. */
export function propsKey(kind: string, props: unknown, ...extra: unknown[]): string {
  const json = JSON.stringify([props, extra], (_k, v: unknown) => (isDoc(v) ? docDigest(v) : v));
  return sha256(JSON.stringify([siteHash(), kind]) + json);
}

/** Hash of a raw file's conversion report (content/report/<raw file>.json), or null without one. */
export const reportHash = (rawFile: string): string | null => optionalFileHash(join(config.reportDir, `${rawFile}.json`));

/** Hash of a file's bytes, or null when it does not exist. */
export function optionalFileHash(path: string): string | null {
  try {
    return fileHash(path);
  } catch {
    return null;
  }
}
