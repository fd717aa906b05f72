import { lstatSync, readdirSync, existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { PATHS, TEXT_EXTENSIONS } from './cli-config.ts';

// Which entries of content/raw/ are converted. Everything else is accounted for: skipped entries
// (folders, links, dotfiles, other extensions) are listed once in the summary; names the
// converter cannot record (a `#`, TAB or line break goes into slug-registry.tsv, whose fields they
// separate) are refused on the first run with the rename to do.

export interface RawListing {
  /** Raw files to convert, sorted. */
  files: string[];
  /** Entries left alone, with why (for the summary). */
  skipped: { name: string; why: string }[];
  /** Files refused for their name, with the message naming the rename. */
  refused: { name: string; message: string }[];
}

// Characters that separate the registry's fields or lines, or break a shell command line; and
// invisible ones that make a name show reordered or look like another on the site and in reports
// (bidirectional controls such as U+202E: "a\u202Etxt.exe" shows as "aexe.txt"; line separators;
// U+FEFF). Same invisible set as data/invisible.ts, which warns about them inside the text.
const BAD_NAME = /[#\t\n\r\\\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u2028\u2029\ufeff]/g;
const INVISIBLE_IN_NAME = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u2028\u2029\ufeff]/;

const hex = (c: string) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
const describeChar = (c: string): string =>
  c === '#' ? '"#"' : c === '\t' ? 'a TAB' : c === '\n' || c === '\r' ? 'a line break' : c === '\\' ? 'a backslash'
    : INVISIBLE_IN_NAME.test(c) ? `the invisible character ${hex(c)}` : `control character ${hex(c)}`;

/** The name with every unusable character replaced by "-". */
export const safeName = (name: string): string => name.replace(BAD_NAME, '-');

const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`).replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/\r/g, '\\r')}'`;

export function listRaw(root: string): RawListing {
  const dir = join(root, PATHS.raw);
  const out: RawListing = { files: [], skipped: [], refused: [] };
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const st = lstatSync(join(dir, name));
    if (name.startsWith('.')) out.skipped.push({ name, why: 'hidden (dotfile)' });
    else if (st.isSymbolicLink()) out.skipped.push({ name, why: 'symbolic link (copy the file itself into content/raw/)' });
    else if (st.isDirectory()) out.skipped.push({ name, why: 'folder (content/raw/ is read flat)' });
    else if (!st.isFile()) out.skipped.push({ name, why: 'not a regular file' });
    else if (!(TEXT_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase())) {
      out.skipped.push({ name, why: `not a text file (converted: ${TEXT_EXTENSIONS.join(' ')})` });
    } else {
      const bad = [...new Set(name.match(BAD_NAME) ?? [])];
      if (bad.length === 0) out.files.push(name);
      else {
        out.refused.push({
          name,
          message:
            `${PATHS.raw}/${quote(name).slice(1, -1)}: the file name holds ${bad.map(describeChar).join(' and ')}, ` +
            `${bad.every((c) => INVISIBLE_IN_NAME.test(c)) ? 'which would make it show reordered or unlike itself on the site and in reports' : 'which the slug registry cannot record'}; ` +
            `rename it, e.g. mv ${quote(`${PATHS.raw}/${name}`)} ${quote(`${PATHS.raw}/${safeName(name)}`)}`,
        });
      }
    }
  }
  return out;
}

/** One summary line about what was left alone, or null. */
export function skippedLine(listing: RawListing, orphans: readonly string[]): string | null {
  const parts = listing.skipped.map((s) => `${s.name} — ${s.why}`);
  for (const o of orphans) parts.push(`${PATHS.corrections}/${o} — corrections for a raw file that does not exist`);
  if (parts.length === 0) return null;
  return `left alone (${parts.length}):\n${parts.map((p) => `  ${p}`).join('\n')}`;
}
