// Compare view: every top-level block (heading, paragraph, list, …) becomes one row holding the
// block in both scripts side by side, so row i on the left is row i on the right. The block's id
// moves to the row, so #s2-3 and #p7 land on the pair. Each cell carries its own lang; the
// converted column marks the characters the conversion changed (mark-differences.ts).
import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { scriptConverter, type Script, type Variant } from '../script-view.ts';
import { convertTextNodes } from './convert-text.ts';
import { container } from './container.ts';
import { cloneTree } from './clone.ts';
import { markDifferences, type Explain } from './mark-differences.ts';
import { describeOneToMany, explainOneToMany } from '../script/one-to-many.ts';

export interface Options {
  /** Scripts of the left and right column. Default ['hans', 'hant']. */
  columns?: [Script, Script];
  variant?: Variant;
}

const LANG: Record<Script, string> = { hans: 'zh-Hans', hant: 'zh-Hant' };

function props(node: RootContent): Record<string, unknown> {
  return ((node.data ??= {}).hProperties ??= {}) as Record<string, unknown>;
}

export default function remarkCompareRows(options: Options = {}) {
  const columns = options.columns ?? ['hans', 'hant'];
  return (tree: Root, file: VFile) => {
    const front = file.data.astro?.frontmatter ?? {};
    const from: Script = front.script === 'hant' ? 'hant' : 'hans';
    const protect = Array.isArray(front.protect) ? front.protect.filter((t: unknown): t is string => typeof t === 'string') : [];
    const explain: Explain = (text) =>
      explainOneToMany(text, from === 'hans' ? 's2t' : 't2s', options.variant, protect).map((o) => (o ? { output: o.output, note: describeOneToMany(o) } : undefined));
    const rows: RootContent[] = tree.children.map((block) => {
      const id = props(block).id;
      const kind = block.type === 'heading' ? `h${block.depth}` : block.type;
      const copies = columns.map((to) => {
        const copy = cloneTree(block);
        delete props(copy).id;
        convertTextNodes(copy, scriptConverter(from, to, options.variant, protect));
        return copy;
      });
      // The column in the other script than the original shows what the conversion changed.
      const converted = columns.findIndex((c) => c !== from);
      if (converted >= 0 && copies.length === 2) markDifferences(copies[1 - converted]!, copies[converted]!, explain);
      const cells = copies.map((copy, i) => container([copy], { className: ['cell'], lang: LANG[columns[i]!] }));
      return container(cells, { className: ['row', `row-${kind}`], id: typeof id === 'string' ? id : undefined });
    });
    tree.children = rows;
  };
}
