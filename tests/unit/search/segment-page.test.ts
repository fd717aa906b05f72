import { describe, expect, it } from 'vitest';
import { bodyText, bodyTexts, parsePage, segmentedHtml } from '../../../scripts/search/segment-page.ts';
import { pagefindFields } from '../../../scripts/search/doc-meta.ts';

const html = `<!doctype html><html lang="zh-Hans"><head><title>t</title></head><body>
<header>导航 不要 索引</header>
<article data-pagefind-body><h1 data-pagefind-meta="title">关于推进省域治理现代化的决定</h1>
<dl data-pagefind-ignore><dd data-pagefind-filter="issuer">中共浙江省委</dd></dl>
<nav data-pagefind-ignore="all"><a lang="zh-Hant">切換到繁體</a></nav>
<h2 id="s1">一、总体要求</h2><p id="p1">深化数字化改革&lt;script&gt;</p></article></body></html>`;

describe('segmentPage', () => {
  it('spaces words in the body only, keeps metadata values and escaping intact', () => {
    const out = segmentedHtml(parsePage(html));
    expect(out).toContain('<h1 data-pagefind-meta="title">关于推进省域治理现代化的决定</h1>');
    expect(out).toContain('中共浙江省委');
    expect(out).toMatch(/深化 数字/);
    expect(out).toContain('&#x3C;script>');
    expect(out).toContain('导航 不要 索引');
  });

  it('adds only the fields the page does not declare, one per hidden element', () => {
    const fields = pagefindFields({ issuer: '中共浙江省委', date: '2019-11-22', year: '2019', type: '决定', script: 'hans' });
    const out = segmentedHtml(parsePage(html), fields);
    expect(out).not.toContain('data-pagefind-filter="issuer:');
    expect(out).toContain('data-pagefind-filter="year:2019"');
    expect(out).toContain('data-pagefind-sort="date:2019-11-22"');
    expect(out).toContain('data-pagefind-meta="script:hans"');
  });

  it('reads the indexed text for ground truth and the script map without ignored or other-language text', () => {
    const page = parsePage(html);
    expect(page.lang).toBe('zh-Hans');
    expect(bodyTexts(page).join('')).not.toContain('切換');
    expect(bodyText(page)).not.toContain('切換');
    expect(bodyText(page).replace(/\s+/g, '')).toContain('一、总体要求深化数字化改革');
  });
});
