// npm run build:site — the site and its search index from converted Markdown, incremental by default:
//   1. pre-render every changed document on all cores (scripts/render/cli.ts; unchanged ones are
//      in the content-addressed store already);
//   2. astro build and the search index at the same time: both read the pre-render store, neither
//      needs the other's output. Astro renders only the pages whose key changed
//      (src/lib/incremental/), the index only the shards whose key changed
//      (scripts/search/shard-plan.ts); everything else is linked from the previous site;
//   3. the new site is complete in a staging folder: it replaces the old one in one swap
//      (scripts/build/folders.ts). A failed or interrupted build leaves the previous site as it was.
// Keys are content hashes (Markdown, frontmatter, code, config), never file times, and the result
// is byte-identical to a cold build (tests/unit/build/incremental.test.ts).
// Environment as for the steps themselves (WENYUAN_OUT_DIR, WENYUAN_CORPUS, WENYUAN_RENDER_DIR, …).
//   --clean        build everything (ignore the previous site)
//   --sequential   run astro build, then the index (lower peak memory, slower)
//   --quiet        only the steps' summaries and errors
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { folders, forget, move, publish, recover } from './build/folders.ts';
import { filesIn, reusePages } from './build/reuse-files.ts';

/** Said after every build without WENYUAN_SITE: copied citations then carry whatever address the
 * page was opened at (none from file://). */
const SITE_UNSET = 'build:site: WENYUAN_SITE is not set: copied citations use the address a page is opened at, and none from file://. Set it to the published address (e.g. WENYUAN_SITE=https://policy.example.gov.cn) so every citation carries that URL.';

interface Part { name: string; command: string; args: string[] }

const tsx = (script: string, ...args: string[]): Part => ({ name: basename(dirname(script)), command: 'tsx', args: [script, ...args] });

/** Runs one part with its output prefixed; resolves with its exit code and wall time. */
function run(part: Part, env: NodeJS.ProcessEnv, prefix: boolean, onLine: (line: string) => void = () => {}): Promise<{ code: number; ms: number }> {
  const t0 = performance.now();
  return new Promise((done) => {
    const child = spawn(part.command, part.args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    // Whole lines only, so the two parts' output never mixes within a line.
    const pipe = (to: NodeJS.WriteStream) => {
      let rest = '';
      const emit = (text: string) => {
        if (!text) return;
        for (const line of text.split('\n')) onLine(line);
        to.write(prefix ? text.replace(/^(?=.)/gm, `[${part.name}] `) : text);
      };
      return {
        data: (chunk: Buffer) => {
          const text = rest + chunk.toString();
          const cut = text.lastIndexOf('\n') + 1;
          emit(text.slice(0, cut));
          rest = text.slice(cut);
        },
        end: () => emit(rest && `${rest}\n`),
      };
    };
    const out = pipe(process.stdout), err = pipe(process.stderr);
    child.stdout.on('data', out.data);
    child.stderr.on('data', err.data);
    child.on('error', (e) => { console.error(`build:site: could not start ${part.command}: ${e.message}. Run npm install first.`); done({ code: 127, ms: 0 }); });
    child.on('close', (code) => { out.end(); err.end(); done({ code: code ?? 1, ms: performance.now() - t0 }); });
  });
}

const count = (n: number) => n.toLocaleString('en-US');

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { clean: { type: 'boolean', default: false }, sequential: { type: 'boolean', default: false }, quiet: { type: 'boolean', default: false } } });
  const f = folders(process.env.WENYUAN_OUT_DIR || 'dist');
  // Loaded here, not imported: loading validates the whole site config, and its error is printed below.
  const { outDirProblem } = await import('../src/lib/config.ts');
  const problem = outDirProblem(f.site);
  if (problem) throw new Error(`WENYUAN_OUT_DIR: ${problem}. Choose a folder of its own, e.g. dist.`);
  const recovered = recover(f);
  if (recovered.note) console.log(`build:site: ${recovered.note}.`);
  if (values.clean) forget(f);
  const incremental = recovered.trusted && !values.clean;
  mkdirSync(f.recordNew, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    WENYUAN_OUT_DIR: f.staging,
    WENYUAN_BUILD_RECORD: f.recordNew,
    ...(incremental ? { WENYUAN_PREV_RECORD: f.record, WENYUAN_PREV_SITE: f.site } : {}),
  };
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const cleanup = () => { for (const p of [f.staging, f.searchStaging, f.recordNew]) rmSync(p, { recursive: true, force: true }); };

  const render = await run(tsx('scripts/render/cli.ts'), env, false);
  if (render.code !== 0) { cleanup(); return render.code; }
  const astro: Part = { name: 'astro', command: 'astro', args: ['build', ...(values.quiet ? ['--silent'] : [])] };
  const searchRecord = join(f.recordNew, 'search.json');
  const search = tsx('scripts/search/build-index.ts', '--out', f.searchStaging, '--record', searchRecord, ...(values.quiet ? ['--quiet'] : []),
    ...(incremental ? ['--prev-out', join(f.site, 'pagefind'), '--prev-record', join(f.record, 'search.json')] : []));
  let searchLine = '';
  const capture = (line: string) => { const m = /shards rebuilt (\d+) of (\d+)/.exec(line); if (m) searchLine = `search shards: rebuilt ${m[1]} of ${m[2]}`; };
  let site, index;
  if (values.sequential) {
    site = await run(astro, env, false);
    index = site.code === 0 ? await run(search, env, false, capture) : { code: 1, ms: 0 };
  } else {
    [site, index] = await Promise.all([run(astro, env, true), run(search, env, true, capture)]);
  }
  if (site.code !== 0 || index.code !== 0) {
    cleanup();
    console.error(`build:site: failed (${site.code !== 0 ? 'astro build' : 'search index'}; its messages are above, prefixed [astro] or [search]). The previous site in ${f.site} is unchanged.`);
    return site.code || index.code;
  }
  if (!existsSync(f.staging)) throw new Error(`astro build finished but ${f.staging} does not exist; check WENYUAN_OUT_DIR.`);
  const t0 = performance.now();
  const written = filesIn(f.staging);
  const rendered = written.filter((p) => p.endsWith('.html')).length;
  const reused = reusePages(f.recordNew, f.site, f.staging);
  const t1 = performance.now();
  move(f.searchStaging, join(f.staging, 'pagefind'));
  publish(f);
  const t2 = performance.now();
  console.log(`build:site: pre-render ${seconds(render.ms)}, astro build ${seconds(site.ms)}, search index ${seconds(index.ms)}, link reused ${seconds(t1 - t0)}, publish ${seconds(t2 - t1)} → ${f.site}`);
  console.log(`build:site: ${incremental ? 'incremental' : 'cold'}; pages: rebuilt ${count(rendered)}, reused ${count(reused.pages)}; other files: written ${count(written.length - rendered)}, reused ${count(reused.files)}; ${searchLine || 'search shards: ?'}`);
  if (!env.WENYUAN_SITE) console.log(SITE_UNSET);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`build:site: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  },
);
