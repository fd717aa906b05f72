// Chinese labels for the fields of a conversion report (content/report/*.json). Unknown fields are
// shown under their own name, so new fields from the converter appear without a change here.
export const REPORT_LABELS: Readonly<Record<string, string>> = {
  file: '原始文件',
  encoding: '编码',
  lineEnds: '换行符',
  conservation: '守恒校验',
  documents: '生成的文档',
  removals: '删除与改动',
  warnings: '警告',
  metadata: '元数据来源',
  field: '字段',
  value: '值',
  from: '出处',
  document: '文档',
  corrections: '人工校正',
  kind: '类别',
  offset: '位置',
  text: '原文',
  replacement: '替换为',
  reason: '原因',
  slug: '标识',
  title: '标题',
  type: '文种',
  date: '日期',
  script: '字体',
  sections: '章节数',
  annexes: '附件',
  issuedBy: '印发它的通知',
  issues: '印发的文件',
  line: '行',
  column: '列',
  severity: '级别',
  titleEdits: '标题改动',
  message: '说明',
  sectionsByDepth: '各级章节数',
};

/** Columns whose text is source text: whitespace in them is made visible. */
export const SOURCE_TEXT_FIELDS: ReadonlySet<string> = new Set(['text', 'replacement', 'wrong', 'right', 'garbled', 'intended']);

/** Shows spaces, line ends and tabs so that removed whitespace can be seen. */
export function visibleWhitespace(text: string): string {
  return text.replace(/ /g, '␣').replace(/\u3000/g, '□').replace(/\r/g, '␍').replace(/\n/g, '⏎').replace(/\t/g, '⇥');
}

export const labelOf = (key: string): string => REPORT_LABELS[key] ?? key;
