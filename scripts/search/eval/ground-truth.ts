// Ground truth by exact substring match over the built pages' text: a page of language L is
// relevant to query q when its text, whitespace removed, contains q converted to L's script
// with the site's own converter (src/lib/script). Independent of the search engine's code.
import { readFileSync } from 'node:fs';
import { getConverter } from '../../../src/lib/script/index.ts';
import { readingPages, type Lang } from '../pages.ts';
import { bodyText, parsePage } from './page-text.ts';
import type { EvalQuery } from './queries.ts';

const squash = (s: string) => s.replace(/\s+/g, '');
export const scriptOf = (lang: Lang) => (lang === 'zh-Hans' ? 'hans' : 'hant') as 'hans' | 'hant';

export interface Corpus { lang: Lang; pages: { url: string; text: string }[] }

export function loadCorpus(dist: string, lang: Lang): Corpus {
  return { lang, pages: readingPages(dist, lang).map((p) => ({ url: p.url, text: squash(bodyText(parsePage(readFileSync(p.file, 'utf8')))) })) };
}

export function relevant(corpus: Corpus, q: EvalQuery): Set<string> {
  const to = scriptOf(corpus.lang);
  const needle = squash(getConverter({ from: q.script, to }).convert(q.q));
  return new Set(corpus.pages.filter((p) => p.text.includes(needle)).map((p) => p.url));
}
