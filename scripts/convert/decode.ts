// Decode stage: raw bytes → text with LF line ends. Encodings are detected from the BOM (UTF-8,
// UTF-16, UTF-32), then by strict (fatal) UTF-8 decoding, then by scoring how plausible each other
// decoding is as Chinese text (GB18030/GBK, Big5/Big5-HKSCS, UTF-16/32 without BOM:
// decode-guess.ts). Nothing is guessed silently: the encoding used is returned and named in the
// report, and a file no decoding is clearly right for stops with a ConvertError naming the candidates.
// U+FFFD inside valid UTF-8 is kept (the loss happened before the file reached us); clean() warns
// about it with its line, so a reviewer can add a correction.
import type { Decoded } from './types.ts';
import { ConvertError } from './errors.ts';
import { lineColumn } from './lines.ts';
import { MIN_SCORE, choose, scoreCandidates, tryDecodeAs } from './decode-guess.ts';

const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;

export function decode(file: string, bytes: Uint8Array): Decoded {
  if (bytes.length === 0) {
    throw new ConvertError('file is empty (0 bytes)', { file, hint: 'remove it from content/raw/ or add the text' });
  }
  const { encoding, text: raw } = decodeBytes(file, bytes);
  const bad = CONTROL.exec(raw);
  if (bad) {
    const { line, column } = lineColumn(raw, bad.index);
    const code = bad[0].charCodeAt(0).toString(16).padStart(4, '0');
    throw new ConvertError(`binary content: control character U+${code} (${encoding} decoding)`, {
      file,
      line,
      column,
      hint: 'content/raw/ takes plain text files only',
    });
  }
  if (encoding === 'big5') {
    // Node's Big5 decoder maps the HKSCS extension rows to private-use code points: publishing
    // them would show empty boxes, so the file is refused at the first one.
    const pua = /[\ue000-\uf8ff]/.exec(raw);
    if (pua) {
      const { line, column } = lineColumn(raw, pua.index);
      throw new ConvertError('Big5-HKSCS extension character that this converter cannot map to Unicode', {
        file,
        line,
        column,
        hint: 'save the file as UTF-8 (an HKSCS-aware editor or iconv -f BIG5-HKSCS -t UTF-8) and add it again',
      });
    }
  }
  const { text, lineEnds } = normaliseLineEnds(raw);
  if (text.trim() === '') {
    throw new ConvertError(`file holds only whitespace (${bytes.length} bytes)`, {
      file,
      hint: 'remove it from content/raw/ or add the text',
    });
  }
  return { file, encoding, text, lineEnds };
}

function decodeBytes(file: string, bytes: Uint8Array): { encoding: Decoded['encoding']; text: string } {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) {
    return { encoding: 'utf-8-bom', text: strict(file, 'utf-8', bytes.subarray(3), 'UTF-8 (after BOM)') };
  }
  // UTF-32 LE's BOM starts like UTF-16 LE's, so it is tested first.
  if (b0 === 0xff && b1 === 0xfe && bytes[2] === 0x00 && bytes[3] === 0x00 && bytes.length % 4 === 0) {
    return { encoding: 'utf-32le', text: wide(file, 'utf-32le', bytes.subarray(4), 'UTF-32 LE (after BOM)') };
  }
  if (b0 === 0xff && b1 === 0xfe) {
    return { encoding: 'utf-16le', text: strict(file, 'utf-16le', bytes.subarray(2), 'UTF-16 LE (after BOM)') };
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return { encoding: 'utf-16be', text: strict(file, 'utf-16be', bytes.subarray(2), 'UTF-16 BE (after BOM)') };
  }
  if (bytes[0] === 0x00 && bytes[1] === 0x00 && bytes[2] === 0xfe && bytes[3] === 0xff) {
    return { encoding: 'utf-32be', text: wide(file, 'utf-32be', bytes.subarray(4), 'UTF-32 BE (after BOM)') };
  }
  // NUL bytes never occur in UTF-8 text: a file with them is UTF-16/32 or binary.
  if (!bytes.includes(0)) {
    const utf8 = tryDecode('utf-8', bytes);
    if (utf8 !== null) return { encoding: 'utf-8', text: utf8 };
  }
  return guess(file, bytes);
}

/** No BOM, not UTF-8: the most plausible decoding, when one is clearly right. */
function guess(file: string, bytes: Uint8Array): { encoding: Decoded['encoding']; text: string } {
  const scored = scoreCandidates(bytes);
  const best = choose(scored);
  if (best) {
    const text = tryDecodeAs(best.candidate.label, bytes, false);
    if (text !== null) return { encoding: best.candidate.label, text };
    throw new ConvertError(`undecodable: the opening reads as ${best.candidate.name}, but a later byte is not valid ${best.candidate.name}`, {
      file,
      hint: 'the file is damaged or mixes encodings: save it as UTF-8 and add it again',
    });
  }
  const nul = bytes.indexOf(0);
  if (scored.length === 0 || (nul !== -1 && scored[0]!.score < MIN_SCORE) || scored[0]!.score < 0) {
    throw new ConvertError(
      nul !== -1
        ? `binary content: NUL byte at byte offset ${nul}, and the bytes are not UTF-16 or UTF-32 text`
        : `undecodable: not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)}), GB18030/GBK or Big5`,
      { file, hint: 'content/raw/ takes plain text files only: save the file as UTF-8 and add it again' },
    );
  }
  const list = scored.map((s) => `${s.candidate.name} (plausibility ${s.score.toFixed(2)}: "${s.sample}")`).join(', ');
  throw new ConvertError(`cannot tell the encoding: no decoding is clearly right among ${list}`, {
    file,
    hint: 'open the file in an editor that shows the text correctly and save it as UTF-8',
  });
}

function wide(file: string, label: 'utf-32le' | 'utf-32be', bytes: Uint8Array, what: string): string {
  const text = tryDecodeAs(label, bytes, false);
  if (text === null) throw new ConvertError(`undecodable: invalid ${what}`, { file, hint: 'check the file encoding' });
  return text;
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function strict(file: string, label: string, bytes: Uint8Array, what: string): string {
  const text = tryDecode(label, bytes);
  if (text === null) throw new ConvertError(`undecodable: invalid ${what}`, { file, hint: 'check the file encoding' });
  return text;
}

/**
 * Where UTF-8 first fails: the length of the longest prefix that decodes. A new decoder for each try: a
 * decoder left streaming carries its last bytes into the next call.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  // Bisect for the longest prefix that decodes (streaming, so a cut multi-byte char is not an error).
  let lo = 0;
  let hi = bytes.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

function normaliseLineEnds(raw: string): { text: string; lineEnds: Decoded['lineEnds'] } {
  const crlf = raw.match(/\r\n/g)?.length ?? 0;
  const cr = (raw.match(/\r/g)?.length ?? 0) - crlf;
  const lf = (raw.match(/\n/g)?.length ?? 0) - crlf;
  const kinds = [crlf > 0, cr > 0, lf > 0].filter(Boolean).length;
  const lineEnds: Decoded['lineEnds'] = kinds > 1 ? 'mixed' : crlf > 0 ? 'crlf' : cr > 0 ? 'cr' : 'lf';
  return { text: lineEnds === 'lf' ? raw : raw.replace(/\r\n?/g, '\n'), lineEnds };
}
