// Every string of the search UI, written out in both scripts (not converted at run time).
export interface SearchStrings {
  dialog: string; input: string; placeholder: string; close: string;
  issuer: string; year: string; type: string; collection: string; status: string; any: string;
  sort: string; relevance: string; newest: string; oldest: string;
  loading: string; searching: string; error: string; loadError: string;
  found: (n: number) => string; partial: (n: number, left: number) => string; unsearched: (n: number) => string;
  none: (q: string) => string; noTerms: (q: string) => string; more: string; hint: string; moreSections: (n: number) => string;
  shown: Record<'hans' | 'hant', string>; original: Record<'hans' | 'hant', string>;
  start: string;
}

export const strings: Record<'zh-Hans' | 'zh-Hant', SearchStrings> = {
  'zh-Hans': {
    dialog: '全文搜索', input: '搜索全部文件', placeholder: '输入词语，简体繁体均可', close: '关闭',
    issuer: '发文机关', year: '年份', type: '文种', collection: '汇编', status: '效力', any: '全部',
    sort: '排序', relevance: '按相关度', newest: '按日期（新→旧）', oldest: '按日期（旧→新）',
    loading: '正在加载搜索索引…', searching: '正在搜索…',
    error: '搜索出错，请重试。', loadError: '无法加载搜索索引。请确认网站已完整构建（npm run build）并通过服务器访问。',
    found: (n) => `找到 ${n} 篇文件`,
    partial: (n, left) => `已找到 ${n} 篇；另有 ${left} 篇可能相关，尚未核对`,
    unsearched: (n) => `已找到 ${n} 篇；其余文件尚未查找`,
    none: (q) => `没有文件包含“${q}”。`,
    noTerms: (q) => `“${q}”只有标点或符号，没有可搜索的文字。请输入词语或数字。`,
    more: '继续查找', moreSections: (n) => `本文另有 ${n} 处`, hint: '↑↓ 选择结果，Enter 打开，Esc 关闭。简体、繁体查询都会查找全部文件。',
    shown: { hans: '简体', hant: '繁体' }, original: { hans: '原文简体', hant: '原文繁体' },
    start: '输入要查找的词语或短语。',
  },
  'zh-Hant': {
    dialog: '全文搜尋', input: '搜尋全部文件', placeholder: '輸入詞語，簡體繁體均可', close: '關閉',
    issuer: '發文機關', year: '年份', type: '文種', collection: '彙編', status: '效力', any: '全部',
    sort: '排序', relevance: '按相關度', newest: '按日期（新→舊）', oldest: '按日期（舊→新）',
    loading: '正在載入搜尋索引…', searching: '正在搜尋…',
    error: '搜尋出錯，請重試。', loadError: '無法載入搜尋索引。請確認網站已完整建置（npm run build）並透過伺服器存取。',
    found: (n) => `找到 ${n} 篇文件`,
    partial: (n, left) => `已找到 ${n} 篇；另有 ${left} 篇可能相關，尚未核對`,
    unsearched: (n) => `已找到 ${n} 篇；其餘文件尚未查找`,
    none: (q) => `沒有文件包含「${q}」。`,
    noTerms: (q) => `「${q}」只有標點或符號，沒有可搜尋的文字。請輸入詞語或數字。`,
    more: '繼續查找', moreSections: (n) => `本文另有 ${n} 處`, hint: '↑↓ 選擇結果，Enter 開啟，Esc 關閉。簡體、繁體查詢都會查找全部文件。',
    shown: { hans: '簡體', hant: '繁體' }, original: { hans: '原文簡體', hant: '原文繁體' },
    start: '輸入要查找的詞語或短語。',
  },
};
