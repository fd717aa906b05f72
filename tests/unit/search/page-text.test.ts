import { describe, expect, it } from 'vitest';
import { bodyText, parsePage } from '../../../scripts/search/eval/page-text.ts';

const html = `<!doctype html><html lang="zh-Hans"><head><title>t</title></head><body>
<header>导航 不要 索引</header>
<article data-pagefind-body><h1 data-pagefind-meta="title">关于推进省域治理现代化的决定</h1>
<dl data-pagefind-ignore><dd data-pagefind-filter="issuer">中共浙江省委</dd></dl>
<nav data-pagefind-ignore="all"><a lang="zh-Hant">切換到繁體</a></nav>
<h2 id="s1">一、总体要求</h2><p id="p1">深化数字化改革<script>x()</script></p></article></body></html>`;

describe('page text (evaluation ground truth)', () => {
  it('reads the searchable body without ignored parts, scripts or the page chrome', () => {
    const text = bodyText(parsePage(html)).replace(/\s+/g, '');
    expect(text).toBe('关于推进省域治理现代化的决定一、总体要求深化数字化改革');
  });

  it('is empty for a page without a searchable body', () => {
    expect(bodyText(parsePage('<p>no body</p>'))).toBe('');
  });
});
