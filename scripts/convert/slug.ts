import { pinyin } from 'pinyin-pro';
import { z } from 'zod';
import { asciiDigits } from './digits.ts';

// Slugs are ASCII, stable and readable: the document date, then the pinyin initials of the
// title (digits and Latin letters kept): 2019-11-22-zgzjswgyrzxx… A manifest may override them.

const MAX_INITIALS = 24;

/** Pinyin initials of a title, ASCII letters and digits only, lower case. */
export function initials(title: string): string {
  // Only the start is used (MAX_INITIALS); pinyin for a long title is the slow part of slugging.
  const parts = pinyin(title.slice(0, MAX_INITIALS * 2), { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' });
  return asciiDigits(parts.join('').toLowerCase()).replace(/[^a-z0-9]/g, '');
}

export function makeSlug(title: string, date: string | null): string {
  const body = initials(title).slice(0, MAX_INITIALS) || 'doc';
  return date ? `${date}-${body}` : body;
}

/** content/slugs.json: { "<raw file>#<n>": "slug" } where n is the 1-based document number in that file. */
export const SlugManifest = z.record(
  z.string().regex(/^[^#]+#\d+$/, 'key must be "<raw file>#<document number>"'),
  z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug must be lower-case ASCII letters, digits and single hyphens'),
);
export type SlugManifest = z.infer<typeof SlugManifest>;

/**
 * Slugs for the documents of one file, in order: override, else generated; repeats get -2, -3
 * (deterministic, by position). `taken` holds slugs already used elsewhere.
 */
export function assignSlugs(file: string, docs: readonly { title: string; date: string | null }[], manifest: SlugManifest, taken = new Set<string>()): string[] {
  return docs.map((d, i) => {
    const base = manifest[`${file}#${i + 1}`] ?? makeSlug(d.title, d.date);
    let slug = base;
    for (let k = 2; taken.has(slug); k++) slug = `${base}-${k}`;
    taken.add(slug);
    return slug;
  });
}
