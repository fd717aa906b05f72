// Traditional originals: fixes the known slips of the converter that produced them (data in
// src/lib/script/dict/) on the text nodes, before any view is made from them. Each fix is reported
// as a file message so the build log shows what changed and where.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from './visit.ts';
import { correctTraditional } from '../script/index.ts';

export interface Options {
  /** Report each fix as a file message. Default false. */
  report?: boolean;
}

export default function remarkCorrectTraditional(options: Options = {}) {
  return (tree: Root, file: VFile) => {
    if (file.data.astro?.frontmatter?.script !== 'hant') return;
    visit(tree, 'text', (node) => {
      const { text, fixes } = correctTraditional(node.value);
      node.value = text;
      if (options.report) for (const f of fixes) file.message(`${f.wrong} → ${f.right}: ${f.reason}`, node);
    });
  };
}
