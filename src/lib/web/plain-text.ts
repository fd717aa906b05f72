// A converted document's Markdown as plain text (the .txt download, page descriptions): heading
// marks and {#id .class} blocks, link syntax and backslash escapes go; the words stay. Works on the
// Markdown the converter emits (src/lib/corpus), line by line, so it costs almost nothing.
const HEADING = /^(#{1,6})\s+(.*?)(?:\s+\{([^{}]*)\})?\s*$/;
const LINK = /\[((?:\\.|[^\]\\])*)\]\((?:[^()\s]|\([^()]*\))*\)/g;
const ESCAPE = /\\([!-/:-@[-`{-~])/g;
/** A paragraph's trailing {.role} block (head and closing lines: src/lib/format/line-roles.ts). */
const PARA_ATTRS = /\s+\{((?:\s*[.#][\w-]+)+)\s*\}$/;

export interface TextBlock {
  heading: boolean;
  text: string;
  /** a heading's id from its {#id .class} block */
  id?: string;
  /** a head or closing line's role (history-note, doc-number, signer …) */
  role?: string;
}

/** Inline Markdown → text: links keep their text, escapes their character. */
export function inlineText(md: string): string {
  return md.replace(LINK, '$1').replace(ESCAPE, '$1');
}

/** Headings and paragraphs of a body, in order, as text. */
export function textBlocks(body: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let para: string[] = [];
  let role: string | undefined;
  const flush = () => {
    if (para.length) blocks.push({ heading: false, text: para.join('\n'), ...(role ? { role } : {}) });
    para = [];
    role = undefined;
  };
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') {
      flush();
      continue;
    }
    const h = HEADING.exec(line);
    if (h) {
      flush();
      const id = h[3] ? /#([^\s#.]+)/.exec(h[3])?.[1] : undefined;
      blocks.push({ heading: true, text: inlineText(h[2]!), ...(id ? { id } : {}) });
    } else {
      const a = PARA_ATTRS.exec(line);
      if (a) role = /\.([\w-]+)/.exec(a[1]!)?.[1];
      para.push(inlineText(a ? line.slice(0, a.index) : line));
    }
  }
  flush();
  return blocks;
}

/** The whole body as plain text: one block per paragraph or heading, separated by a blank line. */
export function markdownToText(body: string): string {
  const blocks = textBlocks(body);
  return blocks.length ? `${blocks.map((b) => b.text).join('\n\n')}\n` : '';
}

/** A paragraph wholly in brackets is a 题注 (adoption note such as （2019年…通过）), not content. */
const NOTE = /^[（(][^]*[）)]$/;

/** The first paragraph that is not a heading or a 题注, shortened to about `max` characters (a
 * page description). Empty when the document has no such paragraph. */
export function firstParagraph(body: string, max = 120): string {
  const para = textBlocks(body).find((b) => !b.heading && !b.role && b.text.trim() && !NOTE.test(b.text.trim()));
  if (!para) return '';
  const chars = [...para.text.replace(/\s*\n\s*/g, '')];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('');
}
