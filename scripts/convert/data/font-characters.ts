// Characters a PDF's fonts put where the unified Han character belongs: a copy from the PDF carries
// them, they look the same, but a search, a word list or the simplified/traditional conversion does
// not know them (`陸` U+F9D3 is not `陸`). One reason each; the clean rule (clean/font-characters.ts)
// replaces a character only with the one Unicode itself names for it.

export interface FontCharacterBlock {
  /** The block, as a character class. */
  pattern: RegExp;
  /** The normalization form whose mapping gives the unified character. */
  form: 'NFC' | 'NFKC';
  reason: string;
}

export const FONT_CHARACTER_BLOCKS: readonly FontCharacterBlock[] = [
  // U+F900–U+FAFF: Taiwan (Big5) and Korean fonts map 陸 諾 不 立 行 理 … here; a copy of a Traditional
  // Chinese government PDF can hold thousands. Unicode decomposes each canonically to the unified
  // character (NFC); the twelve unified ideographs of the block (﨎 U+FA0E …) have no decomposition and stay.
  { pattern: /[\uf900-\ufaff]/g, form: 'NFC', reason: 'compatibility ideograph of a PDF font' },
  // U+2F00–U+2FDF Kangxi radicals and U+2E80–U+2EFF radical supplements: fonts of office suites draw
  // 行 文 ⼀ as the radical (`⾏政`); NFKC gives the character (only where it is one Han character).
  { pattern: /[\u2e80-\u2eff\u2f00-\u2fdf]/g, form: 'NFKC', reason: 'radical of a PDF font in place of the character' },
];
