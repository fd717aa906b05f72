// Output sizes of a built site: total bytes, reading-page HTML (raw and gzip), search index.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface SiteSizes {
  files: number;
  totalBytes: number;
  htmlPages: number;
  /** Reading pages sampled for per-page weight (pages under the given pattern). */
  sampledPages: number;
  pageHtmlMedian: number;
  pageHtmlGzMedian: number;
  /** Inline <script> bytes in a reading page (median): JavaScript that no network count sees. */
  pageInlineScriptMedian: number;
  /** Bytes of the directories that hold the search index (pagefind*). */
  indexBytes: number;
  indexFiles: number;
  /** The file:// title-and-heading index of one language (pagefind/zh-hans/lite.js), raw and gzipped
   * (a shared drive does not compress; gzip shows what a server would send). 0 when absent. */
  liteIndexBytes?: number;
  liteIndexGzBytes?: number;
  /** URL path of one reading page (e.g. zh-hans/<slug>/), for browser measurements. */
  samplePath: string | null;
}

export function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

/** Bytes of JavaScript inside inline <script> elements (JSON data blocks excluded). */
export function inlineScriptBytes(html: string): number {
  let total = 0;
  for (const m of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? '';
    if (/\ssrc=/i.test(attrs) || /type=["']?application\/(ld\+)?json/i.test(attrs)) continue;
    total += Buffer.byteLength(m[2] ?? '');
  }
  return total;
}

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * `isReadingPage` picks the document pages (relative path) whose weight we report;
 * at most `sample` of them (evenly spaced) are gzipped, so 30,000 pages do not cost minutes.
 */
export function siteSizes(dist: string, isReadingPage: (rel: string) => boolean, sample = 200): SiteSizes {
  let files = 0;
  let totalBytes = 0;
  let htmlPages = 0;
  let indexBytes = 0;
  let indexFiles = 0;
  let liteIndexBytes = 0, liteIndexGzBytes = 0;
  const reading: string[] = [];
  for (const path of walk(dist)) {
    const size = statSync(path).size;
    const rel = relative(dist, path);
    files++;
    totalBytes += size;
    if (/(^|\/)pagefind[^/]*\//.test(rel)) {
      indexBytes += size;
      indexFiles++;
      if (/pagefind\/zh-hans\/lite\.js$/.test(rel)) {
        liteIndexBytes = size;
        liteIndexGzBytes = gzipSync(readFileSync(path), { level: 9 }).length;
      }
    }
    if (rel.endsWith('.html')) {
      htmlPages++;
      if (isReadingPage(rel)) reading.push(path);
    }
  }
  reading.sort();
  const step = Math.max(1, Math.floor(reading.length / sample));
  const picked = reading.filter((_, i) => i % step === 0).slice(0, sample);
  const raw = picked.map((p) => statSync(p).size);
  const html = picked.map((p) => readFileSync(p));
  const gz = html.map((b) => gzipSync(b, { level: 9 }).length);
  const inline = html.map((b) => inlineScriptBytes(b.toString('utf8')));
  return {
    files,
    totalBytes,
    htmlPages,
    sampledPages: picked.length,
    pageHtmlMedian: median(raw),
    pageHtmlGzMedian: median(gz),
    pageInlineScriptMedian: median(inline),
    indexBytes,
    indexFiles,
    liteIndexBytes,
    liteIndexGzBytes,
    samplePath: picked[0] ? relative(dist, picked[0]).replace(/index\.html$/, '') : null,
  };
}
