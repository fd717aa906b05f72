// Feeds Wenyuan's Markdown to the stock Starlight site, as a user switching tools would:
// frontmatter reduced to what Starlight's schema knows (title), and our explicit heading
// attributes `{#s1-2 .run-in}` removed (Starlight has no attribute syntax and would print them
// as heading text; it generates its own heading ids). Body text is otherwise byte-identical.

import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const attributes = /[ \t]*\{#[A-Za-z0-9_-]+(?:[ \t]+\.[A-Za-z0-9_-]+)*\}[ \t]*$/gm;

export function toStarlightMarkdown(markdown: string, file: string): string {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  if (!match) throw new Error(`${file}: no YAML frontmatter; every converted document starts with ---`);
  const title = /^title:[ \t]*(.*)$/m.exec(match[1]!)?.[1]?.trim();
  if (!title) throw new Error(`${file}: frontmatter has no title`);
  const body = markdown.slice(match[0].length).replace(attributes, '');
  // Re-emit the title as JSON, which is valid YAML whatever quotes the source used.
  const plain = /^["'].*["']$/.test(title) ? title : JSON.stringify(title);
  return `---\ntitle: ${plain}\n---\n${body}`;
}

/** Writes every .md of `docsDir` into Starlight's content folder; returns the number of pages. */
export function feedStarlight(docsDir: string, starlightRoot: string): number {
  const target = join(starlightRoot, 'src/content/docs');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  let pages = 0;
  for (const name of readdirSync(docsDir).filter((f) => f.endsWith('.md')).sort()) {
    const md = readFileSync(join(docsDir, name), 'utf8');
    writeFileSync(join(target, name), toStarlightMarkdown(md, join(docsDir, name)));
    pages++;
  }
  return pages;
}
