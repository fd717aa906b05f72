// The corpus the script measurements run on: content/docs/*.md (read by the site's own loader,
// so a document is reviewed exactly as it is published) when the pipeline has produced them,
// else the raw files with obvious pinyin annotations `(xué)` removed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectScript } from '../convert/structure/script.ts';
import { listMarkdown, parseDocFile, readBody } from '../../src/lib/corpus/load.ts';
import type { Script } from '../../src/lib/script/index';

export interface CorpusDoc {
  name: string; // file name
  script: Script;
  text: string;
  protect: string[];
}

const ROOT = new URL('../../', import.meta.url).pathname;
const PINYIN = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)/g;

export function loadCorpus(root = ROOT): { source: 'docs' | 'raw'; docs: CorpusDoc[] } {
  const docsDir = join(root, 'content/docs');
  const md = existsSync(docsDir) ? listMarkdown(docsDir) : [];
  if (md.length > 0) {
    return {
      source: 'docs',
      docs: md.map((path) => {
        const entry = parseDocFile(path, readFileSync(path, 'utf8'));
        // Title and issuer are converted too (frontmatter strings), so they are reviewed with the body.
        const head = [entry.data.title, entry.data.issuer].filter((x): x is string => typeof x === 'string' && x !== '');
        const text = [...head, readBody(entry).trim()].join('\n\n');
        return { name: path.slice(docsDir.length + 1), script: entry.data.script, text, protect: entry.data.protect ?? [] };
      }),
    };
  }
  const rawDir = join(root, 'content/raw');
  return {
    source: 'raw',
    docs: readdirSync(rawDir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((name) => {
        const text = readFileSync(join(rawDir, name), 'utf8').replace(PINYIN, '');
        return { name, script: detectScript(text), text, protect: [] };
      }),
  };
}
