// One-to-many characters (dict/one-to-many.json): for each such character of a text, the form the
// conversion chose, the forms it could have chosen and the rule that chose — a project phrase, an
// OpenCC phrase, or OpenCC's default for the character alone. The compare view flags them so a
// reader can check 干→幹/乾 without reading the dictionaries.
import { oneToManyFile } from './dict/index';
import { getEngine } from './index';
import type { Decision, Direction, Piece, Variant } from './types';

export interface OneToMany {
  char: string;
  output: string;
  forms: readonly string[];
  by: Decision;
  /** The phrase that decided (project or OpenCC phrase), or a phrase refused at a word boundary. */
  phrase?: string;
}

const tables = new Map<Direction, Map<string, readonly string[]>>();
function formsOf(direction: Direction): Map<string, readonly string[]> {
  let table = tables.get(direction);
  if (!table) {
    table = new Map(oneToManyFile[direction].map((e) => [e.char, e.forms]));
    tables.set(direction, table);
  }
  return table;
}

/** One entry per code point of `text`: what decided a one-to-many character, else undefined.
 * Pieces that change length (a phrase rewritten as another phrase) are left unexplained. */
export function explainOneToMany(text: string, direction: Direction, variant: Variant = 'tw', protect: readonly string[] = []): (OneToMany | undefined)[] {
  // Clause by clause from the engine's cache, which the reading views' conversion of the same text
  // filled already; characters between clauses are punctuation, never one-to-many.
  return explainPieces(text, direction, getEngine(direction, variant).clausePieces(text, protect));
}

/** The explanation of `text` from its pieces (engine.pieces or engine.clausePieces). */
export function explainPieces(text: string, direction: Direction, pieces: readonly Piece[]): (OneToMany | undefined)[] {
  const forms = formsOf(direction);
  const out: (OneToMany | undefined)[] = [];
  let at = 0; // UTF-16 offset reached; text no piece covers stays unexplained
  for (const p of pieces) {
    if (p.start < at) continue;
    for (const _ of text.slice(at, p.start)) out.push(undefined);
    at = p.end;
    const src = [...p.source], dst = [...p.output];
    src.forEach((char, k) => {
      const f = forms.get(char);
      // A character with one form here (後→后: two merged into one) involved no choice.
      if (!f || f.length < 2 || src.length !== dst.length) return void out.push(undefined);
      const phrase = p.by === 'stock-char' ? p.rule : src.length > 1 || p.by === 'project' ? p.source : undefined;
      out.push({ char, output: dst[k]!, forms: f, by: p.by, ...(phrase ? { phrase } : {}) });
    });
  }
  for (const _ of text.slice(at)) out.push(undefined);
  return out;
}

const BY: Record<Decision, string> = {
  project: '项目词典',
  'stock-phrase': 'OpenCC 词组',
  'stock-char': 'OpenCC 单字默认',
  protected: '保护词',
  marked: '标记不转换',
};

/** A short note for a reader: 干→幹（幹/乾/干）· 项目词典「干部」. */
export function describeOneToMany(o: OneToMany): string {
  const rule = o.by === 'stock-char' ? (o.phrase ? `${BY[o.by]}，不取跨词的「${o.phrase}」` : BY[o.by]) : `${BY[o.by]}${o.phrase ? `「${o.phrase}」` : ''}`;
  return `${o.char}→${o.output}（${o.forms.join('/')}）· ${rule}`;
}
