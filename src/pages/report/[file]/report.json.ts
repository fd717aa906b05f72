// The conversion report of one raw file as the converter wrote it (content/report/<raw file>.json),
// beside its page, for tools.
import type { APIRoute } from 'astro';
import { corpus } from '../../../lib/docs.ts';
import { reportSlugs } from '../../../lib/paths.ts';
import { loadReport, reportFiles } from '../../../lib/reports.ts';
import { propsKey, reportHash } from '../../../lib/incremental/page-keys.ts';
import { reportPlan, saveReportPlans } from '../../../lib/incremental/report-plans.ts';
import { keepChanged } from '../../../lib/incremental/reuse.ts';

export function getStaticPaths() {
  const files = new Set([...reportFiles(), ...corpus().bySource.keys()]);
  const pages = [...reportSlugs([...files].sort())]
    .filter(([rawFile]) => reportPlan(rawFile) !== null) // a valid report (its plan is kept in the build record)
    .map(([rawFile, file]) => ({ params: { file }, props: { rawFile } }));
  saveReportPlans();
  // Incremental builds (scripts/build-site.ts) write only the reports that changed.
  return keepChanged('report-json', pages, (p) => `report/${p.params.file}/report.json`, (p) => propsKey('report-json', p.props, reportHash(p.props.rawFile)));
}

export const GET: APIRoute = ({ props }) => {
  const { report } = loadReport((props as { rawFile: string }).rawFile);
  return new Response(`${JSON.stringify(report, null, 1)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
