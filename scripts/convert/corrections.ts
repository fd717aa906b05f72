// Reviewed corrections of garbled text, kept as data in content/corrections/<raw file>.json:
// [{ offset, garbled, intended, reason }], offsets in the decoded text. clean() applies them first;
// a correction that no longer matches its source stops the run (the raw file changed).
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Edit } from './clean/edits.ts';
import { ConvertError } from './errors.ts';
import { lineColumn } from './lines.ts';
import { PATHS } from './cli-config.ts';
import { firstIssue } from '../../src/lib/config/zod-errors.ts';

export const CorrectionSchema = z.object({
  offset: z.number().int().nonnegative(),
  garbled: z.string().min(1),
  intended: z.string(),
  reason: z.string().min(1),
});
export type Correction = z.infer<typeof CorrectionSchema>;
export const CorrectionsSchema = z.array(CorrectionSchema);

export const CORRECTIONS_DIR = PATHS.corrections;

export function correctionsPath(rawFile: string, root = '.'): string {
  return join(root, CORRECTIONS_DIR, `${rawFile}.json`);
}

/** Loads and validates the corrections for a raw file; [] when there is no file. */
export function loadCorrections(rawFile: string, root = '.'): Correction[] {
  const path = correctionsPath(rawFile, root);
  if (!existsSync(path)) return [];
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new ConvertError(`invalid JSON: ${(err as Error).message}`, { file: path, hint: 'fix the JSON syntax' });
  }
  const parsed = CorrectionsSchema.safeParse(json);
  if (!parsed.success) {
    throw new ConvertError(firstIssue(parsed.error, 'invalid correction', { input: json }), {
      file: path,
      hint: 'each entry needs offset, garbled, intended and reason',
    });
  }
  return parsed.data;
}

/** Checks every correction against the decoded text and turns them into edits. */
export function correctionEdits(file: string, text: string, corrections: readonly Correction[]): Edit[] {
  const sorted = [...corrections].sort((a, b) => a.offset - b.offset);
  let end = 0;
  return sorted.map((c) => {
    const { line, column } = lineColumn(text, c.offset);
    const found = text.slice(c.offset, c.offset + c.garbled.length);
    if (found !== c.garbled) {
      throw new ConvertError(
        `correction ${JSON.stringify(c.garbled)} does not match the source, which has ${JSON.stringify(found)} at offset ${c.offset}`,
        { file, line, column, hint: `the raw file changed: re-run propose-corrections and review ${CORRECTIONS_DIR}/${file}.json` },
      );
    }
    if (c.offset < end) {
      throw new ConvertError(`correction at offset ${c.offset} overlaps the previous one`, {
        file,
        line,
        column,
        hint: `merge or fix the overlapping entries in ${CORRECTIONS_DIR}/${file}.json`,
      });
    }
    end = c.offset + c.garbled.length;
    return { offset: c.offset, length: c.garbled.length, replacement: c.intended, reason: c.reason };
  });
}
