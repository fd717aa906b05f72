// The attribute block the converter writes after a heading or a 款 paragraph and the site reads:
//   ## 第四条 {#art4 .run-in marker=第四条}      text of the second paragraph {#art4-p2 marker=第二款}
// `#id` is the anchor, `.class` a class, `marker=` what the block adds to a citation path (the
// heading's numbering marker, or 序言, 第二款 …; no spaces or braces). Source text never produces
// a block: the emitter escapes `{` and `}` in it.

export interface BlockAttributes {
  id?: string;
  classes: string[];
  marker?: string;
}

/** Parses the content between the braces. null if a token is not understood. */
export function parseAttributes(source: string): BlockAttributes | null {
  const result: BlockAttributes = { classes: [] };
  for (const token of source.trim().split(/\s+/).filter(Boolean)) {
    if (/^#[A-Za-z][\w-]*$/.test(token)) result.id = token.slice(1);
    else if (/^\.[A-Za-z][\w-]*$/.test(token)) result.classes.push(token.slice(1));
    else if (/^marker=[^\s{}]+$/.test(token)) result.marker = token.slice('marker='.length);
    else return null;
  }
  return result;
}

/** `{#art4 .run-in marker=第四条}`; a marker is written without spaces, and not at all when it has braces. */
export function formatAttributes(a: BlockAttributes): string {
  const tokens = [...(a.id ? [`#${a.id}`] : []), ...a.classes.map((c) => `.${c}`)];
  const marker = a.marker?.replace(/\s+/g, '');
  if (marker && !/[{}]/.test(marker)) tokens.push(`marker=${marker}`);
  return `{${tokens.join(' ')}}`;
}

/** A trailing attribute block: group 1 is its content. */
export const ATTRIBUTE_BLOCK = /[ \t]*\{([^{}]*)\}[ \t]*$/;
