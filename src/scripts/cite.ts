// Empty on purpose: the citation code is now cite-buttons.ts (in every page's script, site.ts) and
// cite-copy.ts (loaded on first use). src/pages/[lang]/[slug].astro still inlines this entry; once
// it stops, delete this file. An empty entry inlines as an empty string.
export {};
