// Atom feed of the newest documents in each script: zh-hans/feed.xml, zh-hant/feed.xml
// (src/lib/web/feed.ts), linked from the home pages.
import type { APIRoute } from 'astro';
import { config } from '../../lib/config.ts';
import { corpus, readBody } from '../../lib/docs.ts';
import { ROUTE, ui } from '../../lib/i18n.ts';
import { docConverter, typeConverter, type Script } from '../../lib/script-view.ts';
import { atomFeed, FEED_SIZE } from '../../lib/web/feed.ts';
import { firstParagraph } from '../../lib/web/plain-text.ts';

export function getStaticPaths() {
  return (['hans', 'hant'] as const).map((script) => ({ params: { lang: ROUTE[script] }, props: { script } }));
}

export const GET: APIRoute = ({ props }) => {
  const { script } = props as { script: Script };
  const type = typeConverter(script, config.variant);
  const entries = corpus().docs.filter((d) => d.data.date).slice(0, FEED_SIZE).map((doc) => {
    const convert = docConverter(doc.data, script, config.variant);
    return { slug: doc.data.slug, title: convert(doc.data.title), issuer: doc.data.issuer ? convert(doc.data.issuer) : null, type: type(doc.data.type), summary: convert(firstParagraph(readBody(doc))), date: doc.data.date! };
  });
  const xml = atomFeed(entries, { script, title: `${config.title} · ${ui[script].recent}`, siteTitle: config.title, site: config });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
