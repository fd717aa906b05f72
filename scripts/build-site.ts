// npm run build:site — the site and its search index from converted Markdown:
//   1. pre-render every document on all cores (scripts/render/cli.ts);
//   2. astro build and the search index at the same time: both read the pre-render store, neither
//      needs the other's output, and each leaves a core idle part of the time. Astro empties its
//      outDir when it starts, so the index is written to a staging folder beside it and moved into
//      <outDir>/pagefind once both are done.
// Environment as for the steps themselves (WENYUAN_OUT_DIR, WENYUAN_CORPUS, WENYUAN_RENDER_DIR, …).
//   --sequential   run astro build, then the index (lower peak memory, slower)
//   --quiet        only the steps' summaries and errors
import { spawn } from 'node:child_process';
import { cpSync, existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** Said after every build without WENYUAN_SITE: copied citations then carry whatever address the
 * page was opened at (none from file://). */
const SITE_UNSET = 'build:site: WENYUAN_SITE is not set: copied citations use the address a page is opened at, and none from file://. Set it to the published address (e.g. WENYUAN_SITE=https://policy.example.gov.cn) so every citation carries that URL.';

interface Part { name: string; command: string; args: string[] }

const tsx = (script: string, ...args: string[]): Part => ({ name: basename(dirname(script)), command: 'tsx', args: [script, ...args] });

/** Runs one part with its output prefixed; resolves with its exit code and wall time. */
function run(part: Part, env: NodeJS.ProcessEnv, prefix: boolean): Promise<{ code: number; ms: number }> {
  const t0 = performance.now();
  return new Promise((done) => {
    const child = spawn(part.command, part.args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    // Whole lines only, so the two parts' output never mixes within a line.
    const pipe = (to: NodeJS.WriteStream) => {
      let rest = '';
      const flush = (text: string) => { if (text) to.write(text.replace(/^(?=.)/gm, `[${part.name}] `)); };
      return {
        data: (chunk: Buffer) => {
          if (!prefix) return void to.write(chunk);
          const text = rest + chunk.toString();
          const cut = text.lastIndexOf('\n') + 1;
          flush(text.slice(0, cut));
          rest = text.slice(cut);
        },
        end: () => flush(rest && `${rest}\n`),
      };
    };
    const out = pipe(process.stdout), err = pipe(process.stderr);
    child.stdout.on('data', out.data);
    child.stderr.on('data', err.data);
    child.on('error', (e) => { console.error(`build:site: could not start ${part.command}: ${e.message}. Run npm install first.`); done({ code: 127, ms: 0 }); });
    child.on('close', (code) => { out.end(); err.end(); done({ code: code ?? 1, ms: performance.now() - t0 }); });
  });
}

/** Moves the staged index into the site (a copy when they are on different file systems). */
function place(staging: string, target: string): void {
  rmSync(target, { recursive: true, force: true });
  try {
    renameSync(staging, target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    cpSync(staging, target, { recursive: true });
    rmSync(staging, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { sequential: { type: 'boolean', default: false }, quiet: { type: 'boolean', default: false } } });
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  const outDir = resolve(env.WENYUAN_OUT_DIR ?? 'dist');
  // Beside outDir (same file system, so the final move is a rename); never inside it.
  const staging = join(dirname(outDir), `.${basename(outDir)}-pagefind-staging`);
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

  const render = await run(tsx('scripts/render/cli.ts'), env, false);
  if (render.code !== 0) return render.code;
  const astro: Part = { name: 'astro', command: 'astro', args: ['build', ...(values.quiet ? ['--silent'] : [])] };
  const search = tsx('scripts/search/build-index.ts', '--out', staging, ...(values.quiet ? ['--quiet'] : []));
  let site, index;
  if (values.sequential) {
    site = await run(astro, env, false);
    index = site.code === 0 ? await run(search, env, false) : { code: 1, ms: 0 };
  } else {
    [site, index] = await Promise.all([run(astro, env, true), run(search, env, true)]);
  }
  if (site.code !== 0 || index.code !== 0) {
    rmSync(staging, { recursive: true, force: true });
    console.error(`build:site: failed (${site.code !== 0 ? 'astro build' : 'search index'}; its messages are above, prefixed [astro] or [search]).`);
    return site.code || index.code;
  }
  if (!existsSync(outDir)) throw new Error(`astro build finished but ${outDir} does not exist; check WENYUAN_OUT_DIR.`);
  place(staging, join(outDir, 'pagefind'));
  console.log(`build:site: pre-render ${seconds(render.ms)}, astro build ${seconds(site.ms)}, search index ${seconds(index.ms)} → ${outDir}`);
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
