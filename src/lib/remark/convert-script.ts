// Converts a document's text into the target script (simplified ↔ traditional) on the Markdown
// tree. The source script comes from the document's frontmatter (`script: hans|hant`).
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { scriptConverter, type Script, type Variant } from '../script-view.ts';
import { convertTextNodes } from './convert-text.ts';

export interface Options {
  to: Script;
  /** Traditional variant for simplified → traditional. Default 'tw'. */
  variant?: Variant;
}

export default function remarkConvertScript(options: Options) {
  return (tree: Root, file: VFile) => {
    const from = (file.data.astro?.frontmatter?.script as Script | undefined) ?? 'hans';
    if (from !== 'hans' && from !== 'hant') {
      file.message(`Unknown script ${JSON.stringify(from)} in frontmatter: expected hans or hant; text left unconverted`);
      return;
    }
    convertTextNodes(tree, scriptConverter(from, options.to, options.variant));
  };
}
