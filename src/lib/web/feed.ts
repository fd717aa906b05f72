// Atom feed of the newest documents in one script (zh-hans/feed.xml, zh-hant/feed.xml). A pure
// function of already-converted entries, so a build script can regenerate it alone. Links are
// absolute when the origin is known (WENYUAN_SITE), else relative to the feed's own URL (Atom
// resolves them against it); ids never depend on where the site is hosted.
import { LANG } from '../i18n.ts';
import { routes } from '../paths.ts';
import type { Script } from '../script-view.ts';
import { absoluteUrl, type SiteUrls } from './site-url.ts';
import { escapeXml } from './xml.ts';

export interface FeedEntry {
  slug: string;
  /** title, issuer, type and summary already in the feed's script */
  title: string;
  issuer?: string | null;
  type?: string;
  summary?: string;
  date: string;
}

export interface FeedOptions {
  script: Script;
  /** feed title (site title and "newest documents", in the feed's script) */
  title: string;
  /** the site title, as the feed's author when an entry has no issuer */
  siteTitle: string;
  site: SiteUrls;
}

/** How many documents a feed lists. */
export const FEED_SIZE = 50;

export const feedRoute = (script: Script): string => `${routes.home(script)}feed.xml`;

const stamp = (date: string) => `${date}T00:00:00Z`;

/** Entries are taken in the order given (newest first); only dated documents belong in a feed. */
export function atomFeed(entries: FeedEntry[], o: FeedOptions): string {
  const self = feedRoute(o.script);
  // Relative hrefs are relative to the feed file, which sits in the script's home folder.
  const href = (route: string) => absoluteUrl(o.site, route) ?? (route.slice(routes.home(o.script).length) || './');
  const id = (what: string) => `urn:wenyuan:${what}`;
  const updated = entries[0]?.date ?? '1970-01-01';
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${LANG[o.script]}">`,
    `  <id>${id(`feed:${o.script}`)}</id>`,
    `  <title>${escapeXml(o.title)}</title>`,
    `  <updated>${stamp(updated)}</updated>`,
    `  <author><name>${escapeXml(o.siteTitle)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(absoluteUrl(o.site, self) ?? 'feed.xml')}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(href(routes.home(o.script)))}"/>`,
  ];
  for (const e of entries) {
    out.push(
      '  <entry>',
      `    <id>${id(`doc:${e.slug}`)}</id>`,
      `    <title>${escapeXml(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(href(routes.read(o.script, e.slug)))}"/>`,
      `    <published>${stamp(e.date)}</published>`,
      `    <updated>${stamp(e.date)}</updated>`,
    );
    if (e.issuer) out.push(`    <author><name>${escapeXml(e.issuer)}</name></author>`);
    if (e.type) out.push(`    <category term="${escapeXml(e.type)}"/>`);
    if (e.summary) out.push(`    <summary>${escapeXml(e.summary)}</summary>`);
    out.push('  </entry>');
  }
  out.push('</feed>', '');
  return out.join('\n');
}
