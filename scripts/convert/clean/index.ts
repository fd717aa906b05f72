// clean(): decoded text → cleaned text, one paragraph per line, with every change recorded.
// Rules run in this order, each on the text the previous ones left (see README.md here).
import type { Cleaned, Correction, Decoded, Message } from '../types.ts';
import { EditLedger } from './edits.ts';
import type { CleanFindings, Rule, RuleContext } from './rule.ts';
import { correctionEdits } from '../corrections.ts';
import { htmlRule } from './html.ts';
import { markupRule } from './markup.ts';
import { fontCharactersRule } from './font-characters.ts';
import { fullWidthDigitsRule } from './full-width-digits.ts';
import { pinyinRule } from './pinyin.ts';
import { infoTableRule } from './info-table.ts';
import { webCruftRule } from './web-cruft.ts';
import { pageHeaderRule } from './page-header.ts';
import { tableCellsRule } from './table-cells.ts';
import { letterheadRule } from './letterhead.ts';
import { pageNumberRule } from './page-number.ts';
import { continuationRule } from './continuation.ts';
import { spacesRule } from './spaces.ts';
import { punctuationRule } from './punctuation.ts';
import { spacedMarkerRule } from './spaced-marker.ts';
import { lawTocRule } from './law-toc.ts';
import { lineWrapRule } from './line-wrap.ts';
import { blankLineRule, formFeedRule, trailingSpaceRule } from './whitespace.ts';
import { suspiciousTextRule } from './warnings.ts';
import { residueRule } from './residue.ts';
import { sourceMapper } from '../conservation.ts';
import { lineFinder } from '../lines.ts';

/** The rules after corrections, in order. Corrections come first so later rules see repaired text. */
export const RULES: readonly Rule[] = [
  htmlRule,
  markupRule,
  fontCharactersRule,
  fullWidthDigitsRule, // before every rule that reads a date, a number or a page number
  pinyinRule,
  infoTableRule,
  webCruftRule,
  pageHeaderRule,
  letterheadRule,
  tableCellsRule, // after the furniture rules: a menu's tab-only lines have lost their links by then
  pageNumberRule,
  formFeedRule, // after the page rules: a form feed is a page break they read
  continuationRule,
  spacedMarkerRule,
  lawTocRule,
  spacesRule,
  punctuationRule,
  trailingSpaceRule,
  lineWrapRule,
  blankLineRule,
  residueRule,
  suspiciousTextRule,
];

export function clean(decoded: Decoded, corrections: readonly Correction[] = []): Cleaned {
  const ledger = new EditLedger(decoded.text);
  const warnings: Message[] = [];
  const findings: CleanFindings = {};
  let lineColumn: ReturnType<typeof lineFinder> | null = null; // built on the first warning only
  ledger.apply('correction', correctionEdits(decoded.file, decoded.text, corrections));
  for (const rule of RULES) {
    let toSource: ((offset: number) => number) | null = null; // built on the first warning only
    const ctx: RuleContext = {
      file: decoded.file,
      sourceOffset(offset) {
        toSource ??= sourceMapper(ledger.removals());
        return toSource(offset);
      },
      warn(offset, reason, kind) {
        toSource ??= sourceMapper(ledger.removals());
        lineColumn ??= lineFinder(decoded.text);
        const { line, column } = lineColumn(toSource(offset));
        warnings.push({ file: decoded.file, line, column, reason, severity: 'warning', kind });
      },
      found(f) {
        if (f.infoTables) (findings.infoTables ??= []).push(...f.infoTables);
        if (f.pageHeaders) (findings.pageHeaders ??= []).push(...f.pageHeaders);
        if (f.frontMatter) findings.frontMatter = f.frontMatter;
        if (f.markdownHeadings) (findings.markdownHeadings ??= []).push(...f.markdownHeadings);
      },
      findings: () => findings,
    };
    ledger.apply(rule.kind, rule.run(ledger.text, ctx));
  }
  const removals = ledger.removals();
  const toSource = sourceMapper(removals);
  return { file: decoded.file, text: ledger.text, removals, warnings, toSource, ...(findings.infoTables ? { infoTables: findings.infoTables } : {}), ...(findings.pageHeaders ? { pageHeaders: findings.pageHeaders } : {}), ...(findings.frontMatter ? { frontMatter: findings.frontMatter } : {}) };
}

export { EditLedger } from './edits.ts';
