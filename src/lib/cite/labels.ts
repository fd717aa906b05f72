// Words of the citation formats per script (the document's own text arrives converted).
export type CiteScript = 'hans' | 'hant';

export const CITE_WORDS = {
  hans: { repealed: '（已废止）', carried: '载', accessed: '最后访问日期', quote: ['“', '”'], item: '项', article: '条' },
  hant: { repealed: '（已廢止）', carried: '載', accessed: '最後訪問日期', quote: ['「', '」'], item: '項', article: '條' },
} as const;
