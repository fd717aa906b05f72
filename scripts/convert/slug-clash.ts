import type { Message } from './types.ts';

// Cross-file slug clashes. Each raw file slugs its own documents (slug.ts); across an archive of
// thousands of files two documents may still want the same slug (same date, same title initials).
// The clash is settled over the whole archive in one fixed order, raw file name then position in
// the file, so the result does not depend on the file system's listing order or on which files
// came from the cache: the first document keeps its slug, later ones get -2, -3 … skipping every
// slug some document wants, so a document without a clash never changes its slug.

export interface FileSlugs {
  file: string;
  /** Slugs the file's own conversion gave its documents, in document order. */
  slugs: readonly string[];
  /** 1-based raw line where each document starts (for the warning). */
  lines: readonly number[];
}

export interface SlugDecision {
  /** Final slugs per file, in document order. */
  slugs: Map<string, string[]>;
  /** Warnings per file (only files with a renamed document). */
  warnings: Map<string, Message[]>;
}

const byName = (a: FileSlugs, b: FileSlugs) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

export interface SettleOptions {
  /** Slugs no file may take (documents kept from a failed conversion). */
  reserved?: ReadonlySet<string>;
  manifestPath?: string;
}

export function settleSlugClashes(files: readonly FileSlugs[], { reserved = new Set(), manifestPath = 'content/slugs.json' }: SettleOptions = {}): SlugDecision {
  const ordered = [...files].sort(byName);
  const wanted = new Set<string>();
  for (const f of ordered) for (const s of f.slugs) wanted.add(s);
  const owner = new Map<string, { file: string; n: number; line: number }>();
  const taken = new Set<string>(reserved);
  const slugs = new Map<string, string[]>();
  const warnings = new Map<string, Message[]>();
  for (const f of ordered) {
    const out = f.slugs.map((slug, i) => {
      const first = owner.get(slug);
      if (!first && !reserved.has(slug)) {
        owner.set(slug, { file: f.file, n: i + 1, line: f.lines[i] ?? 1 });
        taken.add(slug);
        return slug;
      }
      let k = 2;
      while (wanted.has(`${slug}-${k}`) || taken.has(`${slug}-${k}`)) k++;
      const renamed = `${slug}-${k}`;
      taken.add(renamed);
      const other = first ? `${first.file} document ${first.n} (line ${first.line})` : 'a document kept from a raw file that failed to convert';
      const list = warnings.get(f.file) ?? [];
      list.push({
        file: f.file,
        line: f.lines[i],
        severity: 'warning',
        reason:
          `slug "${slug}" of document ${i + 1} is also the slug of ${other}; ` +
          `this document gets "${renamed}" (clashes are numbered by raw file name, then position). ` +
          `To choose a slug, add "${f.file}#${i + 1}": "<slug>" to ${manifestPath}`,
      });
      warnings.set(f.file, list);
      return renamed;
    });
    slugs.set(f.file, out);
  }
  return { slugs, warnings };
}
