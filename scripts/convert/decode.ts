// Decode stage: raw bytes → text with LF line ends. Encodings are detected from the BOM, then by
// strict (fatal) decoding: UTF-8 first, GB18030 (a superset of GBK) second. Nothing is guessed
// silently: the encoding used is returned, and anything else stops with a ConvertError.
// U+FFFD inside valid UTF-8 is kept (the loss happened before the file reached us); clean() warns
// about it with its line, so a reviewer can add a correction.
import type { Decoded } from './types.ts';
import { ConvertError, lineColumn } from './errors.ts';

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
  if (b0 === 0xff && b1 === 0xfe) {
    return { encoding: 'utf-16le', text: strict(file, 'utf-16le', bytes.subarray(2), 'UTF-16 LE (after BOM)') };
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return { encoding: 'utf-16be', text: strict(file, 'utf-16be', bytes.subarray(2), 'UTF-16 BE (after BOM)') };
  }
  // NUL bytes never occur in UTF-8 or GB18030 text; UTF-16 without a BOM is not accepted.
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new ConvertError(`binary content: NUL byte at byte offset ${nul} and no UTF-16 byte-order mark`, {
      file,
      hint: 'content/raw/ takes plain text files only (UTF-16 needs a BOM)',
    });
  }
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return { encoding: 'utf-8', text: utf8 };
  const gb = tryDecode('gb18030', bytes);
  if (gb !== null) return { encoding: 'gb18030', text: gb };
  throw new ConvertError(
    `undecodable: not valid UTF-8 (first bad byte at offset ${firstBadUtf8(bytes)}) and not valid GB18030/GBK`,
    { file, hint: 'save the file as UTF-8 and add it again' },
  );
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

function firstBadUtf8(bytes: Uint8Array): number {
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
