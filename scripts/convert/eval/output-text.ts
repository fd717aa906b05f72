// The text of converted Markdown as a reader sees it, for comparing with the clean original:
// frontmatter values kept (title, issuer … are text of the document), markup removed.

const FRONT = /^---\n([\s\S]*?)\n---\n/;

export interface OutputText {
  /** Blocks in order; a heading is joined to the block after it (a run-in heading and its sentence). */
  blocks: string[];
  /** Every character of the output (frontmatter values included), for the lost-character count. */
  all: string;
}

function unmark(line: string): string {
  return line
    .replace(/\s*\{#[^}]*\}\s*$/, '') // heading attributes {#id .class}
    .replace(/^#{1,6}\s+/, '')
    .replace(/^>\s?/, '')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+(?=\S)/, (m) => (/\d/.test(m) ? m : '')) // list bullets (keep numbers: they are text)
    .replace(/<\/?[a-z][^>]*>/g, '') // raw HTML tags (escaped text is \<…, untouched here)
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|~"'])/g, '$1') // Markdown escapes
    .replace(/[⟦⟧]/g, '');
}

export function outputText(markdowns: string[]): OutputText {
  const blocks: string[] = [];
  const all: string[] = [];
  for (const md of markdowns) {
    const front = FRONT.exec(md);
    if (front) all.push(front[1]!.replace(/^\s*[\w.-]+:\s*/gm, '').replace(/"/g, ''));
    // the title is a paragraph of the original too (a title of 40 characters or more was counted split)
    const title = front ? /^title:\s*"((?:[^"\\]|\\.)*)"/m.exec(front[1]!) : null;
    if (title) blocks.push(JSON.parse(`"${title[1]}"`) as string);
    const body = front ? md.slice(front[0].length) : md;
    let pendingHeading = '';
    for (const raw of body.split(/\n{2,}/)) {
      const lines = raw.split('\n').filter((l) => l.trim() !== '');
      if (lines.length === 0) continue;
      const isHeading = /^#{1,6}\s/.test(lines[0]!);
      const isTable = lines.every((l) => /^\s*\|/.test(l));
      const text = isTable
        ? lines.filter((l) => !/^\s*\|?\s*:?-{3,}/.test(l)).map((l) => unmark(l).replace(/\|/g, ' ')).join('\n')
        : lines.map(unmark).join('\n');
      all.push(text);
      if (isHeading) {
        pendingHeading += text;
        continue;
      }
      blocks.push(pendingHeading + text);
      pendingHeading = '';
    }
    if (pendingHeading) blocks.push(pendingHeading);
  }
  return { blocks, all: all.join('\n') };
}
