import { matchRegistry } from './slug-match.ts';
import { REGISTRY_PATH, storedTitle, type RegistryEntry } from './slug-registry.ts';
import type { Message } from './types.ts';

// Final slugs across the archive. Each raw file slugs its own documents (slug.ts); this settles them
// against the slug registry (slug-registry.ts), so a published link never moves to another document:
//  - a document with a registry entry (slug-match.ts) keeps its registered slug, whatever its
//    generated slug is now and whatever files were added;
//  - a new document gets its generated slug if no entry, no reserved slug and no earlier new
//    document has it; else -2, -3 … (skipping every slug some new document wants), with a warning;
//  - an entry no document matches keeps its slug reserved (its document is gone or failed).
// New documents are taken by raw file name, then position, so cold, cached and partial runs agree.

export interface SettleDoc {
  /** The slug the file's own conversion gave it (generated, or chosen in content/slugs.json). */
  slug: string;
  title: string;
  date: string | null;
  /** 1-based raw line where the document starts (for messages). */
  line: number;
  /** True when content/slugs.json chose the slug. */
  chosen?: boolean;
}

export interface FileSlugs {
  file: string;
  docs: readonly SettleDoc[];
}

export interface SlugDecision {
  /** Final slugs per file, in document order. */
  slugs: Map<string, string[]>;
  /** Warnings per file (only files with one). */
  warnings: Map<string, Message[]>;
  /** The registry to write: every entry, new ones added, matched ones brought up to date. */
  registry: RegistryEntry[];
  /** New entries, entries brought up to date (moved, retitled, redated), entries without a document. */
  counts: { registered: number; updated: number; reserved: number };
  /** New documents registered under a numbered slug in this run (their reports say why). */
  numbered: { file: string; n: number; wanted: string; slug: string }[];
}

export interface SettleOptions {
  /** Registered slugs (content/slug-registry.tsv); empty on a first run. */
  registry?: readonly RegistryEntry[];
  /** Every raw file there is, converted or failed (an entry of a missing file may have been renamed). */
  present?: ReadonlySet<string>;
  /** Slugs no new document may take (documents kept from a failed conversion). */
  reserved?: ReadonlySet<string>;
  registryPath?: string;
}

const byName = (a: FileSlugs, b: FileSlugs) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

export function settleSlugClashes(files: readonly FileSlugs[], options: SettleOptions = {}): SlugDecision {
  const { registry = [], reserved = new Set<string>(), registryPath = REGISTRY_PATH } = options;
  const present = options.present ?? new Set(files.map((f) => f.file));
  const ordered = [...files].sort(byName);
  const matched = matchRegistry(ordered, registry, present);
  const entries = registry.map((e) => ({ ...e }));
  const claimed = new Set<number>();
  const wantedByNew = new Set<string>();
  for (const f of ordered) matched.get(f.file)!.forEach((k, i) => (k === undefined ? wantedByNew.add(f.docs[i]!.slug) : claimed.add(k)));
  const taken = new Set<string>([...registry.map((e) => e.slug), ...reserved]);
  const counts = { registered: 0, updated: 0, reserved: registry.length - claimed.size };

  const slugs = new Map<string, string[]>();
  const numbered: SlugDecision['numbered'] = [];
  for (const f of ordered) {
    const out = f.docs.map((d, i) => {
      const n = i + 1;
      const k = matched.get(f.file)![i];
      const now = { file: f.file, n, date: d.date, title: storedTitle(d.title) };
      if (k !== undefined) {
        const e = entries[k]!;
        if (e.file !== now.file || e.n !== now.n || e.date !== now.date || e.title !== now.title) counts.updated++;
        Object.assign(e, now);
        return e.slug;
      }
      let slug = d.slug;
      if (taken.has(slug)) {
        let j = 2;
        while (taken.has(`${d.slug}-${j}`) || wantedByNew.has(`${d.slug}-${j}`)) j++;
        slug = `${d.slug}-${j}`;
        numbered.push({ file: f.file, n, wanted: d.slug, slug });
      }
      taken.add(slug);
      entries.push({ slug, ...now });
      counts.registered++;
      return slug;
    });
    slugs.set(f.file, out);
  }
  const warnings = explain(ordered, slugs, registry, claimed, reserved, registryPath);
  return { slugs, warnings, registry: entries.map(({ line: _line, ...e }) => e), counts, numbered };
}

/**
 * Warnings from the settled state only (not from what changed in this run), so a run with the
 * registry the previous run wrote gives the same reports: a document that does not have the slug
 * it wants, and why; a registered slug no document of its file claims any more.
 */
function explain(
  ordered: readonly FileSlugs[],
  slugs: ReadonlyMap<string, string[]>,
  registry: readonly RegistryEntry[],
  claimed: ReadonlySet<number>,
  reserved: ReadonlySet<string>,
  registryPath: string,
): Map<string, Message[]> {
  const holder = new Map<string, string>();
  for (const s of reserved) holder.set(s, 'a document kept from a raw file that failed to convert');
  registry.forEach((e, k) => !claimed.has(k) && holder.set(e.slug, `${e.file} document ${e.n} ("${e.title}"), no longer converted, whose slug stays reserved`));
  for (const f of ordered) f.docs.forEach((d, i) => holder.set(slugs.get(f.file)![i]!, `${f.file} document ${i + 1} (line ${d.line})`));
  const warnings = new Map<string, Message[]>();
  const warn = (file: string, line: number | undefined, reason: string) => {
    const list = warnings.get(file) ?? [];
    list.push({ file, line, severity: 'warning', kind: 'slug', reason });
    warnings.set(file, list);
  };
  for (const f of ordered) {
    f.docs.forEach((d, i) => {
      const n = i + 1;
      const slug = slugs.get(f.file)![i]!;
      if (slug === d.slug) return;
      const other = holder.get(d.slug);
      if (other) {
        warn(f.file, d.line, `slug "${d.slug}" of document ${n} is taken by ${other}; this document has "${slug}" (published slugs never move). ` +
          `To choose another slug before it is published, edit it on the line "${f.file}#${n}" of ${registryPath}`);
      } else if (d.chosen) {
        warn(f.file, d.line, `content/slugs.json chooses "${d.slug}" for document ${n}, but it is published as "${slug}" and keeps it. ` +
          `To rename a published document, change the slug on its line "${f.file}#${n}" of ${registryPath} (old links then break) and drop the slugs.json key`);
      }
    });
  }
  const converted = new Set(ordered.map((f) => f.file));
  registry.forEach((e, k) => {
    if (claimed.has(k) || !converted.has(e.file)) return;
    warn(e.file, undefined, `registered slug "${e.slug}" ("${e.title}", line "${e.file}#${e.n}" of ${registryPath}) matches no document of this file any more; ` +
      `the slug stays reserved and its links no longer resolve. If a document here is that document under a changed title, ` +
      `give that document's registry line the slug "${e.slug}" and delete the old line`);
  });
  return warnings;
}
