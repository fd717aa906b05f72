// Client scripts are inlined into each page (no /_assets/*.js requests, and they run from file://,
// where module scripts are blocked). Sources are TypeScript in src/scripts/, minified at build.
import { transformSync } from 'esbuild';

const cache = new Map<string, string>();

export function inlineScript(source: string): string {
  let code = cache.get(source);
  if (code === undefined) {
    code = transformSync(source, { loader: 'ts', minify: true, target: 'es2020', format: 'iife', charset: 'utf8' }).code.trim();
    cache.set(source, code);
  }
  return code;
}
