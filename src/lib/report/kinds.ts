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
  'info-table': { label: '信息表', note: '删去网页上的索引号、发文机关等信息表（其内容读入文件信息）' },
  'web-cruft': { label: '网页杂项', note: '删去网页导航、版权声明、分享按钮等' },
  furniture: { label: '版面杂项', note: '删去联系方式、浏览次数等正文以外的内容' },
  'page-header': { label: '页眉', note: '删去每页重复的页眉' },
  'page-number': { label: '页码', note: '删去页码' },
  'continuation-marker': { label: '续页标记', note: '删去“（续）”等续页标记' },
  'line-wrap': { label: '硬换行', note: '把排版时断开的段落接回一行' },
  html: { label: 'HTML 标记', note: '删去网页源码中的标签' },
  character: { label: '字符编码', note: 'PDF 字体的兼容汉字、康熙部首换成通用汉字（陸 → 陸）' },
  digits: { label: '全角数字', note: '全角数字换成半角（２０１８ → 2018）' },
  markup: { label: '标记符号', note: '删去 HTML 注释和 Markdown 标题符号（# ）' },
  toc: { label: '目录', note: '删去原文自带的目录（网站自己生成目录）' },
  mojibake: { label: '乱码修复', note: '按编码规律修复的乱码' },
  correction: { label: '人工校正', note: '经人工核对的校正（content/corrections/）' },
  'title-space': { label: '标题空格', note: '删去标题中用于排版的空格' },
  invisible: { label: '不可见字符', note: '删去零宽空格等不可见字符' },
  'page-number?': { label: '疑似页码', note: '像页码但未删除，请核对' },
  'furniture?': { label: '疑似版面杂项', note: '像版面杂项但未删除，请核对' },
  'wrap?': { label: '疑似硬换行', note: '可能是断开的段落，未接回，请核对' },
  'repeated-line': { label: '重复行', note: '某行多次出现但不在分页处，按正文保留，请核对' },
  'continuation?': { label: '续页标记不成对', note: '有“（续）”标记而找不到对应的接续处，请核对' },
  garbled: { label: '乱码', note: '无法自动修复的乱码，请添加人工校正' },
  'character?': { label: '可疑字符', note: '问号、替换符、私用区或不可见字符：可能丢了字，请核对' },
  'tag?': { label: '疑似标签', note: '像 HTML 标签的文字，按正文保留' },
  empty: { label: '无正文', note: '清理后没有剩下正文' },
  split: { label: '一个文件多篇文件', note: '拆成几篇文件，并说明依据' },
  'no-title': { label: '无标题', note: '未找到标题，以文件名代替' },
  'no-date': { label: '无日期', note: '未找到成文、通过或公布日期' },
  'no-issuer': { label: '无发文机关', note: '未找到发文或通过机关' },
  numbering: { label: '编号重复', note: '同一编号出现两次，后者另给锚点' },
  depth: { label: '层级过深', note: '层级超过六级，按第六级显示' },
  'heading?': { label: '疑似标题粘连正文', note: '标题可能连着正文，请在原文断行' },
  compilation: { label: '汇编目录不符', note: '目录条目在正文中找不到' },
  slug: { label: '网址名', note: '文件的网址名与所要求的不同' },
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
