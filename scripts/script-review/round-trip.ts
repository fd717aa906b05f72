// Round trip s→t→s of a simplified text: every character that does not come back, with context.
import type { Engine } from './types';

export interface RoundTripDiff {
  doc: string;
  offset: number; // code-point index
  original: string;
  back: string;
  via: string; // the traditional form in between
  context: string;
}

export function roundTrip(doc: string, simplified: string, s2t: Engine, t2s: Engine): RoundTripDiff[] {
  const trad = s2t.convert(simplified);
  const back = t2s.convert(trad);
  const a = [...simplified];
  const b = [...back];
  const t = [...trad];
  if (a.length !== b.length || a.length !== t.length) {
    return [{ doc, offset: 0, original: `${a.length} chars`, back: `${b.length} chars`, via: `${t.length} chars`, context: 'length changed' }];
  }
  const diffs: RoundTripDiff[] = [];
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) {
      diffs.push({ doc, offset: i, original: a[i]!, back: b[i]!, via: t[i]!, context: a.slice(Math.max(0, i - 6), i + 7).join('').replace(/\s+/g, ' ') });
    }
  }
  return diffs;
}
