// Head and closing lines of an official document (发文字号, 主送机关; signature, date, （此件公开
// 发布）, 版记) end with `{.role}` in the Markdown (src/lib/format/line-roles.ts), an attribute
// block like any other: heading-attributes.ts (every view) makes it the paragraph's class.
// `remarkLineBlocks` (reading views; the compare view keeps one row per paragraph) groups
// consecutive closing lines in a <footer class="doc-closing"> and head lines in a
// <div class="doc-head">, so both read as blocks.
import type { Paragraph, Root, RootContent } from 'mdast';
import { CLOSING_ROLES, isLineRole, type LineRole } from '../format/line-roles.ts';
import { container } from './container.ts';

const isClosing = (role: LineRole) => (CLOSING_ROLES as readonly string[]).includes(role);

const roleOf = (node: RootContent): LineRole | null => {
  if (node.type !== 'paragraph') return null;
  const c = (node.data?.hProperties as Record<string, unknown> | undefined)?.className;
  const first = Array.isArray(c) ? String(c[0]) : null;
  return first && isLineRole(first) ? first : null;
};

/** Groups runs of head lines and of closing lines into one block each. Runs after paragraph ids. */
export function remarkLineBlocks() {
  return (tree: Root) => {
    const out: RootContent[] = [];
    let group: { closing: boolean; nodes: Paragraph[] } | null = null;
    const flush = () => {
      if (group) out.push(container(group.nodes, { className: [group.closing ? 'doc-closing' : 'doc-head'] }, group.closing ? 'footer' : 'div'));
      group = null;
    };
    for (const node of tree.children) {
      const role = roleOf(node);
      if (!role) {
        flush();
        out.push(node);
        continue;
      }
      if (group && group.closing !== isClosing(role)) flush();
      group ??= { closing: isClosing(role), nodes: [] };
      group.nodes.push(node as Paragraph);
    }
    flush();
    tree.children = out;
  };
}
