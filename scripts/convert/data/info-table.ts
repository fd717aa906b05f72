// Information tables that government sites print above a document (gov.cn: 索引号, 主题分类,
// 发文机关, 成文日期, 标题, 发文字号, 发布日期; Taiwan's law database: 法規名稱, 修正日期, 法規類別).
// They are metadata, not text of the document: the clean rule reads and removes them.

export type InfoField = 'title' | 'issuer' | 'date' | 'docNumber' | 'effective' | 'other';

/** Key (spaces inside ignored) → the document field it gives; `rank` orders keys giving the same field (lower wins). */
export const INFO_KEYS: readonly { key: string; field: InfoField; rank?: number; strong?: boolean; record?: boolean }[] = [
  { key: '索引号', field: 'other', strong: true }, { key: '索引號', field: 'other', strong: true },
  { key: '主题分类', field: 'other', strong: true }, { key: '主題分類', field: 'other', strong: true },
  { key: '体裁分类', field: 'other' }, { key: '主题词', field: 'other' }, { key: '主題詞', field: 'other' },
  { key: '发文机关', field: 'issuer', strong: true }, { key: '發文機關', field: 'issuer', strong: true },
  { key: '制定机关', field: 'issuer', rank: 1 }, { key: '发布机构', field: 'issuer', rank: 2 },
  // The date the document was signed; 发布日期 on gov.cn is the web publication, the last resort.
  { key: '成文日期', field: 'date', strong: true }, { key: '修正日期', record: true, field: 'date', rank: 1 }, { key: '公布日期', record: true, field: 'date', rank: 2 },
  { key: '公佈日期', record: true, field: 'date', rank: 2 }, { key: '发布日期', field: 'date', rank: 3 },
  // Taiwan's law database dates an order never amended by its 發布日期 (a law by its 公布日期): a field
  // of the record; with gov.cn's web fields around it the table is furniture all the same.
  { key: '發布日期', record: true, field: 'date', rank: 3 },
  { key: '标题', field: 'title' }, { key: '標題', field: 'title' }, { key: '名称', field: 'title', rank: 1 },
  { key: '法規名稱', record: true, field: 'title', strong: true }, { key: '法规名称', record: true, field: 'title', strong: true },
  { key: '发文字号', field: 'docNumber', strong: true }, { key: '發文字號', field: 'docNumber', strong: true }, { key: '文号', field: 'docNumber', rank: 1 },
  { key: '施行日期', field: 'effective' }, { key: '实施日期', field: 'effective' }, { key: '生效日期', field: 'effective' },
  { key: '法規類別', record: true, field: 'other', strong: true }, { key: '法规类别', record: true, field: 'other', strong: true },
  // 生效狀態：※本法規部分或全部條文尚未生效 (Taiwan's law database, a law not yet wholly in force)
  { key: '生效狀態', record: true, field: 'other' },
  // the public-information catalogue of provincial and city sites (信息公开目录): how and to whom the page is open
  { key: '公开方式', field: 'other' }, { key: '公開方式', field: 'other' }, { key: '公开时限', field: 'other' }, { key: '公開時限', field: 'other' },
  { key: '公开范围', field: 'other' }, { key: '公開範圍', field: 'other' }, { key: '公开形式', field: 'other' }, { key: '公開形式', field: 'other' },
  { key: '责任部门', field: 'other' }, { key: '責任部門', field: 'other' }, { key: '信息分类', field: 'other' }, { key: '資訊分類', field: 'other' },
  { key: '组配分类', field: 'other' }, { key: '組配分類', field: 'other' }, { key: '分类', field: 'other' }, { key: '分類', field: 'other' },
  // 发文日期 dates the issue (after 成文日期), 生成日期 the catalogue record: the last resort
  { key: '发文日期', field: 'date', rank: 2 }, { key: '發文日期', field: 'date', rank: 2 }, { key: '生成日期', field: 'date', rank: 4 },
  { key: '發布機構', field: 'issuer', rank: 2 },
  { key: '时效性', field: 'other' }, { key: '有效性', field: 'other' }, { key: '效力级别', field: 'other' },
  { key: '废止日期', field: 'other' }, { key: '廢止日期', record: true, field: 'other' },
];

// `record`: a field of the law's own record (Taiwan's 法規名稱, 修正日期, 法規類別), printed with the
// law in the official database and kept as text of the document; a table made only of such fields
// stays in the text (read as metadata all the same). Any web-page field (索引号, 主题分类) makes it page
// furniture, removed.

/** A table needs this many key lines, one of them a `strong` key (a lone 标题： in the body is not a table). */
export const MIN_TABLE_KEYS = 2;
