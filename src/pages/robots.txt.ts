// robots.txt: everything may be crawled; names the sitemap when the origin is known. (Crawlers
// read robots.txt only at the host's root: under a base path, copy it there if wanted.)
import type { APIRoute } from 'astro';
import { config } from '../lib/config.ts';
import { absoluteUrl } from '../lib/web/site-url.ts';

export const GET: APIRoute = () => {
  const sitemap = absoluteUrl(config, 'sitemap.xml');
  const text = ['User-agent: *', 'Allow: /', ...(sitemap ? [`Sitemap: ${sitemap}`] : []), ''].join('\n');
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
