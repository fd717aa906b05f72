// What each kind of change or warning in a conversion report is, in words a reader knows. Kinds come
// from the converter (scripts/convert/clean/, corrections, mojibake repair); a kind not listed here
// is shown under its own name, so a new rule appears on the report without a change here.
export interface KindLabel {
  label: string;
  /** One line: what the converter did with text of this kind. */
  note: string;
}

export const KIND_LABELS: Readonly<Record<string, KindLabel>> = {
  punctuation: { label: '标点', note: '中文里的半角标点改为全角（, → ，）' },
  space: { label: '空格', note: '删去汉字之间多余的空格' },
  whitespace: { label: '空行与空白', note: '删去开头、结尾和段落之间多余的空白' },
  pinyin: { label: '拼音注音', note: '删去字后括注的拼音，如“学(xué)”' },
  'web-cruft': { label: '网页杂项', note: '删去网页导航、版权声明、分享按钮等' },
  furniture: { label: '版面杂项', note: '删去联系方式、浏览次数等正文以外的内容' },
  'page-header': { label: '页眉', note: '删去每页重复的页眉' },
  'page-number': { label: '页码', note: '删去页码' },
  'continuation-marker': { label: '续页标记', note: '删去“（续）”等续页标记' },
  'line-wrap': { label: '硬换行', note: '把排版时断开的段落接回一行' },
  html: { label: 'HTML 标记', note: '删去网页源码中的标签' },
  markup: { label: '标记符号', note: '删去 HTML 注释和 Markdown 标题符号（# ）' },
  toc: { label: '目录', note: '删去原文自带的目录（网站自己生成目录）' },
  mojibake: { label: '乱码修复', note: '按编码规律修复的乱码' },
  correction: { label: '人工校正', note: '经人工核对的校正（content/corrections/）' },
  'title-space': { label: '标题空格', note: '删去标题中用于排版的空格' },
  invisible: { label: '不可见字符', note: '删去零宽空格等不可见字符' },
  'page-number?': { label: '疑似页码', note: '像页码但未删除，请核对' },
  'furniture?': { label: '疑似版面杂项', note: '像版面杂项但未删除，请核对' },
  'wrap?': { label: '疑似硬换行', note: '可能是断开的段落，未接回，请核对' },
};

export const kindLabel = (kind: string): KindLabel => KIND_LABELS[kind] ?? { label: kind || '其他', note: '' };

/** Kinds of cross-reference (src/lib/xref/scan.ts) on the links report. */
export const REF_KIND_LABELS: Readonly<Record<string, string>> = {
  document: '文件（《…》）',
  article: '条（第…条）',
  chapter: '章',
  part: '编、部分',
  'this-article': '本条',
  'previous-clauses': '前款',
  'other-text': '其他文本',
};

export const refKindLabel = (kind: string): string => REF_KIND_LABELS[kind] ?? kind;
