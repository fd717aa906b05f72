import type { Script } from '../types.ts';
import { SCRIPT_PAIRS } from './script-chars.ts';

const HANT = new Set(SCRIPT_PAIRS.map(([t]) => t));
const HANS = new Set(SCRIPT_PAIRS.map(([, s]) => s));

/** Original script of a text: traditional when its script-specific characters are mostly traditional. */
export function detectScript(text: string): Script {
  let hant = 0;
  let hans = 0;
  for (const ch of text) {
    if (HANT.has(ch)) hant++;
    else if (HANS.has(ch)) hans++;
  }
  return hant > hans ? 'hant' : 'hans';
}
