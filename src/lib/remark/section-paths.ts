// Records each heading's citation path (二、（三）4., 第四编 第一章 第一千零一十五条) as data-cite,
// for the "copy citation" button, and each 款 paragraph's (… 第一千零一十五条 第二款). The path is
// the chain of markers the converter wrote (format/attributes.ts `marker=`) for the block and its
// ancestors, converted to the page's script. Runs after script conversion.
import type { Heading, Root } from 'mdast';
import type { VFile } from 'vfile';
import { clauseParentId, extendPath } from '../format/citation.ts';
import { getConverter, type Script, type Variant } from '../script/index';

export interface Options {
  /** Script of the page; markers are converted to it. Default: the document's own script. */
  to?: Script;
  variant?: Variant;
}

function sourceScript(file: VFile): Script {
  const data = file.data as { astro?: { frontmatter?: { script?: unknown } }; frontmatter?: { script?: unknown } };
  return (data.astro?.frontmatter ?? data.frontmatter)?.script === 'hant' ? 'hant' : 'hans';
}

export default function remarkSectionPaths(options: Options = {}) {
  return (tree: Root, file: VFile) => {
    const from = sourceScript(file);
    const converter = getConverter({ from, to: options.to ?? from, variant: options.variant ?? 'tw' });
    const stack: { depth: number; path: string }[] = [];
    const pathOfId = new Map<string, string>();
    const idOf = (props: Record<string, unknown>) => (typeof props.id === 'string' ? props.id : '');
    for (const node of tree.children) {
      if (node.type === 'heading') {
        const heading = node as Heading;
        while (stack.length && stack.at(-1)!.depth >= heading.depth) stack.pop();
        const marker = heading.data?.marker ? converter.convert(heading.data.marker) : '';
        const path = extendPath(stack.at(-1)?.path ?? '', marker);
        stack.push({ depth: heading.depth, path });
        if (!path) continue;
        const props = ((heading.data ??= {}).hProperties ??= {}) as Record<string, unknown>;
        props.dataCite = path;
        if (idOf(props)) pathOfId.set(idOf(props), path);
      } else if (node.type === 'paragraph' && node.data?.marker) {
        const props = (node.data.hProperties ??= {}) as Record<string, unknown>;
        const parent = clauseParentId(idOf(props));
        const base = (parent && pathOfId.get(parent)) ?? stack.at(-1)?.path ?? '';
        props.dataCite = extendPath(base, converter.convert(node.data.marker));
      }
    }
  };
}
