import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadStages } from '../../../scripts/convert/cli-stages.ts';
import { emit } from '../../../scripts/convert/emit.ts';
import { convertFile } from '../../../scripts/convert/pipeline.ts';
import { isDocType } from '../../../src/lib/format/doc-types.ts';
import { frontmatterSchema } from '../../../src/lib/format/frontmatter.ts';
import { reportSchema } from '../../../src/lib/format/report.ts';
import { splitFrontmatter } from '../../../src/lib/corpus/load.ts';

// The document format is one contract: everything the converter emits (Markdown frontmatter and
// reports) parses with the schemas the site validates with, for the seeds and for documents with
// every new field (发文字号, 施行日期, adopting meeting, addressees, head and closing lines).

const ROOT = join(import.meta.dirname, '../../..');
const stages = loadStages(ROOT);

function frontmatterOf(markdown: string): unknown {
  const { raw } = splitFrontmatter(markdown);
  return yaml.load(raw ?? '');
}

const HEAD_FIXTURE = join(ROOT, 'tests/fixtures/structure');
const inputs: [string, Uint8Array][] = [
  ...readdirSync(join(ROOT, 'content/raw')).sort().map((f): [string, Uint8Array] => [f, readFileSync(join(ROOT, 'content/raw', f))]),
  ...readdirSync(HEAD_FIXTURE)
    .filter((d) => d.startsWith('head-'))
    .sort()
    .map((d): [string, Uint8Array] => [`${d}.txt`, readFileSync(join(HEAD_FIXTURE, d, 'input.txt'))]),
];

describe('format contract: converter output parses with the site schemas', () => {
  it.each(inputs)('%s', (file, bytes) => {
    const { docs, report } = convertFile(file, bytes, stages);
    for (const d of docs) {
      // strict: a field emit writes that the schema does not declare fails here
      const parsed = frontmatterSchema.strict().safeParse(frontmatterOf(d.markdown));
      expect(parsed.error?.issues ?? []).toEqual([]);
      expect(isDocType(d.model.type)).toBe(true);
      // what was emitted is what the model holds
      expect(parsed.data).toMatchObject({ title: d.model.title, slug: d.model.slug, type: d.model.type, issuer: d.model.issuer, date: d.model.date });
      expect(emit(d.model)).toBe(d.markdown);
    }
    const r = reportSchema.safeParse(JSON.parse(JSON.stringify(report)));
    expect(r.error?.issues ?? []).toEqual([]);
  });

});
