// Strings of the file:// search dialog (lite-ui.ts), in both scripts.
export const liteStrings = {
  'zh-Hans': {
    dialog: '搜索标题', input: '搜索文件标题和章节标题', placeholder: '输入词语，简体繁体均可', close: '关闭',
    note: '以本地文件方式打开（例如从共享盘或U盘）时，只能搜索文件标题和章节标题。要搜索全文，请通过网站地址访问本站。',
    loading: '正在加载标题索引…', loadError: '无法加载标题索引：本站的 pagefind 文件夹可能不完整。',
    start: '输入要查找的词语。',
    found: (n: number, max: boolean) => (max ? `显示前 ${n} 篇文件` : `找到 ${n} 篇文件`),
    none: (q: string) => `没有标题包含“${q}”。全文搜索需要通过网站地址访问。`,
    noTerms: (q: string) => `“${q}”只有标点或符号，没有可搜索的文字。请输入词语或数字。`,
  },
  'zh-Hant': {
    dialog: '搜尋標題', input: '搜尋文件標題和章節標題', placeholder: '輸入詞語，簡體繁體均可', close: '關閉',
    note: '以本機檔案方式開啟（例如從共用磁碟或隨身碟）時，只能搜尋文件標題和章節標題。要搜尋全文，請透過網站網址存取本站。',
    loading: '正在載入標題索引…', loadError: '無法載入標題索引：本站的 pagefind 資料夾可能不完整。',
    start: '輸入要查找的詞語。',
    found: (n: number, max: boolean) => (max ? `顯示前 ${n} 篇文件` : `找到 ${n} 篇文件`),
    none: (q: string) => `沒有標題包含「${q}」。全文搜尋需要透過網站網址存取。`,
    noTerms: (q: string) => `「${q}」只有標點或符號，沒有可搜尋的文字。請輸入詞語或數字。`,
  },
} as const;
