// The converter's one configuration: where it reads and writes, relative to the project root, and
// which raw files it takes. Every converter module takes its paths from here.

export const PATHS = {
  raw: 'content/raw',
  docs: 'content/docs',
  report: 'content/report',
  corrections: 'content/corrections',
  registry: 'content/slug-registry.tsv',
  /** Chosen slugs for documents not yet registered (`<raw file>#<n>` → slug). */
  slugs: 'content/slugs.json',
  cache: 'node_modules/.cache/wenyuan-convert',
} as const;

/**
 * Extensions of the raw files that are converted. Anything else in content/raw/ (`.bak`, `.pdf`,
 * `.docx`, no extension) is listed once in the summary and left alone: a backup copy must not
 * become a second published document.
 */
export const TEXT_EXTENSIONS = ['.txt', '.text', '.md', '.markdown'] as const;

/**
 * Largest raw file converted, in bytes. 20 MB of Chinese text is ~7 million characters, about 40
 * times the largest policy compilation seen; past that the reading page alone would be tens of MB
 * and the build's memory grows with it. Split such a file into parts (one per volume or chapter).
 */
export const MAX_RAW_BYTES = 20 * 1024 * 1024;

/**
 * Largest document, in characters of its source text. 1,000,000 characters is about ten times the
 * Civil Code (民法典, ~107,000), the longest single text the corpus is meant for; at the limit the
 * reading page is 7.4 MB of HTML, the compare page 12.9 MB and the build's largest process 0.9 GB
 * (docs/reliability.md). Past that a page stops being readable in a browser and
 * the pre-render entry and the build's memory grow with it (a 100 MB text gave a 296 MB compare
 * page and a 7.2 GB build). Such a "document" is almost always a compilation whose parts the split
 * did not find, or several texts in one file.
 */
export const MAX_DOC_CHARS = 1_000_000;
