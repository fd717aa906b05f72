// Fields of a Markdown copy's front matter (Hugo, Jekyll, LawRefBook-style sites) that say something
// about the document. They are hints only: the text's own head wins when it names the field.

/** Keys holding the document's title. */
export const FRONT_MATTER_TITLE_KEYS: readonly { key: string; reason: string }[] = [
  { key: 'title', reason: 'Hugo, Jekyll, Astro and most site generators' },
  { key: 'name', reason: 'some law collections name the law instead' },
];

/** Keys holding a date of the document (publication or adoption; the first present wins). */
export const FRONT_MATTER_DATE_KEYS: readonly { key: string; reason: string }[] = [
  { key: 'date', reason: 'Hugo, Jekyll: the page date, the document date on a law site' },
  { key: 'publishDate', reason: 'Hugo: publication date' },
  { key: 'pubDate', reason: 'Astro blog template' },
  { key: 'published', reason: 'some Jekyll themes' },
];
