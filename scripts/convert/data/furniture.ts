// Page tools of government web pages, as items: a line made only of these items (in any
// combination and order, bracketed or not) is a toolbar; items glued to the start or end of a text
// line (a copy that lost the line break before the title) are cut off and the text stays.
// Each item is a regex source with the reason it is furniture; both scripts are listed.

export interface FurnitureItem {
  source: string;
  reason: string;
}

const OPEN = '[【\\[［]';
const CLOSE = '[】\\]］]';

/** The sizes a font-size switch offers: 大 中 小, or 默认 大 超大, 放大 正常 缩小 (gov.cn, provincial sites). */
const SIZE = '(?:默认|默認|超大|特大|较大|較大|放大|正常|标准|標準|缩小|縮小|还原|還原|[大中小])';

export const TOOLBAR_ITEMS: readonly FurnitureItem[] = [
  // 【字体：大 中 小】, 字号：大 中 小, 【字號：大】【中】【小】, 字体：【大 中 小】, 字級：小 中 大 (any order), 字級設定：小 中 大,
  // 字号：默认 大 超大, 字体： 放大 正常 缩小
  { source: `${OPEN}?\\s*(字体|字體|字号|字號|字級|字级|字型大小|字體大小|字体大小|文字大小)(?:設定|设定|調整|调整|切換|切换)?\\s*[:：]?\\s*(?:${OPEN}?\\s*${SIZE}\\s*${CLOSE}?\\s*){3,4}${CLOSE}?`, reason: 'font-size switch' },
  // 【打印】【关闭】【打印本页】【关闭窗口】【收藏】【我要纠错】…
  {
    source: `${OPEN}?(打印本页|打印本頁|打印此页|打印此頁|打印文章|打印正文|打印|列印本頁|列印此頁|列印|关闭窗口|關閉窗口|关闭本页|關閉本頁|关闭|關閉|收藏本页|收藏本頁|加入收藏|收藏|我要纠错|我要糾錯|纠错|糾錯|返回顶部|返回頂部|回到顶部|回到頂部|返回首页|返回首頁|回頁首|回页首|友善列印|回上一頁|回上一页|回上頁|回上页|返回上一页|返回上一頁|返回上頁|返回|下载全文|下載全文|下载|下載|WORD|Word|PDF|pdf|OFD|ofd)${CLOSE}?`,
    reason: 'page tools',
  },
  // 【分享到】, 分享到：微信 微博 QQ空间
  { source: `${OPEN}?(分享到|分享至|分享)[:：]?${CLOSE}?(\\s*(微信|微博|新浪微博|腾讯微博|騰訊微博|QQ空间|QQ空間|QQ|人人网|豆瓣|朋友圈|Facebook|Twitter|LINE|Line))*`, reason: 'share bar' },
  // 扫一扫在手机打开当前页, 用手机扫描二维码
  { source: '(扫一扫在手机打开当前页面|掃一掃在手機打開當前頁面|扫一扫在手机打开当前页|掃一掃在手機打開當前頁|扫一扫在手机上打开当前页|掃一掃在手機上打開當前頁|扫一扫|掃一掃|手机扫码阅读|手機掃碼閱讀|扫码阅读|掃碼閱讀|扫描二维码|掃描二維碼|用手机扫描二维码|用手機掃描二維碼)', reason: 'QR-code hint' },
];

/** Links a copy glued to the end of a text line; only the link goes (法規名稱：個人資料保護法 EN). */
export const GLUED_LINK_TAILS: readonly { pattern: RegExp; reason: string }[] = [
  { pattern: /(?<=[\u4e00-\u9fff])[ \u3000\t]+(EN|English)$/, reason: 'link to the English version glued to the line' },
];

/** Separators between toolbar items besides spaces. */
export const TOOLBAR_SEPARATOR = '[\\s\\u3000|｜丨/·]*';

/**
 * A web page's labelled metadata fields (来源：… 发布时间：… 浏览次数：…), several may share a line.
 * Not 时间 / 日期 alone: a meeting notice's 时间：… 地点：… lines are document text.
 */
export const META_LABELS = [
  '来源', '來源', '信息来源', '信息來源', '文章来源', '文章來源', '稿件来源', '稿件來源',
  '发布时间', '發布時間', '發佈時間', '发布日期', '發布日期', '發佈日期', '更新时间', '更新時間', '更新日期',
  '作者', '编辑', '編輯', '责任编辑', '責任編輯', '浏览次数', '瀏覽次數', '阅读次数', '閱讀次數',
  '点击数', '點擊數', '点击次数', '點擊次數', '访问量', '訪問量', '阅读量', '閱讀量',
  '列印時間', '列印时间', '打印时间', '打印時間', '列印日期',
  // the page's last update (Taiwan government sites: 最後更新日期：2023-01-01)
  '最後更新日期', '最后更新日期', '最後更新時間', '最后更新时间', '最後修改日期', '最后修改日期',
];

/**
 * A page timestamp under a bare 时间 / 日期 label (时间：2023-03-15 09:30:12, maybe more fields after it):
 * page metadata, where a meeting notice's 时间：3月15日上午9时 is text.
 */
export const META_TIMESTAMP = /^(时间|時間|日期)\s*[:：]\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(\s+\d{1,2}:\d{2}(:\d{2})?)?/;

/** Whole footer and site lines (each pattern matches the trimmed line), one reason each. */
export const SITE_LINES: readonly { pattern: RegExp; reason: string }[] = [
  // 主办单位：国务院办公厅　运行维护单位：中国政府网运行中心 (主辦單位, 承办单位, 技术支持…)
  { pattern: /^(主办单位|主辦單位|主办|主辦|承办单位|承辦單位|协办单位|協辦單位|运行维护单位|運行維護單位|技术支持|技術支持|维护单位|維護單位)[:：]/, reason: 'site footer (owner / operator)' },
  // 网站标识码bm01000001　京ICP备05070218号　京公网安备11010202000001号
  { pattern: /^(网站标识码|網站標識碼|政府网站标识码|ICP备案编号|ICP備案編號|[\u4e00-\u9fff]{0,2}ICP[备備证證]|[\u4e00-\u9fff]{1,2}公网安备|[\u4e00-\u9fff]{1,2}公網安備)/, reason: 'site footer (registration numbers)' },
  { pattern: /(ICP[备備证證]\s*\d{6,}|公网安备\s*\d{6,}|公網安備\s*\d{6,}|网站标识码\s*[A-Za-z0-9]{6,})/, reason: 'site footer (registration numbers)' },
  // 版权所有：中国政府网　中文域名：中国政府网.政务; 法務部 版權所有 © 2025; (c) 2024 某某网. A (c) before
  // Chinese text is an item, not the sign: (a)… (b)… (c)資料處理服務 in a treaty's schedule or a law's list
  { pattern: /^(.{0,20}\s)?(版权所有|版權所有|Copyright|©|\(c\)(?=\s*[\dA-Za-z])).{0,80}$/i, reason: 'site footer (copyright)' },
  // 中文域名：万载政府网.政务　技术支持：…　版权所有：… (the footer's fields, however many share the line)
  { pattern: /^(中文域名|中文網域)[:：]/, reason: 'site footer (domain name)' },
  // 网站地图 | 联系我们 | 使用帮助, 网站地图 网站帮助 隐私声明 关于我们; Taiwan's 隱私權及網站安全政策 政府網站資料開放宣告
  { pattern: /^((网站地图|網站地圖|联系我们|聯繫我們|聯絡我們|关于我们|關於我們|关于本网|關於本網|使用帮助|使用幫助|网站帮助|網站幫助|帮助中心|幫助中心|网站声明|網站聲明|隐私声明|隱私聲明|隐私政策|隱私政策|网站纠错|網站糾錯|无障碍|無障礙|English|设为首页|設為首頁|加入收藏|隱私權及網站安全政策|隐私权及网站安全政策|隱私權及資訊安全政策|隐私权及资讯安全政策|資訊安全政策|资讯安全政策|政府網站資料開放宣告|政府网站资料开放宣告|著作權聲明|著作权声明|無障礙說明|无障碍说明|網站導覽|网站导览)[\s\u3000|｜丨·]*){2,}$/, reason: 'site footer links' },
  // the dialog a site opens on an outside link: 您访问的链接即将离开“某某网站”，是否继续？ 继续访问 放弃
  { pattern: /^(您访问的链接即将离开|您訪問的連結即將離開|您即将离开|您即將離開|即将离开本站|即將離開本站).{0,40}$/, reason: 'leave-site dialog' },
  { pattern: /^(继续访问|繼續訪問|继续前往|繼續前往)[\s\u3000]*(放弃|放棄|取消|返回)$/, reason: 'leave-site dialog' },
  // 本網站資料僅供參考, 資料來源：全國法規資料庫
  { pattern: /^(本网站资料仅供参考|本網站資料僅供參考|本站资料仅供参考|本站資料僅供參考).{0,30}$/, reason: 'site disclaimer' },
  { pattern: /^(資料來源|资料来源)[:：]\s*(全國法規資料庫|全国法规资料库|[\u4e00-\u9fff]{2,12}(資料庫|资料库|網|网|網站|网站))$/, reason: 'database source line' },
  // 本文链接：http://… (the page's own address)
  { pattern: /^(本文链接|本文鏈接|本文連結|本页链接|本頁連結|原文链接|原文鏈接|原文連結|本文地址|本文網址|本文网址)[:：]\s*\S{0,200}$/, reason: 'permalink of the page' },
  // 上一篇：无 / 下一篇：关于…的通知 (the next article's title is a link)
  { pattern: /^(上一篇|下一篇|上一條|下一條|上一条|下一条|上一則|下一則)[:：].{0,80}$/, reason: 'previous / next article link' },
  // site banners: 全國法規資料庫 Laws & Regulations Database of The Republic of China (Taiwan)
  { pattern: /^(全國法規資料庫|全国法规资料库|国家法律法规数据库|國家法律法規資料庫|中国政府网|中國政府網|中国人大网|中國人大網|北大法宝|北大法寶)(\s+[A-Za-z][A-Za-z&().,'\s-]*)?$/, reason: 'site banner' },
];

/** The tabs of a law database page (全國法規資料庫 and its kind), each a link. */
export const LAW_DB_TABS =
  '所有條文|所有条文|編章節|编章节|條號查詢|条号查询|條文檢索|条文检索|法條沿革|法条沿革|沿革|相關法條|相关法条|法規異動|法规异动|英譯|英译|下載|下载|立法歷程|立法历程|法規內容|法规内容';

/** Headings of the link lists under an article (相关稿件 …); see RELATED_LIST_HEADING. */
export const RELATED_HEADINGS = [
  '关联稿件', '關聯稿件', '相关文章', '相關文章', '相关阅读', '相關閱讀', '相关链接', '相關鏈接', '相關連結', '相关新闻', '相關新聞', '相关稿件', '相關稿件',
  '往期推荐', '往期推薦', '往期回顾', '往期回顧', '精彩推荐', '精彩推薦', '喜欢此内容的人还喜欢', '喜歡此內容的人還喜歡',
  '相关文件', '相關文件', '相关附件', '相關附件', '附件下载', '附件下載', '相关政策', '相關政策', '相关解读', '相關解讀', '您可能关注的文档', '您可能關注的文檔', '推荐阅读', '推薦閱讀', '热门文章', '熱門文章',
];

/**
 * Headings of the lists of other sites' links in a page's footer (上级政府网站, 县市区政府网站, 友情链接):
 * from the last of them on (nothing reads like body text after it) every short line is a link.
 */
export const LINK_LIST_HEADING = /^[\u4e00-\u9fff]{0,6}(政府网站|政府網站|部门网站|部門網站|机构网站|機構網站|网站群|網站群|友情链接|友情鏈接|相关网站|相關網站|网站导航|網站導航)[:：]?$/;

/**
 * Sections of government sites as their navigation bars name them (not issuer names: a line of
 * ministries is the issuer line of a joint document).
 */
export const SITE_SECTION_WORDS = [
  '首页', '首頁', '网站首页', '網站首頁', '新闻', '新聞', '要闻', '要聞', '动态', '動態', '工作动态', '工作動態', '通知公告', '公示公告',
  '政务公开', '政務公開', '信息公开', '資訊公開', '政府信息公开', '政策', '政策文件', '政策解读', '政策解讀', '法律', '法规', '法規',
  '行政法规', '行政法規', '监察法规', '監察法規', '地方性法规', '地方性法規', '司法解释', '司法解釋', '部门规章', '部門規章', '规章',
  '規章', '规范性文件', '規範性文件', '法律法规', '法律法規', '办事服务', '辦事服務', '政务服务', '政務服務', '服务', '服務', '互动',
  '互動', '互动交流', '互動交流', '公众参与', '公眾參與', '数据', '數據', '数据开放', '數據開放', '专题', '專題', '专题专栏', '專題專欄',
  '检索', '檢索', '高级检索', '高級檢索', '机构', '機構', '机构职能', '機構職能', '领导', '領導', '关于我们', '關於我們', '联系我们', '聯絡我們',
];
const SITE_SECTIONS = SITE_SECTION_WORDS.join('|');

/** Links a site's bar holds one by one (English, 网站导航, 无障碍 …): one alone at the edge goes. */
export const NAV_LINK_WORDS = [
  'English', 'ENGLISH', 'EN', '中文版', '切换到繁体', '切換到繁體', '切换到简体', '切換到簡體', '简体版', '簡體版', '繁體版', '繁体版', '简体', '簡體', '繁體', '繁体', '简', '繁', '網站導覽', '网站导览',
  '网站导航', '網站導航', '常見問答', '常见问答', '常见问题', '常見問題', '无障碍', '無障礙', '无障碍浏览', '無障礙瀏覽', '长者模式', '長者模式',
  '关怀版', '關懷版', '关怀模式', '關懷模式', '登录', '登錄', '登入', '注册', '註冊', '搜索', '搜尋', 'RSS', '回首页', '回首頁', '智能问答',
  '智能問答', '高级检索', '高級檢索', '站内搜索', '站內搜尋', '全文检索', '全文檢索', '个人中心', '個人中心', '退出', '邮箱', '郵箱',
  '政务邮箱', '政務郵箱', '手机版', '手機版', '移动版', '移動版', '电脑版', '電腦版',
];

/**
 * A browser copies a navigation menu one link a line (首页 / 机构职能 / 校内制度 …, or 首页 / | / 简 /
 * | / 繁): at the edge of the copy a run of short link-like lines is a menu when a lone separator line
 * sits in it, or a site section or site link (SITE_SECTION_WORDS, NAV_LINK_WORDS) is one of its lines.
 */
export const NAV_RUN = {
  /** A link: at most this many characters (a bullet before it aside), no punctuation. */
  maxItem: 8,
  /** A longer link (国家国防科技工业局, 山西网络广播电视台) continues a run but does not count towards one. */
  maxLong: 16,
  bullet: /^[■□●○◆◇▪▫•·►▶]\s*/,
  punctuation: /[。，、；：！？,;:!?《》〈〉“”"'‘’（）()【】〔〕]/,
  /** A line of separators or a rule between the links (|, ————). */
  separator: /^[|｜丨/／·•—–_=~-]{1,40}$/,
  /** Links in a run (separators aside) for a menu found by its words; one with a separator needs 2. */
  minItems: 3,
} as const;

/**
 * Lines removed only outside the body, before its first or after its last line of body text (an
 * unknown site's furniture): a navigation bar of short items between | separators, a bare web address.
 */
export const EDGE_LINES: readonly { pattern: RegExp; reason: string }[] = [
  { pattern: /^[^|｜丨\s]{1,10}(\s*[|｜丨]\s*[^|｜丨\s]{1,10})+$/, reason: 'navigation bar at the edge of the page' },
  { pattern: /^(https?:\/\/|www\.)\S+$/, reason: 'web address at the edge of the page' },
  // 法律 行政法规 监察法规 地方性法规 司法解释: three or more site sections separated by spaces
  { pattern: new RegExp(`^(${SITE_SECTIONS})([ \\u3000]+(${SITE_SECTIONS})){2,}$`), reason: 'navigation bar of site sections at the edge of the page' },
  // 首页 政务公开 政务服务 互动交流: a navigation bar whose items only spaces separate, led by 首页
  { pattern: /^(首页|首頁|网站首页|網站首頁)([ \u3000]+[^\s|｜丨]{2,8}){2,}$/, reason: 'navigation bar at the edge of the page' },
  // 地址：某某路1号　邮编：310000　电话：0571-… (a site's contact footer; a notice's own contact lines are body)
  { pattern: /^(?=.*(地址|地點)[:：])(?=.*(邮编|郵編|邮政编码|郵遞區號|电话|電話|传真|傳真)[:：]).{0,120}$/, reason: 'site footer (address) at the edge of the page' },
  // 某某省人民政府 主办 (the site's owner under its banner)
  { pattern: /^[\u4e00-\u9fff]{2,30}[ \u3000]*(主办|主辦)$/, reason: 'site owner banner at the edge of the page' },
  // one site-navigation link alone on a line: English, 网站导航, 常見問答, 无障碍, 长者模式 …
  { pattern: new RegExp(`^(${NAV_LINK_WORDS.join('|')})$`), reason: 'site navigation link at the edge of the page' },
  // a breadcrumb's crumbs on a line of their own, under 当前位置：首页 (>发展改革工作	>投资管理和项目推进)
  { pattern: /^([>＞»›]{1,2}[ \t\u3000]*[^\s>＞»›]{1,20}[ \t\u3000]*){1,8}$/, reason: 'breadcrumb trail continued at the edge of the page' },
  // the site's name under its banner (山西省人民政府网站), its search box's hot words (热门搜索： 转型 综改)
  { pattern: /^[\u4e00-\u9fff]{2,16}(门户网站|門戶網站|网站|網站)$/, reason: 'site name at the edge of the page' },
  { pattern: /^(热门搜索|熱門搜索|热门搜索词|熱門搜索詞|热搜|熱搜|热词|熱詞|热门关键词|熱門關鍵詞)[:：]/, reason: 'hot words of the search box at the edge of the page' },
  // 山西省人民政府网提示：使用大于1366*768分辨率/IE10.0或以上浏览器可以获得最佳浏览效果！
  { pattern: /^.{0,60}(最佳|最好)的?(浏览|瀏覽|显示|顯示|视觉|視覺)(效果|体验|體驗)[。！!]?$/, reason: 'browser hint at the edge of the page' },
  // a dialog's close button alone: X, ×, ✖
  { pattern: /^[Xx×✕✖╳]$/, reason: 'close button at the edge of the page' },
  // 中国政府网 江西省人民政府 宜春市人民政府: links to other government sites
  { pattern: /^(中国政府网|中國政府網)([ \u3000|｜丨]+[\u4e00-\u9fff]{2,14})+$/, reason: 'links to other government sites at the edge of the page' },
  // 关注我们 alone (a WeChat article's follow prompt)
  { pattern: /^(关注我们|關注我們|欢迎关注|歡迎關注)$/, reason: 'follow prompt at the edge of the page' },
  // one law database tab alone on a line (a row of them: data/cruft.ts)
  { pattern: new RegExp(`^(${LAW_DB_TABS})$`), reason: 'law database tab at the edge of the page' },
  // 您是第123456位访客, 访问量：…, 建议使用IE8以上浏览器, 最佳分辨率1024×768
  { pattern: /^(您是第\s*\d+\s*位(访客|訪客|访问者|訪問者)|.{0,10}(建议使用|建議使用|推荐使用|推薦使用).{0,30}(浏览器|瀏覽器).{0,30}|.{0,10}(最佳分辨率|最佳解析度|最佳浏览分辨率|最佳瀏覽解析度|最佳瀏覽解析|分辨率|解析度).{0,30})$/, reason: 'visitor counter / browser hint at the edge of the page' },
];
