// The folders of one site build and the swap that publishes it. The build writes a complete new
// site into a staging folder beside the site and swaps it in only when every part succeeded, so a
// failed, killed or interrupted build leaves the previous site as it was.
//   <parent>/<name>/                 the site (WENYUAN_OUT_DIR, default dist/)
//   <parent>/.<name>.staging/        the new site while it is built
//   <parent>/.<name>.search-staging/ the search index while astro build runs (astro empties its outDir)
//   <parent>/.<name>.record/         what the published site was built from (page and shard keys)
//   <parent>/.<name>.record-new/     the same for the site being built
//   <parent>/.<name>.old/            the previous site during the swap
//   <parent>/.<name>.trash-<time>/   the previous site after the swap, deleted in the background
// Recovery: a leftover .old means the last swap was interrupted: the site is restored from it if
// it is missing, and the record is not trusted (the next build is cold). A leftover trash folder
// (its deletion was stopped) is only deleted.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

export interface Folders {
  site: string;
  staging: string;
  searchStaging: string;
  record: string;
  recordNew: string;
  old: string;
}

export function folders(outDir: string): Folders {
  const site = resolve(outDir);
  const at = (suffix: string) => join(dirname(site), `.${basename(site)}.${suffix}`);
  return { site, staging: at('staging'), searchStaging: at('search-staging'), record: at('record'), recordNew: at('record-new'), old: at('old') };
}

const rm = (path: string) => rmSync(path, { recursive: true, force: true });

/** Moves a folder (a copy when source and target are on different file systems). */
export function move(from: string, to: string): void {
  rm(to);
  try {
    renameSync(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    cpSync(from, to, { recursive: true });
    rm(from);
  }
}

/**
 * Cleans up after an interrupted build. Returns whether the previous build's record can be
 * trusted (false after an interrupted swap, or when there is no site or no record).
 */
export function recover(f: Folders): { trusted: boolean; note?: string } {
  let note: string | undefined;
  let trusted = true;
  if (existsSync(f.old)) {
    trusted = false;
    if (!existsSync(f.site)) {
      renameSync(f.old, f.site);
      note = `the last build was interrupted while publishing; restored the previous site from ${f.old}`;
    } else {
      rm(f.old);
      note = 'the last build was interrupted while publishing; building everything again';
    }
  }
  // What an interrupted build left: out of the way at once (a rename), deleted in the background.
  [f.staging, f.searchStaging, f.recordNew].filter((p) => existsSync(p)).forEach((p, i) => renameSync(p, trashName(f, i)));
  for (const t of trashOf(f)) removeInBackground(t);
  if (!existsSync(f.site) || !existsSync(f.record)) trusted = false;
  return { trusted, note };
}

/** Forgets the previous build's record (cold build). */
export function forget(f: Folders): void {
  rm(f.record);
}

/**
 * Publishes the staged site and its record: site → .old, staging → site, record-new → record,
 * .old → a trash folder deleted in the background. An interruption before the last rename leaves
 * .old behind, which recover() handles. The previous site is ~10 files per document (110,000 at
 * 10,000 documents; most of them links to the same bytes as the new site's), and unlinking them
 * took longer than the rest of an incremental build on a loaded machine: the build does not wait
 * for it.
 */
export function publish(f: Folders, background = true): void {
  if (existsSync(f.site)) renameSync(f.site, f.old);
  renameSync(f.staging, f.site);
  rm(f.record);
  renameSync(f.recordNew, f.record);
  if (!existsSync(f.old)) return;
  const trash = trashName(f);
  renameSync(f.old, trash);
  if (background) removeInBackground(trash);
  else rm(trash);
}

/** What names a trash folder (`.dist.trash-<time>-<pid>-<n>`), for this module and whoever must skip one. */
export const TRASH_MARK = '.trash-';

const trashName = (f: Folders, n = 0): string => `${f.old.slice(0, -'.old'.length)}${TRASH_MARK}${Date.now()}-${process.pid}-${n}`;

/** Trash folders of earlier builds (their deletion was stopped or is still running). */
function trashOf(f: Folders): string[] {
  if (!existsSync(dirname(f.site))) return [];
  const prefix = `${basename(f.old).slice(0, -'.old'.length)}${TRASH_MARK}`;
  return readdirSync(dirname(f.site)).filter((n) => n.startsWith(prefix)).map((n) => join(dirname(f.site), n));
}

/** Deletes a folder in a detached process that outlives the build (a second deleter of the same
 * folder, after an interrupted one, is harmless: whatever is left is deleted next time). */
function removeInBackground(path: string): void {
  const code = `try{require('node:fs').rmSync(${JSON.stringify(path)},{recursive:true,force:true,maxRetries:2})}catch{}`;
  spawn(process.execPath, ['-e', code], { detached: true, stdio: 'ignore' }).unref();
}
