// GB18030 two-byte table built from the platform's own WHATWG decoder (no data file needed):
// character → bytes for re-encoding, used to undo GBK byte-shift mojibake.

let encodeTable: Map<string, number[]> | null = null;

/** Two-byte GB18030 code of every character the two-byte area maps (lead 81–FE, trail 40–FE). */
export function gbkEncodeTable(): Map<string, number[]> {
  if (encodeTable) return encodeTable;
  const pairs: number[][] = [];
  const buf: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      pairs.push([lead, trail]);
      buf.push(lead, trail, 0x0a);
    }
  }
  const decoded = new TextDecoder('gb18030').decode(new Uint8Array(buf)).split('\n');
  encodeTable = new Map();
  pairs.forEach((p, i) => {
    const ch = decoded[i];
    if (ch && ch.length === 1 && ch !== '\uFFFD' && !encodeTable!.has(ch)) encodeTable!.set(ch, p);
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

export function decodeGb18030(bytes: readonly number[]): string {
  return new TextDecoder('gb18030').decode(new Uint8Array(bytes));
}
