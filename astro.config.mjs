// @ts-check
// Wenyuan reading site. Settings come from src/lib/config.ts (environment overrides: WENYUAN_*).
// No Markdown settings: no page is Markdown; documents are rendered by src/lib/render/render-views.ts.
import { defineConfig } from 'astro/config';

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
  devToolbar: { enabled: false },
  prefetch: false,
});
