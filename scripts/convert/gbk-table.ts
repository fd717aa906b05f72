// GB18030 two-byte table built from the platform's own WHATWG decoder (no data file needed):
// pair → character for re-pairing shifted bytes, character → bytes for re-encoding.

let decodeTable: string[] | null = null;
let encodeTable: Map<string, number[]> | null = null;

/** Character of every two-byte code (index lead << 8 | trail); '' where there is none. */
export function pairTable(): string[] {
  if (decodeTable) return decodeTable;
  const codes: number[] = [];
  const buf: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      codes.push((lead << 8) | trail);
      buf.push(lead, trail, 0x0a);
    }
  }
  const decoded = new TextDecoder('gb18030').decode(new Uint8Array(buf)).split('\n');
  decodeTable = new Array<string>(0x10000).fill('');
  codes.forEach((code, i) => {
    const ch = decoded[i];
    if (ch && ch.length === 1 && ch !== '\uFFFD') decodeTable![code] = ch;
  });
  return decodeTable;
}

/** Two-byte GB18030 code of every character the two-byte area maps. */
export function gbkEncodeTable(): Map<string, number[]> {
  if (encodeTable) return encodeTable;
  encodeTable = new Map();
  pairTable().forEach((ch, code) => {
    if (ch !== '' && !encodeTable!.has(ch)) encodeTable!.set(ch, [code >> 8, code & 0xff]);
  });
  return encodeTable;
}

/** GB18030 bytes of `text`, or null if a character has no one- or two-byte code. */
export function encodeGbk(text: string): number[] | null {
  const table = gbkEncodeTable();
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const bytes = table.get(ch);
    if (!bytes) return null;
    out.push(...bytes);
  }
  return out;
}

/** A two-byte code a GBK decoder of the time mapped to nothing (user-defined areas, FE row). */
export function isLostPair(lead: number, trail: number): boolean {
  if (lead === 0xfe) return trail >= 0x40;
  const ch = pairTable()[(lead << 8) | trail] ?? '';
  const code = ch.codePointAt(0) ?? 0;
  return code >= 0xe000 && code <= 0xf8ff;
}
