// npm run package — the built site (dist/, after npm run build) as one ZIP for offline
// distribution: unpack it anywhere and open index.html; every page works from file:// (links are
// relative, and on file:// a little script points directory links at index.html). Search needs the
// site served (npm run serve, or any static server). Same site → same archive, byte for byte.
//   --dist <dir>   the built site (default dist, or WENYUAN_OUT_DIR)
//   --out <file>   the archive (default wenyuan-site.zip)
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { zip, type ZipEntry } from './package/zip.ts';

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });
}

function main(): number {
  const { values } = parseArgs({ options: { dist: { type: 'string' }, out: { type: 'string', default: 'wenyuan-site.zip' } } });
  const dist = values.dist ?? process.env.WENYUAN_OUT_DIR ?? 'dist';
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`package: ${dist}/index.html not found. Build the site first (npm run build), or pass --dist <folder>.`);
    return 1;
  }
  // The top folder makes the archive unpack into one place, named after the archive.
  const top = values.out.replace(/^.*\//, '').replace(/\.zip$/, '');
  const entries: ZipEntry[] = files(dist).map((f) => ({ name: `${top}/${relative(dist, f).split('\\').join('/')}`, data: readFileSync(f) }));
  const archive = zip(entries);
  writeFileSync(values.out, archive);
  const mb = (n: number) => (n / 1e6).toFixed(1);
  const raw = entries.reduce((n, e) => n + e.data.length, 0);
  console.log(`package: ${entries.length} files, ${mb(raw)} MB → ${values.out} (${mb(archive.length)} MB). Unpack it and open ${top}/index.html.`);
  return 0;
}

process.exit(main());
