// Absolute URLs of pages, for the places that need them (sitemap, canonical, OpenGraph, JSON-LD,
// feeds). They exist only when the site's origin is known (WENYUAN_SITE); everywhere else the
// site links relatively, so it works under any base path and from file://.
export interface SiteUrls {
  /** origin such as https://policy.example.org (a path in WENYUAN_SITE is ignored: the base path is WENYUAN_BASE) */
  site?: string;
  /** base path, '/' or '/intranet/policy/' */
  base: string;
}

/** The absolute URL of a site-relative route, or null when the origin is unknown. */
export function absoluteUrl(urls: SiteUrls, route: string): string | null {
  if (!urls.site) return null;
  return new URL(`${urls.base}${route}`, urls.site).href;
}
