// One converted document file → a validated entry (frontmatter only; the body stays on disk until
// a page or the pre-render step needs it). Shared by the site (src/lib/docs.ts) and scripts/render/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { docSchema, type DocMeta } from '../../schemas/doc.ts';
import { issueLines } from '../config/zod-errors.ts';
import { checkMarkdownSize } from './limits.ts';

export interface DocEntry {
  /** the slug (URL segment) */
  id: string;
  data: DocMeta;
  /** path of the Markdown file as found under the corpus folder (relative if the folder is) */
  filePath: string;
}

// Same frontmatter syntax as Astro's Markdown loader (@astrojs/internal-helpers/frontmatter).
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

/** *.md files of a folder, sorted by name (code-unit order: deterministic everywhere). */
export function listMarkdown(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((f) => join(dir, f));
}

/** Splits a file into its raw frontmatter and its body. Like Astro, the frontmatter is blanked
 * with spaces in the body, so Markdown positions (line, column) stay those of the file. */
export function splitFrontmatter(text: string): { raw: string | null; body: string } {
  const m = FRONTMATTER.exec(text);
  if (!m) return { raw: null, body: text };
  const raw = m[1]!;
  return { raw, body: text.replace(`---${raw}---`, `   ${raw.replace(/[^\r\n]/g, ' ')}   `) };
}

const FIX = 'Fix the frontmatter by hand, or re-run npm run convert if the file was generated.';

/** Parses and validates one document file; throws an error naming the file and line. (Messages
 * avoid the word "document": Astro then appends a misleading hint about browser APIs.) */
export function parseDocFile(filePath: string, text: string): DocEntry {
  checkMarkdownSize(filePath, text);
  const { raw } = splitFrontmatter(text);
  if (raw === null) throw new Error(`${filePath}:1: no YAML frontmatter (a converted file starts with a --- block: title, slug, type, script, source). ${FIX}`);
  // Line of the opening --- (raw's line 0 is the rest of that line), to report 1-based file lines.
  const firstLine = text.slice(0, text.indexOf('---')).split('\n').length;
  let front: unknown;
  try {
    front = yaml.load(raw);
  } catch (e) {
    const mark = (e as { mark?: { line?: number } }).mark;
    const line = mark?.line !== undefined ? firstLine + mark.line : firstLine;
    throw new Error(`${filePath}:${line}: frontmatter is not valid YAML: ${(e as { reason?: string }).reason ?? (e as Error).message}. ${FIX}`);
  }
  const parsed = docSchema.safeParse(front ?? {});
  if (!parsed.success) {
    const lines = issueLines(parsed.error);
    const issues = parsed.error.issues.map((i, n) => {
      const key = String(i.path[0] ?? '');
      const at = key ? raw.split('\n').findIndex((l) => l.startsWith(`${key}:`)) : -1;
      const line = at >= 0 ? firstLine + at : firstLine;
      return `${filePath}:${line}: frontmatter ${lines[n]}`;
    });
    throw new Error(`Bad frontmatter in ${filePath}:\n${issues.join('\n')}\n${FIX}`);
  }
  return { id: parsed.data.slug, data: parsed.data, filePath };
}

/** The file's bytes as text (for hashing and rendering). */
export function readSource(entry: DocEntry): string {
  return readFileSync(entry.filePath, 'utf8');
}

/** The Markdown body, read now (frontmatter blanked, positions kept). */
export function readBody(entry: DocEntry): string {
  return splitFrontmatter(readSource(entry)).body;
}
