// Prints proposed corrections for garbled (GBK byte-shift) text in a raw file, as JSON in the
// format of content/corrections/<raw file>.json. Proposals are machine guesses: read each one in
// context, fix what does not make sense, and only then add it to the corrections file.
//
//   npx tsx scripts/convert/propose-corrections.ts content/raw/<file> [--all]
//
// Spans already covered by the corrections file are skipped unless --all is given.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { decode } from './decode.ts';
import { findMojibake } from './mojibake.ts';
import { languageModel, proposeRepair } from './mojibake-repair.ts';
import { loadCorrections } from './corrections.ts';
import { ConvertError } from './errors.ts';
import { lineColumn } from './lines.ts';
import type { Correction } from './types.ts';

export function proposeCorrections(file: string, text: string, existing: readonly Correction[], all = false): Correction[] {
  const lm = languageModel(text);
  const covered = (offset: number) => existing.some((c) => offset >= c.offset && offset < c.offset + c.garbled.length);
  const out: Correction[] = [];
  for (const span of findMojibake(text)) {
    if (!all && covered(span.offset)) continue;
    const { line, column } = lineColumn(text, span.offset);
    const p = proposeRepair(text, span.offset, lm);
    if (!p) {
      out.push({ offset: span.offset, garbled: span.text, intended: span.text, reason: `PROPOSED, NO REPAIR FOUND (${file}:${line}:${column}): decide by hand` });
      continue;
    }
    const doubt = p.doubtful.length > 0 ? `; check ${p.doubtful.join('')} (not seen elsewhere in the file)` : '';
    out.push({
      offset: p.offset,
      garbled: p.garbled,
      intended: p.intended,
      reason: `PROPOSED, REVIEW (${file}:${line}:${column}): GBK byte shift undone (lost bytes restored from context)${doubt}`,
    });
  }
  return out;
}

function main(args: string[]): void {
  const path = args.find((a) => !a.startsWith('--'));
  if (!path) {
    console.error('usage: npx tsx scripts/convert/propose-corrections.ts content/raw/<file> [--all]');
    process.exit(2);
  }
  const file = basename(path);
  try {
    const decoded = decode(file, readFileSync(path));
    const proposals = proposeCorrections(file, decoded.text, loadCorrections(file), args.includes('--all'));
    console.log(JSON.stringify(proposals, null, 2));
    console.error(`${file}: ${proposals.length} proposal(s); review each, then merge into content/corrections/${file}.json`);
  } catch (err) {
    if (err instanceof ConvertError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
