// The store key of one document: sha256 over its Markdown bytes, the traditional variant and a
// hash of everything that decides the HTML (our plugin code, dictionaries, Markdown libraries).
// Change any of them and every key changes, so a stale rendering is never reused.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Variant } from '../script-view.ts';
import { sha256 } from './hash.ts';
import { filesUnder as allFilesUnder } from '../files-under.ts';

/** Source files and folders (project-relative) whose content the rendering depends on. */
export const RENDERER_SOURCES = [
  // not the readers (store.ts, rendered.ts, document-views.ts, hash.ts, this file): editing them
  // changes no HTML
  'src/lib/render/plugins.ts',
  'src/lib/render/render-views.ts',
  'src/lib/render/prerendered.ts',
  'scripts/render/render-entry.ts',
  'src/lib/remark',
  'src/lib/rehype',
  // cross-references: the plugin's patterns and resolution, and the text blocks the corpus scan reads
  'src/lib/xref',
  'src/lib/web/plain-text.ts',
  'src/lib/script',
  'src/lib/corpus',
  'src/lib/script-view.ts',
  'src/lib/i18n.ts',
  'src/schemas/doc.ts',
  'src/lib/format',
];

/** Packages whose version changes the HTML. */
export const RENDERER_PACKAGES = ['@astrojs/markdown-remark', 'opencc-js', 'unified', 'hast-util-to-html', 'mdast-util-to-string', 'hast-util-to-string'];

const CODE = /\.(ts|mts|js|mjs|json)$/;

const filesUnder = (path: string): string[] => allFilesUnder(path).filter((f) => CODE.test(f));

function packageVersion(root: string, name: string): string {
  try {
    return (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version?: string }).version ?? '?';
  } catch {
    return 'missing';
  }
}

const cache = new Map<string, string>();

/** Hash of the renderer (computed once per process and project root). */
export function rendererHash(root: string = process.cwd()): string {
  let h = cache.get(root);
  if (h) return h;
  const parts: string[] = [];
  for (const src of RENDERER_SOURCES) {
    for (const file of filesUnder(join(root, src))) parts.push(`${relative(root, file)}\0${sha256(readFileSync(file))}`);
  }
  for (const name of RENDERER_PACKAGES) parts.push(`${name}@${packageVersion(root, name)}`);
  h = sha256(parts.join('\n'));
  cache.set(root, h);
  return h;
}

export function entryKey(source: string | Uint8Array, variant: Variant, renderer: string): string {
  return keyOfHash(sha256(source), variant, renderer);
}

/** entryKey for a source whose sha256 is already known (readers also compare it with the entry's). */
export function keyOfHash(sourceHash: string, variant: Variant, renderer: string): string {
  return sha256(`${sourceHash}\0${variant}\0${renderer}`);
}
