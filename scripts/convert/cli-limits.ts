// Size limits of the converter's input and output (numbers and reasons: cli-config.ts). A file over
// a limit is refused with the size, the limit and what to do; its previous documents stay published.
import { MAX_DOC_CHARS, MAX_RAW_BYTES } from './cli-config.ts';
import type { DocumentModel } from './types.ts';

const thousands = (n: number) => n.toLocaleString('en-US');

/** Throws when the raw file is too large to convert at all. */
export function checkRawSize(file: string, bytes: number): void {
  if (bytes <= MAX_RAW_BYTES) return;
  throw new Error(
    `${file}: ${(bytes / 2 ** 20).toFixed(1)} MB is over the limit of ${MAX_RAW_BYTES / 2 ** 20} MB per raw file (a reading page that size cannot be read back or built in bounded memory); ` +
      'split it into parts, one raw file per volume or chapter',
  );
}

/** Throws when one document of the file would make a page too large to read or build. */
export function checkDocumentSizes(file: string, models: readonly DocumentModel[]): void {
  models.forEach((m, i) => {
    const chars = m.source.endOffset - m.source.startOffset;
    if (chars <= MAX_DOC_CHARS) return;
    throw new Error(
      `${file}:${m.source.startLine}: document ${i + 1} (“${m.title.slice(0, 30)}”, lines ${m.source.startLine}–${m.source.endLine}) is ${thousands(chars)} characters, ` +
        `over the limit of ${thousands(MAX_DOC_CHARS)} per document (its pages would be tens of MB); split the raw file into parts, ` +
        'one per volume, chapter or text — a compilation stays one document when its parts have no headings the split recognises',
    );
  });
}
