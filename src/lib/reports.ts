// Conversion reports (content/report/<raw file>.json), read at build time. A missing or broken
// report never breaks the build: the page says what is missing instead.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { config } from './config.ts';
import { reportSchema, type Report } from '../schemas/report.ts';
import { firstIssue } from './config/zod-errors.ts';

export interface LoadedReport {
  rawFile: string;
  report: Report | null;
  problem?: string;
}

export function reportFiles(): string[] {
  if (!existsSync(config.reportDir)) return [];
  return readdirSync(config.reportDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

export function loadReport(rawFile: string): LoadedReport {
  const path = join(config.reportDir, `${rawFile}.json`);
  if (!existsSync(path)) return { rawFile, report: null };
  try {
    const parsed = reportSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.success) return { rawFile, report: null, problem: firstIssue(parsed.error, path) };
    return { rawFile, report: parsed.data };
  } catch (e) {
    return { rawFile, report: null, problem: `${path}: ${(e as Error).message}` };
  }
}
