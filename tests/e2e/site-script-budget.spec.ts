// Target: a reading page carries at most 2 kB of JavaScript before search opens. Counted in
// the built HTML as the bench counts it (inline <script> bytes, bench/lib/sizes.ts); a reading page
// references no script file (code needed later is loaded on use: search UI, citation copying).
import { expect, test } from '@playwright/test';
import { inlineScriptBytes } from '../../bench/lib/sizes.ts';
import { builtHtml, docSlugs } from './site-helpers.ts';

const BUDGET = 2048;

test(`reading pages: at most ${BUDGET} bytes of inline JavaScript and no script file`, () => {
  const slugs = docSlugs();
  expect(slugs.length).toBeGreaterThan(0);
  const over: string[] = [];
  for (const route of ['zh-hans', 'zh-hant']) {
    for (const slug of slugs) {
      const html = builtHtml(`${route}/${slug}`);
      const bytes = inlineScriptBytes(html);
      if (bytes > BUDGET) over.push(`${route}/${slug}/: ${bytes} bytes`);
      if (/<script[^>]*\ssrc=/i.test(html)) over.push(`${route}/${slug}/: loads a script file`);
    }
  }
  expect(over).toEqual([]);
});
