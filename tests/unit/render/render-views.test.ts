// The renderer (render-views.ts, one parse for three views) must give exactly what Astro's
// createMarkdownProcessor gives with the view's full plugin list (reference-renderer.ts, the oracle):
// HTML byte for byte and the headings.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/lib/docs.ts';
import { splitFrontmatter } from '../../../src/lib/corpus/load.ts';
import type { DocMeta } from '../../../src/schemas/doc.ts';
import { renderMarkdown } from './reference-renderer.ts';
import { cloneTree, renderViews, type RenderInput } from '../../../src/lib/render/render-views.ts';
import type { Variant } from '../../../src/lib/script-view.ts';

async function expectSame(input: RenderInput, variant: Variant): Promise<void> {
  const views = await renderViews(input, variant);
  for (const script of ['hans', 'hant'] as const) {
    const ref = await renderMarkdown(input, { kind: 'read', script }, variant);
    expect(views.read[script].html, `${input.filePath} read ${script}`).toBe(ref.html);
    expect(views.read[script].headings).toEqual(ref.headings);
  }
  const ref = await renderMarkdown(input, { kind: 'compare' }, variant);
  expect(views.compare.html, `${input.filePath} compare`).toBe(ref.html);
}

// Markdown the converter never writes, but a hand-edited file might: raw HTML, CRLF, lists,
// quotes, emphasis, links and code, headings without ids, marked spans, a lone bracket.
const KITCHEN_SINK = [
  '## 一、总体要求 {#s1}',
  '',
  '坚持<b>党的领导</b>，发展*经济*与**民生**；见[附件](../a/)和`代码`。<script>alert(1)</script>',
  '',
  '<div class="x">块级 HTML 后面</div>',
  '',
  '### 1.头发展示。 {#s1-1 .run-in}',
  '',
  '后面的段落，⟦後陳⟧经验与⟦未闭合',
  '',
  '- 一项\r\n- 二项\r\n  - 嵌套的里面',
  '',
  '> 引用的话：干部群众',
  '',
  '## 没有编号的标题',
  '',
  '## 没有编号的标题',
  '',
  '### 标题 `code{x}` 与 {花括号} *强调* [链接](#a)',
  '',
  '1. 有序\n2. 列表',
  '',
  '***',
  '',
  '最后一段&amp;实体 &lt;tag&gt; 和 \\<转义>。',
].join('\n');

describe('renderViews', () => {
  it('equals the reference processor on every fixture document', async () => {
    for (const doc of loadCorpus('tests/fixtures/site/docs').docs) {
      const body = splitFrontmatter(readFileSync(doc.filePath, 'utf8')).body;
      await expectSame({ body, data: doc.data, filePath: doc.filePath }, 'tw');
    }
  });

  it('equals the reference processor on the plugin fixture inputs, every variant', async () => {
    const dir = 'tests/unit/site/fixtures';
    for (const name of readdirSync(dir).sort()) {
      const config = JSON.parse(readFileSync(join(dir, name, 'config.json'), 'utf8')) as { frontmatter: DocMeta; variant?: Variant };
      const body = readFileSync(join(dir, name, 'input.md'), 'utf8');
      await expectSame({ body, data: config.frontmatter, filePath: join(dir, name, 'input.md') }, config.variant ?? 'tw');
    }
  });

  it('equals the reference processor on unusual Markdown (raw HTML, CRLF, lists, quotes)', async () => {
    for (const script of ['hans', 'hant'] as const) {
      const data = { title: 't', slug: 'k', type: '意见', script, protect: ['干部群众'] } as unknown as DocMeta;
      await expectSame({ body: KITCHEN_SINK, data, filePath: 'x/kitchen-sink.md' }, 'tw');
      await expectSame({ body: KITCHEN_SINK, data, filePath: 'x/kitchen-sink.md' }, 'hk');
    }
  });

  it('keeps an image a plain <img> (Astro rewrites it for an image service no page runs)', async () => {
    const data = { title: 't', slug: 'k', type: '意见', script: 'hans' } as unknown as DocMeta;
    const input = { body: '## 一、图 {#s1}\n\n![图](./a.png) 与 ![远](https://example.org/b.png)\n', data, filePath: 'x/images.md' };
    const views = renderViews(input, 'tw');
    for (const html of [views.read.hans.html, views.read.hant.html, views.compare.html]) {
      expect(html).toContain('<img src="./a.png" alt="图">');
      expect(html).not.toContain('__ASTRO_IMAGE_');
    }
    // The reference differs only there.
    const ref = await renderMarkdown(input, { kind: 'read', script: 'hans' }, 'tw');
    expect(ref.html.replace(/<img __ASTRO_IMAGE_="[^"]*">/, '<img src="./a.png" alt="图">')).toBe(views.read.hans.html);
  });

  it('cloneTree copies deeply', () => {
    const a = { type: 'root', children: [{ type: 'text', value: 'x', position: { start: { line: 1 } } }], data: { hProperties: { id: 'p1' } } };
    const b = cloneTree(a);
    expect(b).toEqual(a);
    expect(b.children[0]).not.toBe(a.children[0]);
    expect(b.children[0]!.position.start).not.toBe(a.children[0]!.position.start);
    expect(b.data.hProperties).not.toBe(a.data.hProperties);
  });
});
