// A report's lists for the pages that show them (report/<file>/<list>/…), parsed once per report
// while its pages are rendered and then let go: a national archive's reports are gigabytes of
// JSON, so holding them all (as page props did: 4.85 GB peak at 10,000 documents) is not an option.
import { loadReport } from '../reports.ts';
import { reportLists, type ReportList } from './lists.ts';

/** Reports kept parsed: Astro renders a report's pages together, a few at a time. */
const KEEP = 8;
const recent = new Map<string, ReportList[] | null>();

/** The lists of a raw file's report, or null when it has no valid report. */
export function listsOf(rawFile: string): ReportList[] | null {
  let lists = recent.get(rawFile);
  if (lists !== undefined) recent.delete(rawFile);
  else {
    const { report } = loadReport(rawFile);
    lists = report ? reportLists(report) : null;
  }
  recent.set(rawFile, lists);
  if (recent.size > KEEP) recent.delete(recent.keys().next().value!);
  return lists;
}
