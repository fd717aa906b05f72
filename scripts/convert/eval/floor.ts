import type { Summary } from './summary.ts';

// The scores the converter has reached on the real-world set, kept as data
// (tests/fixtures/real/scores.json): a change may improve them, never make them worse.

export type Floor = Record<string, { allFieldsRight: number; f1: number; articleIds: number; structureIds?: number; clauseIds?: number; tableHeadings: number; pageNumbersLeft: number; furnitureLeft: number; splitParagraphs: number; charsLost: number }>;

export function floorOf(rows: Summary[]): Floor {
  return Object.fromEntries(
    rows.map((r) => [
      r.group,
      {
        allFieldsRight: round(r.allFieldsRight),
        f1: round(r.heading.f1),
        articleIds: round(r.articleIds),
        structureIds: round(r.structureIds),
        clauseIds: round(r.clauseIds),
        tableHeadings: r.tableHeadings,
        pageNumbersLeft: r.pageNumbersLeft,
        furnitureLeft: r.furnitureLeft,
        splitParagraphs: r.splitParagraphs,
        charsLost: r.charsLost,
      },
    ]),
  );
}

const round = (x: number) => Math.floor(x * 1000) / 1000;
const higherIsBetter = new Set(['allFieldsRight', 'f1', 'articleIds', 'structureIds', 'clauseIds']);

/** Lines naming each score that got worse than the floor. */
export function belowFloor(rows: Summary[], floor: Floor): string[] {
  const now = floorOf(rows);
  const out: string[] = [];
  for (const [group, scores] of Object.entries(floor)) {
    const cur = now[group];
    if (!cur) {
      out.push(`group ${group}: no files any more`);
      continue;
    }
    for (const [k, was] of Object.entries(scores) as [keyof typeof scores, number][]) {
      const is = cur[k];
      if (is === undefined || was === undefined) continue;
      if (higherIsBetter.has(k) ? is < was : is > was) out.push(`${group} ${k}: ${is} (was ${was})`);
    }
  }
  return out;
}
