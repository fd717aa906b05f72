// The corpus the script measurements run on: content/docs/*.md (body without frontmatter) when the
// pipeline has produced them, else the raw files with obvious pinyin annotations `(xué)` removed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { Script } from '../../src/lib/script/index';

export interface CorpusDoc {
  name: string; // file name
  script: Script;
  text: string;
  protect: string[];
}

const ROOT = new URL('../../', import.meta.url).pathname;
const PINYIN = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)/g;

/** Traditional when more characters change under s→t's inverse than under s→t (script guess for raw files). */
export function guessScript(text: string): Script {
  const trad = (text.match(/[這個們說為來時會學國發後對於經過還與體關現種點開當裡頭動從問產與實際這應變]/g) ?? []).length;
  const simp = (text.match(/[这个们说为来时会学国发后对于经过还与体关现种点开当里头动从问产与实际这应变]/g) ?? []).length;
  return trad > simp ? 'hant' : 'hans';
}

export function loadCorpus(root = ROOT): { source: 'docs' | 'raw'; docs: CorpusDoc[] } {
  const docsDir = join(root, 'content/docs');
  const md = existsSync(docsDir) ? readdirSync(docsDir).filter((f) => f.endsWith('.md')).sort() : [];
  if (md.length > 0) {
    return {
      source: 'docs',
      docs: md.map((name) => {
        const raw = readFileSync(join(docsDir, name), 'utf8');
        const m = /^---\n([\s\S]*?)\n---\n?/.exec(raw);
        const front = (m ? yaml.load(m[1]!) : {}) as { script?: Script; protect?: string[]; title?: string; issuer?: string } | null;
        // Title and issuer are converted too (frontmatter strings), so they are reviewed with the body.
        const head = [front?.title, front?.issuer].filter((x): x is string => typeof x === 'string' && x !== '');
        const text = [...head, m ? raw.slice(m[0].length) : raw].join('\n\n');
        return { name, script: front?.script ?? guessScript(text), text, protect: front?.protect ?? [] };
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
        return { name, script: guessScript(text), text, protect: [] };
      }),
  };
}
