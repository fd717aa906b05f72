// Scripts loaded on first use rather than inlined: built by Vite as separate minified classic
// scripts (the `?worker&url` import bundles a file into its own IIFE and gives its URL; the file is
// loaded with <script src>, not as a Worker, so it also runs from file://).
import readerUrl from '../scripts/reader.ts?worker&url';

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** Path relative to the site root (`_assets/reader-<hash>.js`): pages prefix their own root. */
const siteRelative = (url: string) => (url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, ''));

/** Constants the inline scripts see (esbuild `define`). The dev server serves these files as
 * modules (the build as classic scripts), so the loader says which; the build drops the branch. */
export const lazyScriptPaths: Record<string, string> = {
  READER_PATH: JSON.stringify(siteRelative(readerUrl)),
  LAZY_SCRIPTS_ARE_MODULES: JSON.stringify(import.meta.env.DEV),
};
