// Pinyin annotations after characters, e.g. 學(xué)習(xí) → 學習. A parenthesis right after a Han
// character is removed only if everything inside is pinyin syllables (tone marks or tone digits);
// (市), (GEP), (QFLP), (含貨幣安置) are genuine parentheticals and stay.
import type { Rule } from './rule.ts';
import type { Edit } from './edits.ts';
import { HAN } from './rule.ts';

const TONED = 'a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ';
const CANDIDATE = new RegExp(`(?<=[${HAN}])[(（]([${TONED}]+(?:[1-5])?(?:[ '’][${TONED}]+[1-5]?)*)[)）]`, 'g');

// initial? + final, after removing tone marks (ü may be written v); the syllabic nasals stand alone
// (ń, ň, ḿ, hm, hng): not after another initial, so (cm) (km) (mm) (tm) are units, not pinyin
const SYLLABLE =
  /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uai|uan|ian|iao|van|vn|ue|ve|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|er|a|o|e|i|u|v)|h?(?:ng|n|m))$/;

const known = new Map<string, boolean>(); // the same few hundred syllables recur thousands of times

export function isPinyin(word: string): boolean {
  let yes = known.get(word);
  if (yes === undefined) known.set(word, (yes = checkSyllable(word)));
  return yes;
}

function checkSyllable(word: string): boolean {
  const plain = word
    .normalize('NFD')
    .replace(/u\u0308/g, 'v')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[1-5]$/, '');
  return SYLLABLE.test(plain);
}

const decided = new Map<string, boolean>(); // what is inside the parentheses → annotation or not

/** Whether the text inside the parentheses is pinyin: syllables separated by spaces or apostrophes. */
function isAnnotation(inside: string): boolean {
  let yes = decided.get(inside);
  if (yes === undefined) {
    const words = inside.split(/[ '’]/);
    // a lone plain letter, as in (a) (e), is a list label more often than pinyin
    yes = !(words.length === 1 && /^[a-z]$/.test(words[0]!)) && words.every(isPinyin);
    decided.set(inside, yes);
  }
  return yes;
}

export const pinyinRule: Rule = {
  kind: 'pinyin',
  run(text) {
    const edits: Edit[] = [];
    for (const m of text.matchAll(CANDIDATE)) {
      if (!isAnnotation(m[1]!)) continue;
      edits.push({ offset: m.index, length: m[0].length, replacement: '', reason: `pinyin annotation ${m[0]}` });
    }
    return edits;
  },
};
