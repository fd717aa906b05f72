// sitemap.xml: every reading page in both scripts (with hreflang alternates) and every compare
// page, plus the home pages. A pure function of the corpus metadata and the site URL, so a build
// script can regenerate it alone. The protocol wants absolute URLs: without WENYUAN_SITE there is
// no sitemap (see README). More than 50,000 URLs are split into sitemap-<n>.xml files listed by a
// sitemap index in sitemap.xml.
import { LANG } from '../i18n.ts';
import { routes } from '../paths.ts';
import type { Script } from '../script-view.ts';
import { absoluteUrl, type SiteUrls } from './site-url.ts';
import { escapeXml } from './xml.ts';

export interface SitemapDoc {
  slug: string;
  date?: string | null;
  /** other dates that change what the page says (effective, repealed) */
  changed?: (string | null | undefined)[];
}

export interface SitemapFile {
  /** file name at the site root */
  name: string;
  xml: string;
}

export const SITEMAP_LIMIT = 50_000;
const SCRIPTS: Script[] = ['hans', 'hant'];

interface Url {
  loc: string;
  lastmod?: string;
  alternates?: { lang: string; href: string }[];
}

/** The newest of a document's dates, as the page's last modification. */
export function lastmodOf(doc: SitemapDoc): string | undefined {
  const dates = [doc.date, ...(doc.changed ?? [])].filter((d): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d));
  return dates.sort().at(-1);
}

function urlsOf(docs: SitemapDoc[], site: SiteUrls, defaultScript: Script): Url[] {
  const abs = (route: string) => absoluteUrl(site, route)!;
  const pair = (route: (s: Script) => string) => [
    ...SCRIPTS.map((s) => ({ lang: LANG[s], href: abs(route(s)) })),
    { lang: 'x-default', href: abs(route(defaultScript)) },
  ];
  const out: Url[] = [{ loc: abs(routes.root()) }];
  for (const s of SCRIPTS) out.push({ loc: abs(routes.home(s)), alternates: pair(routes.home) });
  for (const d of docs) {
    const lastmod = lastmodOf(d);
    for (const s of SCRIPTS) out.push({ loc: abs(routes.read(s, d.slug)), lastmod, alternates: pair((x) => routes.read(x, d.slug)) });
    out.push({ loc: abs(routes.compare(d.slug)), lastmod });
  }
  return out;
}

function urlset(urls: Url[]): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">'];
  for (const u of urls) {
    lines.push('  <url>', `    <loc>${escapeXml(u.loc)}</loc>`);
    if (u.lastmod) lines.push(`    <lastmod>${u.lastmod}</lastmod>`);
    for (const a of u.alternates ?? []) lines.push(`    <xhtml:link rel="alternate" hreflang="${escapeXml(a.lang)}" href="${escapeXml(a.href)}"/>`);
    lines.push('  </url>');
  }
  lines.push('</urlset>', '');
  return lines.join('\n');
}

/** The sitemap file(s), or [] when the site's origin is unknown. Documents in corpus order. */
export function sitemapFiles(docs: SitemapDoc[], site: SiteUrls, defaultScript: Script = 'hans', limit = SITEMAP_LIMIT): SitemapFile[] {
  if (!site.site) return [];
  const urls = urlsOf(docs, site, defaultScript);
  if (urls.length <= limit) return [{ name: 'sitemap.xml', xml: urlset(urls) }];
  const parts: SitemapFile[] = [];
  for (let i = 0; i < urls.length; i += limit) parts.push({ name: `sitemap-${parts.length + 1}.xml`, xml: urlset(urls.slice(i, i + limit)) });
  const index = ['<?xml version="1.0" encoding="UTF-8"?>', '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'];
  for (const p of parts) index.push(`  <sitemap><loc>${escapeXml(absoluteUrl(site, p.name)!)}</loc></sitemap>`);
  index.push('</sitemapindex>', '');
  return [{ name: 'sitemap.xml', xml: index.join('\n') }, ...parts];
}

