// Bundles one client script entry (TypeScript source text) into a minified IIFE with esbuild:
// the entry's relative imports resolve in src/scripts/, so each concern stays a small module
// while the page carries one function. `define` sets build-time constants.
import { buildSync } from 'esbuild';
import { join } from 'node:path';

/** Where the entries' relative imports resolve: the sources arrive as text (?raw imports). */
export const SCRIPTS_DIR = join(process.cwd(), 'src', 'scripts');

export function bundleScript(source: string, define: Record<string, string> = {}, resolveDir = SCRIPTS_DIR): string {
  const { outputFiles } = buildSync({
    stdin: { contents: source, loader: 'ts', resolveDir, sourcefile: 'inline.ts' },
    bundle: true,
    write: false,
    minify: true,
    target: 'es2021',
    format: 'iife',
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'silent',
    define,
  });
  const code = outputFiles[0]!.text.trim();
  return code === '(()=>{})();' ? '' : code; // an entry with nothing left to do
}
