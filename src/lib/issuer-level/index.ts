// The administrative level of an issuer, from its name (data.ts): a central organ by its name,
// else the most specific place at the start of the name (浙江省 → 省级, 嘉兴市 → 市级, 西湖区 →
// 县级). Joint issuers (中共中央 国务院, 省委、省政府) take the highest level among them.
import { CENTRAL, LEVELS, MUNICIPALITIES, PLACE_SUFFIXES, type Level } from './data.ts';

export { LEVELS, LEVEL_LABEL, type Level } from './data.ts';

/** One unit of a place chain: 1–7 characters and a place suffix, lazily (嘉兴市委 → 嘉兴市). */
const UNIT = new RegExp(`^[\\u4e00-\\u9fff]{1,7}?(${PLACE_SUFFIXES.map((s) => s.suffix).join('|')})`);

function levelOfOne(name: string): Level {
  const bare = name.replace(/^中共/, '').trim();
  if (!bare) return 'other';
  if (CENTRAL.some((c) => c.prefix.test(bare))) return 'central';
  let rest = bare;
  let level: Level | null = null;
  let units = 0;
  for (let m = UNIT.exec(rest); m; m = UNIT.exec(rest)) {
    const unit = m[0];
    const suffix = PLACE_SUFFIXES.find((s) => s.suffix === m[1])!;
    // A city inside a city is county-level (杭州市建德市); a municipality is provincial.
    level = units === 0 && MUNICIPALITIES.includes(unit) ? 'province' : suffix.level === 'city' && level === 'city' ? 'county' : suffix.level;
    units++;
    rest = rest.slice(unit.length);
  }
  return level ?? 'other';
}

/** The level of an issuer (possibly several, separated by spaces, 、 or ，). */
export function issuerLevel(issuer: string): Level {
  const levels = issuer.split(/[\s、，,]+/).filter(Boolean).map(levelOfOne);
  return LEVELS.find((l) => levels.includes(l)) ?? 'other';
}
