// Maintaining an archive: after the cold build of a size, one raw file is added, then
// changed, then removed again (the corpus ends as it began); each time the converter and the site build run
// incrementally (as `npm run build` does) and are measured. At sizes up to `verifyUpTo` the site
// after "add + change" is also built cold into a second folder and compared with the incremental
// one file by file (they must be identical).
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesIn } from '../../scripts/build/reuse-files.ts';
import type { Layout } from './layout.ts';
import type { Outcome } from './outcome.ts';
import { convert, rebuildSite } from './wenyuan.ts';

export interface SiteStep {
  /** convert (content-hash cache) */
  convert: Outcome;
  /** build:site, incremental */
  site: Outcome;
}

export interface Comparison { files: number; differing: string[]; missing: string[]; extra: string[] }

export interface SiteIncrementalResult {
  unchanged?: SiteStep;
  add?: SiteStep;
  change?: SiteStep;
  remove?: SiteStep;
  /** incremental site vs a cold build of the same inputs */
  equal?: Comparison & { coldSite: Outcome };
  error?: string;
}

/** A new document, unlike any synthetic one (its own title, so its own slug). */
export const addedRaw = [
  '关于加强档案数字化管理工作的通知',
  '',
  '（2026年12月7日）',
  '',
  '各市、县（市、区）人民政府，省政府直属各单位：',
  '',
  '为推进档案数字化管理，提高档案利用效率，现就有关事项通知如下。',
  '',
  '一、总体要求',
  '',
  '坚持统筹规划、分步实施，确保档案数字化工作规范有序。到2027年底，重点档案基本实现数字化。',
  '',
  '二、主要任务',
  '',
  '（一）建立健全档案数字化标准体系。制定档案扫描、著录、存储等技术规范。',
  '',
  '（二）加强档案数字化成果管理。做好数字档案的备份和安全防护工作。',
  '',
  '三、保障措施',
  '',
  '各地各部门要加强组织领导，落实工作经费，确保各项任务按期完成。',
  '',
].join('\n');

const ADDED = 'zz-bench-added-notice.txt';

async function step(l: Layout): Promise<SiteStep> {
  const c = await convert(l, { clean: false });
  const site = c.status === 'ok' ? await rebuildSite(l) : { status: 'skipped' as const, reason: 'convert failed' };
  return { convert: c, site };
}

/** Site `a` against site `b` (the reference), file by file (at most 20 names per list). */
export function compare(a: string, b: string): Comparison {
  const fa = new Set(filesIn(a)), fb = new Set(filesIn(b));
  const differing = [...fb].filter((f) => fa.has(f) && !readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
  return { files: fb.size, differing: differing.slice(0, 20), missing: [...fb].filter((f) => !fa.has(f)).slice(0, 20), extra: [...fa].filter((f) => !fb.has(f)).slice(0, 20) };
}

export async function siteIncremental(l: Layout, verifyUpTo: number): Promise<SiteIncrementalResult> {
  const out: SiteIncrementalResult = {};
  const added = join(l.raw, ADDED);
  try {
    out.unchanged = await step(l);
    writeFileSync(added, addedRaw);
    out.add = await step(l);
    writeFileSync(added, `${addedRaw}\n四、其他\n\n本通知自印发之日起施行。\n`);
    out.change = await step(l);
    if (l.n <= verifyUpTo) {
      const coldDir = join(l.dir, 'dist-cold');
      const coldSite = await rebuildSite(l, { outDir: coldDir, clean: true });
      out.equal = { ...(coldSite.status === 'ok' ? compare(l.dist, coldDir) : { files: 0, differing: [], missing: [], extra: [] }), coldSite };
      rmSync(coldDir, { recursive: true, force: true });
      rmSync(join(l.dir, '.dist-cold.record'), { recursive: true, force: true });
    }
  } catch (e) {
    out.error = (e as Error).message;
  } finally {
    if (existsSync(added)) rmSync(added);
  }
  if (!out.error) out.remove = await step(l);
  return out;
}
