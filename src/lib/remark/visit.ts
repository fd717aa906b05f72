// A small preorder tree walk with unist-util-visit's contract for the one form our plugins use,
// visit(tree, type, visitor): the visitor gets (node, index, parent) and may return SKIP (do not
// enter this node), EXIT, or an index to go on from. unist-util-visit also builds an ancestor
// array and renames a closure for every node it passes; on ~100 nodes × 3 views × 10,000
// documents that was a sixth of the pre-render, so the plugins walk with this instead.
export const CONTINUE = true;
export const EXIT = false;
export const SKIP = 'skip';

type Action = typeof CONTINUE | typeof EXIT | typeof SKIP;
export type VisitorResult = Action | number | [Action, number?] | [] | void | undefined | null;

interface TreeNode {
  type: string;
  children?: TreeNode[];
}

/* eslint-disable @typescript-eslint/no-explicit-any */
export function visit<N = any>(tree: unknown, type: string, visitor: (node: N, index: number | undefined, parent: any) => VisitorResult): void {
  walk(tree as TreeNode, undefined, undefined);

  /** Returns false to stop the whole walk; else the index to continue from in the parent, or -1 for next. */
  function walk(node: TreeNode, index: number | undefined, parent: TreeNode | undefined): number | false {
    let action: Action | undefined;
    let next = -1;
    if (node.type === type) {
      const r = visitor(node as N, index, parent);
      if (Array.isArray(r)) {
        action = r[0];
        if (typeof r[1] === 'number') next = r[1];
      } else if (typeof r === 'number') next = r;
      else if (r !== undefined && r !== null) action = r;
      if (action === EXIT) return false;
    }
    const kids = node.children;
    if (kids && action !== SKIP) {
      let i = 0;
      while (i > -1 && i < kids.length) {
        const r = walk(kids[i]!, i, node);
        if (r === false) return false;
        i = r >= 0 ? r : i + 1;
      }
    }
    return next;
  }
}
