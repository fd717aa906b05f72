// Page-level recall and precision, micro-averaged over queries (Σ true hits / Σ relevant,
// Σ true hits / Σ returned), per index language and query script.
import type { EvalQuery } from './queries.ts';

export interface QueryOutcome { query: EvalQuery; lang: 'zh-Hans' | 'zh-Hant'; relevant: Set<string>; returned: string[]; ms: number }

export interface Row { lang: string; queries: string; n: number; relevant: number; returned: number; hits: number; recall: number; precision: number }

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function score(outcomes: QueryOutcome[], lang: string, label: string): Row {
  let relevant = 0, returned = 0, hits = 0;
  for (const o of outcomes) {
    relevant += o.relevant.size;
    returned += o.returned.length;
    hits += o.returned.filter((u) => o.relevant.has(u)).length;
  }
  return { lang, queries: label, n: outcomes.length, relevant, returned, hits, recall: ratio(hits, relevant), precision: ratio(hits, returned) };
}

/** Rows: each index language × (same-script, cross-script, all). */
export function table(outcomes: QueryOutcome[]): Row[] {
  const rows: Row[] = [];
  for (const lang of ['zh-Hans', 'zh-Hant'] as const) {
    const mine = outcomes.filter((o) => o.lang === lang);
    const own = lang === 'zh-Hans' ? 'hans' : 'hant';
    rows.push(score(mine.filter((o) => o.query.script === own), lang, `${own === 'hans' ? '简体' : '繁體'} queries (same script)`));
    rows.push(score(mine.filter((o) => o.query.script !== own), lang, `${own === 'hans' ? '繁體' : '简体'} queries (cross-script)`));
    rows.push(score(mine, lang, 'all'));
  }
  return rows;
}

export function formatTable(rows: Row[]): string {
  const f = (x: number) => x.toFixed(3);
  const lines = ['| index | queries | n | relevant | returned | recall | precision |', '|---|---|---:|---:|---:|---:|---:|'];
  for (const r of rows) lines.push(`| ${r.lang} | ${r.queries} | ${r.n} | ${r.relevant} | ${r.returned} | ${f(r.recall)} | ${f(r.precision)} |`);
  return lines.join('\n');
}

/** Queries that lost relevant pages or returned wrong ones, for the report. */
export function misses(outcomes: QueryOutcome[]): string[] {
  const out: string[] = [];
  for (const o of outcomes) {
    const fn = [...o.relevant].filter((u) => !o.returned.includes(u)).length;
    const fp = o.returned.filter((u) => !o.relevant.has(u)).length;
    if (fn || fp) out.push(`${o.lang} ${o.query.q} (${o.query.script}): missed ${fn}, wrong ${fp}`);
  }
  return out;
}
