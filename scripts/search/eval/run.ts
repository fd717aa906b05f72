// Drives the real index in Chromium: bundles the engine, injects it into a reading page of
// the served site and runs every query there. Shared by eval.ts, the e2e spec and the bench.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { Lang } from '../pages.ts';
import type { BrowserRun, EvalMode } from './browser-entry.ts';

let bundle: string | undefined;

export async function engineBundle(): Promise<string> {
  if (bundle) return bundle;
  const entry = fileURLToPath(new URL('./browser-entry.ts', import.meta.url));
  const r = await build({ entryPoints: [entry], bundle: true, format: 'iife', write: false, target: 'es2022', logLevel: 'error' });
  bundle = r.outputFiles[0]!.text;
  return bundle;
}

/** `page` must already show a page of the site (any page; its origin and base are used). */
export async function runInPage(page: Page, base: string, lang: Lang, queries: string[], mode: EvalMode = 'engine'): Promise<BrowserRun[]> {
  await page.addScriptTag({ content: await engineBundle() });
  return page.evaluate(
    ([b, l, q, m]) => (globalThis as unknown as { __wenyuanEval: (...a: unknown[]) => Promise<BrowserRun[]> }).__wenyuanEval(b, l, q, m),
    [base, lang, queries, mode] as const,
  );
}
