// Test-only encoders for legacy encodings, built by inverting the platform's decoders (Node has
// no GB18030/Big5 encoder). Two-byte codes only, which covers Chinese text and punctuation.

const tables = new Map<string, Map<string, number[]>>();

function table(label: string, trails: [number, number][]): Map<string, number[]> {
  let m = tables.get(label);
  if (m) return m;
  m = new Map();
  const d = new TextDecoder(label);
  for (let a = 0x81; a <= 0xfe; a++) {
    for (const [t0, t1] of trails) {
      for (let b = t0; b <= t1; b++) {
        const s = d.decode(new Uint8Array([a, b]));
        if ([...s].length === 1 && s !== '\ufffd' && !m.has(s)) m.set(s, [a, b]);
      }
    }
  }
  tables.set(label, m);
  return m;
}

function encodeWith(text: string, m: Map<string, number[]>, label: string): Uint8Array {
  const out: number[] = [];
  for (const c of text) {
    const cp = c.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else {
      const b = m.get(c);
      if (!b) throw new Error(`${label} has no code for ${c} (U+${cp.toString(16)})`);
      out.push(...b);
    }
  }
  return new Uint8Array(out);
}

export const encodeGbk = (text: string) => encodeWith(text, table('gb18030', [[0x40, 0x7e], [0x80, 0xfe]]), 'GBK');
export const encodeBig5 = (text: string) => encodeWith(text, table('big5', [[0x40, 0x7e], [0xa1, 0xfe]]), 'Big5');

export function encodeUtf16(text: string, le: boolean, bom = false): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  const view = new DataView(out.buffer);
  let i = 0;
  if (bom) view.setUint16((i += 2) - 2, 0xfeff, le);
  for (let k = 0; k < text.length; k++, i += 2) view.setUint16(i, text.charCodeAt(k), le);
  return out;
}

export function encodeUtf32(text: string, le: boolean, bom = false): Uint8Array {
  const cps = [...text].map((c) => c.codePointAt(0)!);
  if (bom) cps.unshift(0xfeff);
  const out = new Uint8Array(cps.length * 4);
  const view = new DataView(out.buffer);
  cps.forEach((cp, k) => view.setUint32(k * 4, cp, le));
  return out;
}
