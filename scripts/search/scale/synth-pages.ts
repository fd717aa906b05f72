// Synthetic reading pages for a quick memory test of the search build at scale: paragraphs of
// a built site recombined (seeded, deterministic) into N pages of about `chars` characters,
// with the site's markup contract (data-pagefind-body, h2 ids, p ids).
// Usage: npx tsx scripts/search/scale/synth-pages.ts --from dist --out /tmp/synth --n 1000 [--chars 21000] [--lang zh-Hans]
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Element, RootContent } from 'hast';
import { readingPages, langDir, type Lang } from '../pages.ts';

function paragraphs(children: RootContent[], out: string[]): void {
  for (const n of children) {
    if (n.type !== 'element') continue;
    if ((n as Element).tagName === 'p') { const t = toString(n).trim(); if (t.length > 20) out.push(t); }
    else paragraphs(n.children, out);
  }
}

/** mulberry32: small seeded PRNG, so the same N gives the same pages. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function synthesize(from: string, out: string, n: number, chars: number, lang: Lang): void {
  const pool: string[] = [];
  for (const p of readingPages(from, lang)) paragraphs(fromHtml(readFileSync(p.file, 'utf8')).children, pool);
  if (!pool.length) throw new Error(`synth-pages: no paragraphs found in ${from}/${langDir(lang)}/`);
  const random = rng(n);
  // The first real page is the template (header with the search box, inline scripts); its
  // article body is replaced by the synthetic text.
  const first = readingPages(from, lang)[0]!;
  const html = readFileSync(first.file, 'utf8');
  const open = /<article[^>]*data-pagefind-body[^>]*>/.exec(html);
  const close = html.lastIndexOf('</article>');
  if (!open || close < 0) throw new Error(`synth-pages: ${first.file} has no <article data-pagefind-body> to use as template`);
  const slot = '\u0000BODY\u0000';
  const template = html.slice(0, open.index + open[0].length) + slot + html.slice(close);
  rmSync(out, { recursive: true, force: true });
  for (let i = 0; i < n; i++) {
    const slug = `synth-${String(i).padStart(5, '0')}`;
    let body = '', size = 0, s = 0, p = 0;
    while (size < chars) {
      if (p % 8 === 0) { s++; body += `<h2 id="s${s}">${s}、${esc(pool[Math.floor(random() * pool.length)]!.slice(0, 16))}</h2>\n`; }
      const text = pool[Math.floor(random() * pool.length)]!;
      p++;
      body += `<p id="p${p}">${esc(text)}</p>\n`;
      size += text.length;
    }
    const dir = join(out, langDir(lang), slug);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), template.replace(slot, () => `<h1 data-pagefind-meta="title">合成文件 ${i}</h1>\n${body}`));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (k: string, d: string) => { const i = process.argv.indexOf(`--${k}`); return i >= 0 ? process.argv[i + 1]! : d; };
  synthesize(arg('from', 'dist'), arg('out', '/tmp/wenyuan-synth'), Number(arg('n', '1000')), Number(arg('chars', '21000')), arg('lang', 'zh-Hans') as Lang);
}
