// Cross-references become links: 第十条, 本法第十条第二款, 本条第一款第（三）项, 前款, 第二章 to the
// id in this document (src/lib/xref/resolve.ts), and 《title》 (with 文号, with 第X条) to the
// document it names, through the context computed once for the corpus (src/lib/xref/corpus.ts)
// and given to the renderer in the frontmatter object (`xref`). Runs once on the shared tree
// before the views, so the read views and the compare view link the same ids. Links are relative
// (`#art10`, `../<slug>/#art3`): from zh-hans/a/ they reach zh-hans/b/, from compare/a/ compare/b/.
import type { Heading, Link, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { VFile } from 'vfile';
import { scriptConverter } from '../script-view.ts';
import { scanReferences, type Ref } from '../xref/scan.ts';
import { documentRefKey, placeOf, resolveInternal, type Place } from '../xref/resolve.ts';
import { docNumberKey, titleKey } from '../xref/title-key.ts';
import type { XrefContext } from '../xref/corpus.ts';

const ARTICLE_ID = /^art\d+(?:a\d+)?$/;
const NO_ENTER = new Set(['link', 'linkReference', 'inlineCode', 'code', 'html', 'heading']);

const idOf = (node: { data?: { hProperties?: Record<string, unknown> } }): string | undefined => {
  const id = node.data?.hProperties?.id;
  return typeof id === 'string' ? id : undefined;
};

function collectIds(node: RootContent | Root, out: Set<string>): void {
  const id = idOf(node as RootContent);
  if (id) out.add(id);
  if ('children' in node) for (const k of node.children) collectIds(k as RootContent, out);
}

function linkNode(text: string, url: string): Link {
  return { type: 'link', url, title: null, children: [{ type: 'text', value: text }], data: { hProperties: { className: ['xref'] } } };
}

export default function remarkXref() {
  return (tree: Root, file: VFile) => {
    const front = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter ?? {};
    const context = (front.xref ?? {}) as XrefContext;
    const toSimplified = front.script === 'hant' ? scriptConverter('hant', 'hans') : (s: string) => s;
    const ids = new Set<string>();
    collectIds(tree, ids);

    const href = (ref: Ref, place: Place): string | null => {
      if (ref.kind === 'document') {
        const target = context[documentRefKey(ref, (t) => titleKey(t, toSimplified), docNumberKey)];
        return target ? `../${target.slug}/${target.id ? `#${target.id}` : ''}` : null;
      }
      const outcome = resolveInternal(ref, ids, place);
      return outcome.ok && outcome.id ? `#${outcome.id}` : null;
    };

    /** Splits the text children of `parent` around the references they hold. */
    const linkIn = (parent: Parent, place: Place, paragraphStart: boolean): void => {
      const out: RootContent[] = [];
      parent.children.forEach((child, i) => {
        if (child.type !== 'text' || child.value.includes('\u27E6')) {
          out.push(child);
          if ('children' in child && !NO_ENTER.has(child.type)) linkIn(child as Parent, place, false);
          return;
        }
        const text = (child as Text).value;
        let at = 0;
        for (const ref of scanReferences(text, paragraphStart && i === 0)) {
          const url = href(ref, place);
          if (url === null) continue;
          if (ref.start > at) out.push({ type: 'text', value: text.slice(at, ref.start) });
          out.push(linkNode(ref.text, url));
          at = ref.end;
        }
        if (at === 0) out.push(child);
        else if (at < text.length) out.push({ type: 'text', value: text.slice(at) });
      });
      parent.children = out as PhrasingContent[];
    };

    let article: string | undefined;
    for (const block of tree.children) {
      if (block.type === 'heading') {
        const id = idOf(block as Heading);
        if (id && ARTICLE_ID.test(id)) article = id;
        else if (id && !id.startsWith('art')) article = undefined;
        continue;
      }
      if (NO_ENTER.has(block.type) || !('children' in block)) continue;
      linkIn(block as Parent, placeOf(article, idOf(block)), block.type === 'paragraph');
    }
  };
}
