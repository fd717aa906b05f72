// The form of a document title used to match a reference 《…》 to a document of the corpus. The
// usual variations of one title must meet in one key:
//   spaces and joins between issuers: 中共中央 国务院 / 中共中央、国务院 / 中共中央　国务院 → 中共中央国务院
//   punctuation widths and quotes: （）() “”"" 、, ·•
//   script: a traditional title matches its simplified twin (keys are made from simplified text)
// What must not meet: different words. So only separators and brackets are dropped.
const DROP = /[\s\u3000、，,·•・“”"'‘’「」『』〈〉<>]/g;
const BRACKETS: Record<string, string> = { '（': '(', '）': ')', '【': '[', '】': ']', '〔': '[', '〕': ']', '［': '[', '］': ']' };

/** `toSimplified` converts traditional text (the site's converter); keys are compared in simplified. */
export function titleKey(title: string, toSimplified: (s: string) => string = (s) => s): string {
  return toSimplified(title)
    .normalize('NFKC')
    .replace(DROP, '')
    .replace(/[（）【】〔〕［］]/g, (c) => BRACKETS[c]!)
    .toLowerCase();
}

/** A 发文字号 in one form: brackets 〔〕 whatever was written ([] 【】 () （）), no spaces. */
export function docNumberKey(n: string): string {
  return n.normalize('NFKC').replace(/\s+/g, '').replace(/[[【(（［〔]/g, '〔').replace(/[\]】)）］〕]/g, '〕');
}
