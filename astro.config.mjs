// @ts-check
// Wenyuan reading site. Settings come from src/lib/config.ts (environment overrides: WENYUAN_*).
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { config } from './src/lib/config.ts';
import { basePlugins } from './src/lib/render/plugins.ts';

export default defineConfig({
  site: config.site,
  base: config.base,
  trailingSlash: 'always',
  outDir: process.env.WENYUAN_OUT_DIR ?? './dist',
  // A second build (e.g. the base-path test) keeps its own content cache.
  cacheDir: process.env.WENYUAN_CACHE_DIR ?? './node_modules/.astro',
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
