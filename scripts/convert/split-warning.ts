import type { DocumentPart, Message } from './types.ts';

// A file that becomes several documents says so, with each one's title, line and the evidence for
// the cut, so a reader who expected one document sees at once where and why it was divided.

const MAX_TITLE = 40;

/** The 'split' warning for a file of more than one document (null for one). */
export function splitWarning(file: string, parts: readonly DocumentPart[], titles: readonly string[], lineOfPart: (part: DocumentPart) => number): Message | null {
  if (parts.length < 2) return null;
  const lines = parts.map(lineOfPart);
  const fix = `If the file is one document, a line at a cut was read as a new document's head: fix that line with a correction (content/corrections/) or in your copy.`;
  if (parts[0]!.kind === 'compilation-index') {
    // A compilation's texts are listed by its own 目录; naming them all again says nothing new.
    const [first, last] = [lines[1]!, lines[lines.length - 1]!];
    const texts = `the ${parts.length - 1} texts its 目录 lists (${first === last ? `line ${first}` : `lines ${first}–${last}`})`;
    return { file, line: lines[1], severity: 'warning', kind: 'split', reason: `split into ${parts.length} documents — a compilation: its own page “${short(titles[0] ?? '')}” (line ${lines[0]}) and ${texts}. ${fix}` };
  }
  const each = parts.map((p, i) => `${i + 1} “${short(titles[i] ?? '')}” (line ${lines[i]}): ${why(p, i, titles[i] ?? '')}`);
  return {
    file,
    line: lines[1],
    severity: 'warning',
    kind: 'split',
    reason: `split into ${parts.length} documents — ${each.join('; ')}. ${fix}`,
  };
}

function why(part: DocumentPart, i: number, title: string): string {
  if (part.kind === 'article') return `text ${part.order ?? i} of the compilation's 目录`;
  if (part.issuedBy !== undefined) return `issued or forwarded by document ${part.issuedBy + 1}, which names it${part.issuedName && part.issuedName !== title ? ` ${part.issuedName}` : ''}`;
  if (i === 0) return 'the first text';
  return 'a new title with a document head of its own (an issuer line before it or a date line after it)';
}

function short(title: string): string {
  return title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1)}…` : title;
}
