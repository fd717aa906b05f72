import type { Script } from '../types.ts';
import { SCRIPT_PAIRS } from './script-chars.ts';

// Lookup table over the BMP: 1 = traditional-only character, 2 = simplified-only.
const TABLE = new Uint8Array(0x10000);
for (const [t, s] of SCRIPT_PAIRS) {
  TABLE[t.charCodeAt(0)] = 1;
  TABLE[s.charCodeAt(0)] = 2;
}

/** Original script of a text: traditional when its script-specific characters are mostly traditional. */
export function detectScript(text: string): Script {
  let hant = 0;
  let hans = 0;
  for (let i = 0; i < text.length; i++) {
    const k = TABLE[text.charCodeAt(i)];
    if (k === 1) hant++;
    else if (k === 2) hans++;
  }
  return hant > hans ? 'hant' : 'hans';
}
