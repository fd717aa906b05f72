import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The expected conversion of the real-world set (tests/fixtures/real/sources.tsv): one row per raw
// file with the metadata of its first document. `-` or an empty cell means "the document has none".

export interface Expected {
  file: string;
  kind: string;
  mess: string;
  title: string;
  issuer: string | null;
  date: string | null;
  type: string;
  docNumber: string | null;
}

const none = (v: string | undefined): string | null => (v === undefined || v.trim() === '' || v.trim() === '-' ? null : v.trim());

export function loadExpected(dir: string): Expected[] {
  const path = join(dir, 'sources.tsv');
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const head = lines[0]!.split('\t');
  const col = (name: string) => {
    const i = head.indexOf(name);
    if (i < 0) throw new Error(`${path}:1: column "${name}" is missing; expected file, kind, mess added, title, issuer, date, type, doc number`);
    return i;
  };
  const c = { file: col('file'), kind: col('kind'), mess: col('mess added'), title: col('title'), issuer: col('issuer'), date: col('date'), type: col('type'), doc: col('doc number') };
  return lines.slice(1).map((line) => {
    const f = line.split('\t');
    return {
      file: f[c.file]!,
      kind: f[c.kind] ?? '',
      mess: f[c.mess] ?? '',
      title: f[c.title]!,
      issuer: none(f[c.issuer]),
      date: none(f[c.date]),
      type: f[c.type]!,
      docNumber: none(f[c.doc]),
    };
  });
}

/** The group of a file: its name's letter (g policy documents, l laws, t Taiwan texts). */
export function groupOf(file: string): string {
  return file.charAt(0);
}
