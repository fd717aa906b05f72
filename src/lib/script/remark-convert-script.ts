// remark plugin: converts the script of mdast text nodes only (never HTML or code), honouring
// protected terms and ⟦…⟧ marked spans, and removing the markers in every script, the original included.
import type { Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { getConverter, splitMarked, type Script, type Variant } from './index';

export interface Options {
  /** Script to render. */
  to: Script;
  /** Traditional variant: t, tw (default) or hk. */
  variant?: Variant;
  /** Terms never converted, added to the global list and to the document's frontmatter `protect`. */
  protect?: readonly string[];
  /** Script of the source; default: frontmatter `script`, else 'hans'. */
  from?: Script;
}

interface Frontmatter {
  script?: unknown;
  protect?: unknown;
}

function frontmatterOf(file: VFile): Frontmatter {
  const data = file.data as { astro?: { frontmatter?: Frontmatter }; frontmatter?: Frontmatter };
  return data.astro?.frontmatter ?? data.frontmatter ?? {};
}

export default function remarkConvertScript(options: Options) {
  if (!options || (options.to !== 'hans' && options.to !== 'hant')) {
    throw new Error(`remark-convert-script: option "to" must be 'hans' or 'hant' (got ${JSON.stringify(options?.to)})`);
  }
  return (tree: Root, file: VFile) => {
    const front = frontmatterOf(file);
    const from: Script = options.from ?? (front.script === 'hant' ? 'hant' : 'hans');
    const docProtect = Array.isArray(front.protect) ? front.protect.filter((t): t is string => typeof t === 'string') : [];
    const protect = [...(options.protect ?? []), ...docProtect];
    const converter = getConverter({ from, to: options.to, variant: options.variant ?? 'tw' });
    visit(tree, 'text', (node: Text) => {
      for (const problem of splitMarked(node.value).problems) {
        file.message(`${problem.reason} (protected-span marker at character ${problem.offset + 1} of this text)`, { place: node.position, ruleId: 'protect-marker', source: 'remark-convert-script' });
      }
      node.value = converter.convert(node.value, { protect });
    });
  };
}

export { convertString } from './index';
