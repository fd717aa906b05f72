// Gives every body paragraph (a direct child of the document) an id p1, p2, … in document order,
// so each paragraph is citable and the ids are the same in every script and view.
import type { Root } from 'mdast';

export interface Options {
  /** Id prefix. Default 'p'. */
  prefix?: string;
}

export default function remarkParagraphIds(options: Options = {}) {
  const prefix = options.prefix ?? 'p';
  return (tree: Root) => {
    let n = 0;
    for (const node of tree.children) {
      if (node.type !== 'paragraph') continue;
      n += 1;
      const props = ((node.data ??= {}).hProperties ??= {}) as Record<string, unknown>;
      if (props.id === undefined) props.id = `${prefix}${n}`;
    }
  };
}
