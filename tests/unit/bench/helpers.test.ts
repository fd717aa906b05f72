import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { table } from '../../../bench/lib/format.ts';
import { treeRss } from '../../../bench/lib/proc-tree.ts';
import { inlineScriptBytes, median, percentile, siteSizes } from '../../../bench/lib/sizes.ts';
import { toStarlightMarkdown } from '../../../bench/steps/starlight-feed.ts';
import { siteSummary } from '../../../bench/steps/wenyuan.ts';

describe('Starlight feed', () => {
  const md = [
    '---',
    'title: 中共浙江省委关于“八八战略”的决定',
    'slug: 2019-11-22-zjjd',
    'date: 2019-11-22',
    'source: {file: a.txt, startLine: 1, endLine: 9, startOffset: 0, endOffset: 90}',
    '---',
    '',
    '## 一、坚持以“八八战略”统领 {#s1}',
    '',
    '### 1.深刻领会全会精神。 {#s1-1 .run-in}',
    '',
    '正文里的 {#s9} 不是标题属性，保留。',
    '',
  ].join('\n');
  const out = toStarlightMarkdown(md, 'x.md');

  it('keeps only the title, as a YAML-safe string', () => {
    expect(out.startsWith('---\ntitle: "中共浙江省委关于“八八战略”的决定"\n---\n')).toBe(true);
    expect(out).not.toMatch(/slug:|source:/);
  });

  it('strips heading attributes and nothing else', () => {
    expect(out).toContain('## 一、坚持以“八八战略”统领\n');
    expect(out).toContain('### 1.深刻领会全会精神。\n');
    expect(out).toContain('正文里的 {#s9} 不是标题属性，保留。');
  });

  it('names the file when frontmatter is missing', () => {
    expect(() => toStarlightMarkdown('# no frontmatter', 'docs/x.md')).toThrow(/docs\/x\.md: no YAML frontmatter/);
  });
});

describe('site sizes', () => {
  it('counts inline scripts but not external or JSON ones', () => {
    const html = '<script>let a=1;</script><script src="/x.js"></script><script type="application/ld+json">{"a":1}</script><script type="module">b()</script>';
    expect(inlineScriptBytes(html)).toBe('let a=1;'.length + 'b()'.length);
  });

  it('median and percentile', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50)).toBe(5);
  });

  it('measures reading pages and the search index of a built site', () => {
    const dist = mkdtempSync(join(tmpdir(), 'sizes-'));
    try {
      mkdirSync(join(dist, 'zh-hans/doc-a'), { recursive: true });
      mkdirSync(join(dist, 'pagefind/zh-hans/0'), { recursive: true });
      writeFileSync(join(dist, 'zh-hans/doc-a/index.html'), '<p>' + '治理'.repeat(500) + '</p>');
      writeFileSync(join(dist, 'index.html'), '<p>home</p>');
      writeFileSync(join(dist, 'pagefind/zh-hans/0/x.pf_index'), Buffer.alloc(1000));
      const s = siteSizes(dist, (rel) => rel.startsWith('zh-hans/'));
      expect(s.htmlPages).toBe(2);
      expect(s.sampledPages).toBe(1);
      expect(s.indexBytes).toBe(1000);
      expect(s.pageHtmlGzMedian).toBeGreaterThan(0);
      expect(s.pageHtmlGzMedian).toBeLessThan(s.pageHtmlMedian);
      expect(s.samplePath).toBe('zh-hans/doc-a/');
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});

describe('measuring', () => {
  it('sees this process in its own tree RSS', () => {
    expect(treeRss(process.pid)).toBeGreaterThan(process.memoryUsage().rss / 2);
  });

  it('renders Markdown tables with a dash for missing cells', () => {
    expect(table(['a', 'b'], [[1, null]])).toBe('| a | b |\n| --- | --- |\n| 1 | — |');
  });
});

describe('site step summary', () => {
  it('reads the parts of build-site.ts and the pre-render counts', () => {
    const out = 'render: rendered 12, reused 3, 1.2 s, store 4.5 MB\nbuild:site: pre-render 1.2 s, astro build 40.5 s, search index 38.0 s → /x/dist\n';
    expect(siteSummary(out)).toEqual({ preRenderMs: 1200, astroMs: 40500, indexMs: 38000, rendered: 12, reused: 3 });
  });
  it('gives nothing for output without the summary (a failed build)', () => {
    expect(siteSummary('astro: error')).toEqual({});
  });
});
