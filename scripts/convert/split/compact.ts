// Whitespace-insensitive matching: a compilation's table of contents wraps titles with spaces
// ("关于推进治理体系和治理能力 现代化的实施意见") that the article heading may or may not repeat.

/** Does `text` from `pos` spell `needle` when whitespace is ignored? Returns the end offset or -1. */
export function matchIgnoringSpace(text: string, pos: number, needle: string): number {
  let i = pos;
  for (let k = 0; k < needle.length; k++) {
    const ch = needle[k]!;
    if (/\s/.test(ch)) continue;
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (text[i] !== ch) return -1;
    i++;
  }
  return i;
}

export function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}
