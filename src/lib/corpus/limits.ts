// The site's guard on one document's size, so the build's memory stays bounded whatever a file
// holds (a 100 MB text gave a 296 MB compare page and a 7.2 GB build). The converter refuses
// documents over 1,000,000 characters of source text (scripts/convert/cli-config.ts MAX_DOC_CHARS);
// its Markdown adds ids, escapes and table rules, so the site allows twice that, for Markdown
// written by hand or by another tool.
export const MAX_MARKDOWN_CHARS = 2_000_000;

/** Throws, naming the file and what to do, when a Markdown file is too large to publish. */
export function checkMarkdownSize(filePath: string, text: string): void {
  if (text.length <= MAX_MARKDOWN_CHARS) return;
  const n = (x: number) => x.toLocaleString('en-US');
  throw new Error(
    `${filePath}: ${n(text.length)} characters, over the limit of ${n(MAX_MARKDOWN_CHARS)} per file (its pages would be tens of MB and could not be built in bounded memory); ` +
      'split the text into several files (one per volume, chapter or text), or convert it with npm run convert, which says where',
  );
}
