// remark plugin: converts the script of mdast text nodes only (never HTML or code), honouring
// protected terms and ⟦…⟧ marked spans, and removing the markers in every script, the original included.
import type { Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from '../remark/visit.ts';
import { correctTraditional, getConverter, PROTECT_CLOSE, PROTECT_OPEN, splitMarked, type Script, type TraditionalFix, type Variant } from './index';

export interface Options {
  /** Script to render. */
  to: Script;
  /** Traditional variant: t, tw (default) or hk. */
  variant?: Variant;
  /** Terms never converted, added to the global list and to the document's frontmatter `protect`. */
  protect?: readonly string[];
  /** Script of the source; default: frontmatter `script`, else 'hans'. */
  from?: Script;
  /**
   * For a traditional source: fix the slips of the converter that produced it (correctTraditional)
   * before anything else. Use for the traditional view, not for the original. The fixes are listed
   * in `file.data.traditionalFixes` ({ wrong, right, reason, line, column }).
   */
  correctTraditional?: boolean;
}

export interface TraditionalFixAt extends TraditionalFix {
  line?: number;
  column?: number;
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
    const correct = options.correctTraditional === true && from === 'hant';
    const fixes: TraditionalFixAt[] = [];
    visit(tree, 'text', (node: Text) => {
      if (correct) {
        const fixed = correctTraditional(node.value, { protect });
        node.value = fixed.text;
        const at = node.position?.start;
        // Offsets are within the text node; line/column locate the node (enough to find the fix).
        for (const f of fixed.fixes) fixes.push({ ...f, ...(at ? { line: at.line, column: at.column } : {}) });
      }
      // (Only a text with a bracket can have a marker problem.)
      if (node.value.includes(PROTECT_OPEN) || node.value.includes(PROTECT_CLOSE)) for (const problem of splitMarked(node.value).problems) {
        file.message(`${problem.reason} (protected-span marker at character ${problem.offset + 1} of this text)`, { place: node.position, ruleId: 'protect-marker', source: 'remark-convert-script' });
      }
      node.value = converter.convert(node.value, { protect });
    });
    if (correct) (file.data as { traditionalFixes?: TraditionalFixAt[] }).traditionalFixes = fixes;
  };
}

export { convertString } from './index';
