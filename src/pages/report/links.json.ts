// Every cross-reference of the corpus with its outcome (src/lib/xref/), as data.
import type { APIRoute } from 'astro';
import { config } from '../../lib/config.ts';
import { corpus } from '../../lib/docs.ts';
import { countRefs } from '../../lib/xref/corpus.ts';
import { corpusXref } from '../../lib/xref/load.ts';

export const GET: APIRoute = () => {
  const xref = corpusXref(corpus().docs, config.corpusDir);
  return new Response(`${JSON.stringify({ counts: countRefs(xref.refs), refs: xref.refs }, null, 1)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
