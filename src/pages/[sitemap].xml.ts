// sitemap.xml (and sitemap-<n>.xml beyond 50,000 URLs) from src/lib/web/sitemap.ts. Only when the
// site's origin is known (WENYUAN_SITE): the sitemap protocol requires absolute URLs.
import type { APIRoute } from 'astro';
import { config } from '../lib/config.ts';
import { corpus } from '../lib/docs.ts';
import { sitemapFiles } from '../lib/web/sitemap.ts';

export function getStaticPaths() {
  const docs = corpus().docs.map((d) => ({ slug: d.data.slug, date: d.data.date, changed: [d.data.effective, d.data.repealed] }));
  const files = sitemapFiles(docs, config, config.defaultScript);
  if (files.length === 0) console.warn('sitemap: WENYUAN_SITE is not set, so no sitemap.xml is written (it needs absolute URLs). Set WENYUAN_SITE=https://your.host to get one.');
  return files.map((f) => ({ params: { sitemap: f.name.replace(/\.xml$/, '') }, props: { xml: f.xml } }));
}

export const GET: APIRoute = ({ props }) => new Response((props as { xml: string }).xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
