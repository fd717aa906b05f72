// ASCII URL segments for browse groups named in Chinese (issuers, document types). The same group
// gets the same slug in both scripts and in every build of the same names; see assignGroupSlugs.
import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';

/** Short names read best as full pinyin (国务院 → guowuyuan); longer ones as initials. */
const FULL_PINYIN_MAX_HAN = 4;
const MAX_SLUG = 40;

const HAN = /\p{Script=Han}/gu;

/** The readable part of a group slug: pinyin of each word, words joined by '-', [a-z0-9-] only. */
export function baseGroupSlug(name: string): string {
  const han = name.match(HAN)?.length ?? 0;
  const pattern = han <= FULL_PINYIN_MAX_HAN ? 'pinyin' : 'first';
  const words = name
    .normalize('NFKC')
    .split(/[\s\p{P}\p{S}]+/u)
    .filter(Boolean)
    .map((w) => pinyin(w, { pattern, toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }).join('').toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
  return words.join('-').slice(0, MAX_SLUG).replace(/-+$/, '');
}

/** Full toneless pinyin of a name, syllables spaced (长沙市 → chang sha shi): a sort key that agrees with the slugs. */
export function pinyinKey(name: string): string {
  return pinyin(name.normalize('NFKC'), { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }).join(' ').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Four hex digits of the name's SHA-1: a clash suffix that depends on the name alone. */
function hashSuffix(name: string, length = 4): string {
  return createHash('sha1').update(name).digest('hex').slice(0, length);
}

/**
 * Slugs for a set of group names (unique; '' is not a name). Names whose readable part is unique
 * get it as is; names that share one (or share it with a reserved slug, or have none) all get
 * `<part>-<hash of the name>`, so a slug never depends on the order the names were seen in.
 */
export function assignGroupSlugs(names: readonly string[], reserved: readonly string[] = []): Map<string, string> {
  const byBase = new Map<string, string[]>();
  for (const name of new Set(names)) {
    const base = baseGroupSlug(name);
    byBase.set(base, [...(byBase.get(base) ?? []), name]);
  }
  const result = new Map<string, string>();
  const used = new Set(reserved);
  const clashing: [string, string][] = [];
  for (const [base, group] of byBase) {
    if (base && group.length === 1 && !used.has(base)) {
      result.set(group[0]!, base);
      used.add(base);
    } else clashing.push(...group.map((name): [string, string] => [base || 'g', name]));
  }
  for (const [base, name] of clashing) {
    let length = 4;
    let slug = `${base}-${hashSuffix(name, length)}`;
    while (used.has(slug)) slug = `${base}-${hashSuffix(name, ++length)}`;
    result.set(name, slug);
    used.add(slug);
  }
  return result;
}
