// What a page tells HeadMeta.astro beyond its title and description.
export interface PageMeta {
  /** 'article' for a document, else 'website' */
  ogType?: 'article' | 'website';
  published?: string | null;
  /** issuer, type: shown by link previews */
  author?: string | null;
  section?: string;
  /** a feed to announce (route) */
  feed?: { route: string; title: string };
  jsonLd?: unknown;
}
