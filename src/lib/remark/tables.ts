// Tables: the converter writes tables of the source (tab-separated or space-aligned rows) as GFM
// pipe tables. Only the table syntax is switched on (autolinks, strikethrough etc. stay off, so
// text stays exactly as written), and each top-level table is wrapped in a scrollable,
// keyboard-focusable box, so a wide table never widens the page. A table whose header row is
// empty (the converter found no column headings) is written without a header.
import type { Root, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown, gfmTableToMarkdown } from 'mdast-util-gfm-table';
import type { Processor } from 'unified';
import { container } from './container.ts';

interface Data {
  micromarkExtensions?: unknown[];
  fromMarkdownExtensions?: unknown[];
  toMarkdownExtensions?: unknown[];
}

export default function remarkTables(this: Processor) {
  const data = this.data() as Data;
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
  (data.toMarkdownExtensions ??= []).push(gfmTableToMarkdown());
  return (tree: Root) => {
    tree.children = tree.children.map((node) => (node.type === 'table' ? container([headerless(node) ?? node], { className: ['table-wrap'], tabIndex: 0 }) : node));
  };
}

/** The table as plain rows (no <thead>) when its header row is empty; else null. */
function headerless(table: Table): RootContent | null {
  const [head, ...rows] = table.children;
  if (!head || head.children.some((cell) => toString(cell).trim() !== '')) return null;
  const tr = rows.map((row) => container(row.children.map((cell) => container(cell.children as RootContent[], {}, 'td')), {}, 'tr'));
  return container([container(tr, {}, 'tbody')], {}, 'table');
}
