// What the report routes need of every report before they know which pages changed: whether it
// loads, and its lists with their page counts (src/lib/report/lists.ts). Reading that from the
// reports themselves means parsing every report of the archive (~450 MB of JSON at 10,000
// documents, most of an incremental build's bookkeeping), so a report's plan is kept in the build
// record under a key of the report's bytes and the site hash, and an incremental build parses only
// the reports whose bytes changed (and those whose pages it renders).
//   <record>/report-plans.cache   { "<key>": [[list slug, pages], …] | null (no valid report) }
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listsOf } from '../report/lists-cache.ts';
import { sha256 } from '../render/hash.ts';
import { reportHash, siteHash } from './page-keys.ts';

export type ReportPlan = [slug: string, pages: number][] | null;

const FILE = 'report-plans.cache';
let previous: Record<string, ReportPlan> | undefined;
const now: Record<string, ReportPlan> = {};

function load(env: NodeJS.ProcessEnv): Record<string, ReportPlan> {
  if (previous) return previous;
  previous = {};
  if (env.WENYUAN_PREV_RECORD) {
    try {
      previous = JSON.parse(readFileSync(join(env.WENYUAN_PREV_RECORD, FILE), 'utf8')) as Record<string, ReportPlan>;
    } catch {
      // none (a cold build) or unreadable: plans are made from the reports
    }
  }
  return previous;
}

/** The report's lists as [slug, pages], or null when it has no valid report. */
export function reportPlan(rawFile: string, env: NodeJS.ProcessEnv = process.env): ReportPlan {
  const hash = reportHash(rawFile);
  if (hash === null) return null;
  const key = sha256(`${siteHash()}\0${hash}`);
  if (key in now) return now[key]!;
  const known = env.WENYUAN_BUILD_RECORD ? load(env)[key] : undefined;
  let plan: ReportPlan;
  if (known !== undefined) plan = known;
  else plan = listsOf(rawFile)?.map((l) => [l.slug, l.pages]) ?? null;
  now[key] = plan;
  return plan;
}

/** Writes the plans used by this build into its record (call after the route's plans are made). */
export function saveReportPlans(env: NodeJS.ProcessEnv = process.env): void {
  if (env.WENYUAN_BUILD_RECORD) writeFileSync(join(env.WENYUAN_BUILD_RECORD, FILE), JSON.stringify(now));
}
