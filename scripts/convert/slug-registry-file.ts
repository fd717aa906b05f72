import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PATHS } from './cli-config.ts';
import { firstInvalidUtf8 } from './decode.ts';
import { lineColumn } from './lines.ts';
import { RegistryError, parseRegistry, type RegistryEntry } from './slug-registry.ts';

// Reading content/slug-registry.tsv from disk: the bytes must be UTF-8 without a BOM (a line cut
// mid-character, or an editor's BOM, must not silently change a slug or a file name and so move a
// published URL). The text format itself: slug-registry.ts.

const FIX = 'restore the file from version control (git checkout content/slug-registry.tsv) or fix the line';

/** 1-based line of a byte offset (latin1 decodes one byte to one code unit, so offsets and line breaks stay put). */
const lineOf = (bytes: Uint8Array, offset: number): number => lineColumn(new TextDecoder('latin1').decode(bytes), offset).line;

/** The registry's text and entries; null text when there is none yet. */
export function readRegistryFile(root: string, path: string = PATHS.registry): { text: string | null; entries: RegistryEntry[] } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(join(root, path));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { text: null, entries: [] };
    throw err;
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    throw new RegistryError(path, 1, 'starts with a UTF-8 byte-order mark (EF BB BF), which an editor added', "save it as UTF-8 without BOM, e.g. sed -i '1s/^\\xEF\\xBB\\xBF//' content/slug-registry.tsv");
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new RegistryError(path, lineOf(bytes, at), `not valid UTF-8 at byte offset ${at} (a line cut mid-character, or another encoding)`, FIX);
  }
  return { text, entries: parseRegistry(text, path) };
}
