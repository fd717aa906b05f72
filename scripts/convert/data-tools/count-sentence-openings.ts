// Counts how sentences open after a full stop in large collections of laws, and writes
// scripts/convert/data/sentence-openings.ts (the wrap rule's word cue, clean/opening-odds.ts):
//   npx tsx scripts/convert/data-tools/count-sentence-openings.ts [--hold-out FILE …]
// Inside a paragraph: every sentence after the first (not one opening on a marker or a proviso 但,
// which other rules decide). At a paragraph start: a paragraph after one that ends on a full stop,
// opening on no marker (the only paragraph starts a wrap can be taken for). Sources (bare git mirrors):
// Taiwan's laws (kong0107/mojLawSplitJSON FalVMingLing/*.json, one 項 a line; a law whose text the
// database itself wrapped is left out) and LawRefBook/Laws (*.md, one 款 a paragraph). Every file named
// in tests/fixtures/real/sources.tsv, and in each --hold-out file (a set's sources.tsv or manifest.tsv),
// is held out, so the sets the converter is measured on are not counted.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TAIWAN = '/work/.mirror/kong0107+mojLawSplitJSON/repo';
const LAWREFBOOK = '/work/.mirror/LawRefBook+Laws/repo';
const OUT = join(import.meta.dirname, '../data/sentence-openings.ts');
/** An opening is kept when seen this often, in this many laws, and this decisive (either way). */
const MIN_COUNT = 30;
const MIN_LAWS = 20;
const MIN_RATIO = 10;

const args = process.argv.slice(2);
const holdOutFiles = [join(import.meta.dirname, '../../../tests/fixtures/real/sources.tsv'), ...args.flatMap((a, i) => (args[i - 1] === '--hold-out' ? [a] : []))];
const heldOut = new Set<string>();
for (const f of holdOutFiles) {
  const text = readFileSync(f, 'utf8');
  for (const m of text.matchAll(/FalVMingLing\/(\w+)\.json/g)) heldOut.add(`tw:${m[1]}`);
  for (const m of text.matchAll(/LawRefBook\/Laws:([^\t\n (]+\.md)/g)) heldOut.add(`lrb:${m[1]}`);
  for (const m of text.matchAll(/^t\d+_([A-Z]\d+)\.txt/gm)) heldOut.add(`tw:${m[1]}`);
  for (const m of text.matchAll(/^[a-z]\d+_[^\t]+\.txt\t([^\t\n]+\.md)$/gm)) heldOut.add(`lrb:${m[1]}`);
}

const MARKER = /^(第[一二三四五六七八九十百千零〇0-9 ]+[條条章節节款項项編编]|[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百0-9]+[）)]|\d+[.、．]|[①-⑳])/;
const STOP_END = /[。！？][”’」』）)]*$/;
const git = (repo: string, ...a: string[]) => execFileSync('git', ['-C', repo, '-c', 'core.quotepath=off', ...a], { maxBuffer: 1 << 30 }).toString();

/** Every blob of `paths` in one `git cat-file --batch` call. */
function blobs(repo: string, paths: string[]): Map<string, string> {
  const out = execFileSync('git', ['-C', repo, 'cat-file', '--batch'], { input: paths.map((p) => `HEAD:${p}`).join('\n') + '\n', maxBuffer: 2 ** 31 });
  const map = new Map<string, string>();
  let at = 0;
  for (const p of paths) {
    const nl = out.indexOf(10, at);
    const size = Number(out.subarray(at, nl).toString().split(' ')[2]);
    map.set(p, out.subarray(nl + 1, nl + 1 + size).toString('utf8'));
    at = nl + 1 + size + 1;
  }
  return map;
}

/** Runs of paragraphs (an article's 項, a chapter's 款), with the law they come from. */
function* paragraphRuns(): Generator<{ law: string; paragraphs: string[] }> {
  const tw = git(TAIWAN, 'ls-tree', '--name-only', 'HEAD', 'FalVMingLing/').split('\n').filter((p) => p.endsWith('.json'));
  const twIds = tw.filter((p) => !heldOut.has(`tw:${p.slice(13, -5)}`));
  for (const [p, text] of blobs(TAIWAN, twIds)) {
    const law = JSON.parse(text) as { 法規內容?: { 條文內容?: string }[] };
    const articles = (law.法規內容 ?? []).flatMap((a) => (a.條文內容 ? [a.條文內容.split(/\r?\n/).map((l) => l.trim()).filter(Boolean)] : []));
    // the database wrapped some old laws at its own width: a line ending on a word before a line that is no item
    if (articles.some((ls) => ls.some((l, i) => i + 1 < ls.length && !/[。！？；：:，、）)]$/.test(l) && !MARKER.test(ls[i + 1]!)))) continue;
    for (const paragraphs of articles) yield { law: p, paragraphs };
  }
  const lrb = git(LAWREFBOOK, 'ls-tree', '-r', '--name-only', 'HEAD').split('\n').filter((p) => p.endsWith('.md') && p.includes('/') && !p.endsWith('_index.md') && !heldOut.has(`lrb:${p}`));
  for (const [p, text] of blobs(LAWREFBOOK, lrb)) {
    let run: string[] = [];
    for (const raw of text.replace(/<!--[\s\S]*?-->/g, '').split('\n')) {
      const l = raw.trim();
      if (l === '') continue;
      if (l.startsWith('#') || l.startsWith('---')) {
        if (run.length > 0) yield { law: p, paragraphs: run };
        run = [];
        continue;
      }
      run.push(l);
    }
    if (run.length > 0) yield { law: p, paragraphs: run };
  }
}

const inside = new Map<string, number>();
const start = new Map<string, number>();
const laws = new Map<string, Set<string>>();
let insideTotal = 0;
let startTotal = 0;
const count = (m: Map<string, number>, key: string, law: string) => {
  m.set(key, (m.get(key) ?? 0) + 1);
  if (!laws.has(key)) laws.set(key, new Set());
  laws.get(key)!.add(law);
};
for (const { law, paragraphs } of paragraphRuns()) {
  paragraphs.forEach((p, i) => {
    const opensOnMarker = MARKER.test(p) || p.startsWith('但');
    if (!opensOnMarker && i > 0 && STOP_END.test(paragraphs[i - 1]!)) {
      count(start, p.slice(0, 2), law);
      startTotal++;
    }
    const sentences = p.split(/(?<=[。！？])(?![”’」』）)])/).map((s) => s.trim()).filter(Boolean);
    for (const s of sentences.slice(1)) {
      if (MARKER.test(s) || s.startsWith('但')) continue;
      count(inside, s.slice(0, 2), law);
      insideTotal++;
    }
  });
}

const ratio = (a: number, b: number) => ((a + 1) / insideTotal) / ((b + 1) / startTotal);
const keys = [...laws.keys()]
  .filter((k) => /^[\u4e00-\u9fff]{2}$/.test(k))
  .filter((k) => {
    const a = inside.get(k) ?? 0;
    const b = start.get(k) ?? 0;
    return a + b >= MIN_COUNT && laws.get(k)!.size >= MIN_LAWS && Math.abs(Math.log(ratio(a, b))) >= Math.log(MIN_RATIO);
  })
  .sort();
const twHead = git(TAIWAN, 'rev-parse', 'HEAD').trim();
const lrbHead = git(LAWREFBOOK, 'rev-parse', 'HEAD').trim();
writeFileSync(OUT, `// Generated by scripts/convert/data-tools/count-sentence-openings.ts; do not edit (run it again).
// How sentences open after a full stop: [inside a paragraph, at a paragraph start], counted over
// Taiwan's laws (kong0107/mojLawSplitJSON ${twHead.slice(0, 10)}) and LawRefBook/Laws (${lrbHead.slice(0, 10)}), the
// real set's and the scratch unseen sets' sources held out (${heldOut.size} files). Kept: openings seen ${MIN_COUNT}+ times
// in ${MIN_LAWS}+ laws whose two counts differ ${MIN_RATIO}-fold or more (after the totals), e.g. 必要時，… goes on its
// paragraph (必要), 前項… starts one (前項). The wrap rule multiplies a copy's own odds by the ratio (clean/opening-odds.ts).

/** Sentences counted inside paragraphs and paragraph starts counted. */
export const OPENINGS_TOTAL = { inside: ${insideTotal}, start: ${startTotal} } as const;

/** First two characters of a sentence → [inside a paragraph, at a paragraph start]. */
export const OPENINGS: Readonly<Record<string, readonly [number, number]>> = {
${keys.map((k) => `  ${JSON.stringify(k)}: [${inside.get(k) ?? 0}, ${start.get(k) ?? 0}],`).join('\n')}
};
`);
console.log(`${keys.length} openings (inside ${insideTotal}, start ${startTotal}; ${heldOut.size} files held out) → ${OUT}`);
