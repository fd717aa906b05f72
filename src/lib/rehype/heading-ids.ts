// Astro's rehypeHeadingIds (@astrojs/markdown-remark 7, rehype-collect-headings.js) for .md files,
// with the same result (ids from github-slugger for headings without one, file.data.astro.headings
// as { depth, slug, text }), walking the tree once instead of through unist-util-visit, which was
// a tenth of the pre-render. render-views.ts uses it; the test oracle (tests/unit/render/reference-renderer.ts) keeps
// Astro's own, and tests/unit/render/render-views.test.ts holds the two together.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import Slugger from 'github-slugger';
import type { VFile } from 'vfile';

interface Heading {
  depth: number;
  slug: string;
  text: string;
}

type AnyNode = Root | RootContent | ElementContent;

const CODE = new Set(['code', 'pre']);

/** Text of a heading as Astro collects it: text and raw descendants in order; `{` written `${` outside code. */
function headingText(node: Element): string {
  let text = '';
  const walk = (parent: AnyNode) => {
    const kids = (parent as { children?: AnyNode[] }).children;
    if (!kids) return;
    for (const child of kids) {
      if (child.type !== 'element') {
        const raw = child.type === 'raw';
        if ((child.type === 'text' || raw) && !(raw && /^\n?<.*>\n?$/.test(child.value))) {
          text += 'tagName' in parent && CODE.has(parent.tagName) ? child.value : child.value.replace(/\{/g, '${');
        }
      }
      walk(child);
    }
  };
  walk(node);
  return text;
}

export default function rehypeHeadingIds() {
  return (tree: Root, file: VFile) => {
    const headings: Heading[] = [];
    const slugger = new Slugger();
    const walk = (node: AnyNode) => {
      if (node.type === 'element' && node.tagName[0] === 'h') {
        const level = /h([0-6])/.exec(node.tagName)?.[1];
        if (level) {
          const text = headingText(node);
          node.properties = node.properties || {};
          if (typeof node.properties.id !== 'string') node.properties.id = slugger.slug(text);
          headings.push({ depth: Number.parseInt(level), slug: node.properties.id as string, text });
        }
      }
      const kids = (node as { children?: AnyNode[] }).children;
      if (kids) for (const child of kids) walk(child);
    };
    walk(tree);
    const data = file.data as { astro?: { headings?: Heading[] } };
    data.astro ??= {};
    data.astro.headings = headings;
  };
}
