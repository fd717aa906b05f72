// @ts-check
// Wenyuan reading site. Settings come from src/lib/config.ts (environment overrides: WENYUAN_*).
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { basePlugins } from './src/lib/render/plugins.ts';

// A bad WENYUAN_* value stops the process here, before Astro empties the output folder, with the
// variable's name and no stack trace (src/lib/config.ts).
import { config } from './src/lib/config.ts';

export default defineConfig({
  site: config.site,
  base: config.base,
  trailingSlash: 'always',
  outDir: config.outDir,
  // A second build (e.g. the base-path test) keeps its own content cache.
  cacheDir: config.cacheDir,
  build: {
    format: 'directory',
    // Everything inline: pages must also work from file://, where /_astro/… paths do not resolve
    // and module scripts are blocked.
    inlineStylesheets: 'always',
    assets: '_assets',
  },
  markdown: {
    // Astro 7's default processor is not unified; ours runs the project's remark/rehype plugins.
    // Text stays exactly as written: no smart quotes, no GFM autolinks or strikethrough.
    processor: unified({ ...basePlugins, gfm: false, smartypants: false }),
    syntaxHighlight: false,
  },
  devToolbar: { enabled: false },
  prefetch: false,
});
