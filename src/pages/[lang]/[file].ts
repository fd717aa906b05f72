// Downloads of each document in each script: zh-hans/<slug>.md, zh-hans/<slug>.txt, zh-hant/…
// (src/lib/web/downloads.ts). Plain files beside the reading page's folder, so they also open from file://.
import type { APIRoute } from 'astro';
import { config } from '../../lib/config.ts';
import { corpus, readSource, type DocEntry } from '../../lib/docs.ts';
import { ROUTE } from '../../lib/i18n.ts';
import { docConverter, typeConverter, type Script } from '../../lib/script-view.ts';
import { downloadMarkdown, downloadText } from '../../lib/web/downloads.ts';
import { downloadKey } from '../../lib/incremental/page-keys.ts';
import { keepChanged } from '../../lib/incremental/reuse.ts';

export function getStaticPaths() {
  const files = (['hans', 'hant'] as const).flatMap((script) =>
    corpus().docs.flatMap((doc) => (['md', 'txt'] as const).map((ext) => ({ params: { lang: ROUTE[script], file: `${doc.data.slug}.${ext}` }, props: { script, doc, ext } }))),
  );
  // Incremental builds (scripts/build-site.ts) write only the files whose inputs changed.
  return keepChanged('download', files, (p) => `${p.params.lang}/${p.params.file}`, (p) => downloadKey(p.props.doc, p.props.script, p.props.ext));
}

export const GET: APIRoute = ({ props }) => {
  const { script, doc, ext } = props as { script: Script; doc: DocEntry; ext: 'md' | 'txt' };
  const input = { data: doc.data, source: readSource(doc), script, convert: docConverter(doc.data, script, config.variant), type: typeConverter(script, config.variant)(doc.data.type) };
  const text = ext === 'md' ? downloadMarkdown(input) : downloadText(input);
  return new Response(text, { headers: { 'Content-Type': ext === 'md' ? 'text/markdown; charset=utf-8' : 'text/plain; charset=utf-8' } });
};
