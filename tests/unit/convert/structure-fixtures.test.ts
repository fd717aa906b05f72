import { readdirSync, readFileSync } from 'node:fs';
import { expectedText } from '../fixture-file.ts';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertFile } from '../../../scripts/convert/pipeline.ts';
import { identityStages } from './identity-stages.ts';
import { ConvertError } from '../../../scripts/convert/errors.ts';

// Every folder in tests/fixtures/structure/ is a case: input.txt (clean text, one paragraph per
// line) → expected.md (all documents, then title edits and warnings; or why the file is refused). UPDATE=1 rewrites expected.md.

const DIR = join(import.meta.dirname, '../../fixtures/structure');

function render(name: string, input: Buffer): string {
  let result: ReturnType<typeof convertFile>;
  try {
    result = convertFile(`${name}.txt`, input, identityStages);
  } catch (e) {
    if (e instanceof ConvertError) return `<!-- refused\n${e.message}\n-->\n`; // a file with no document text
    throw e;
  }
  const { docs, report } = result;
  const warnings = report.warnings.map((w) => `line ${w.line ?? '?'}: ${w.reason}`);
  const edits = report.titleEdits.map((e) => `document ${e.document} ${e.field} at ${e.offset}: ${JSON.stringify(e.text)} removed (${e.reason}) in ${e.title}`);
  return (
    docs.map((d) => d.markdown).join('\n') +
    (edits.length ? `\n<!-- title edits\n${edits.join('\n')}\n-->\n` : '') +
    (warnings.length ? `\n<!-- warnings\n${warnings.join('\n')}\n-->\n` : '')
  );
}

describe('structure fixtures', () => {
  for (const name of readdirSync(DIR).sort()) {
    it(name, () => {
      const actual = render(name, readFileSync(join(DIR, name, 'input.txt')));
      const path = join(DIR, name, 'expected.md');
      expect(actual).toBe(expectedText(path, actual));
    });
  }
});
