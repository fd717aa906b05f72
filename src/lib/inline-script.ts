// Client scripts are inlined into each page (no /_assets/*.js requests before use, and they run
// from file://, where module scripts are blocked). Sources are TypeScript in src/scripts/; each
// entry (site.ts, theme-init.ts, …) is bundled into one minified function (bundle-script.ts).
// Code needed only on use is a file loaded then instead (lazy-scripts.ts gives the inline code
// its path).
import { bundleScript } from './bundle-script.ts';
import { lazyScriptPaths } from './lazy-scripts.ts';

const cache = new Map<string, string>();

export function inlineScript(source: string): string {
  let code = cache.get(source);
  if (code === undefined) {
    code = bundleScript(source, lazyScriptPaths);
    cache.set(source, code);
  }
  return code;
}
