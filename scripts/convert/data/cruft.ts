// Web-page cruft: whole lines that belong to the page around a document, not to the document.
// Each pattern matches a complete line (after trimming). Keep each one narrow and say why.
// Toolbars, page metadata fields and site footers are in furniture.ts.
import { LAW_DB_TABS, LINK_LIST_HEADING, RELATED_HEADINGS } from './furniture.ts';

export interface CruftPattern {
  pattern: RegExp;
  reason: string;
}

/**
 * The label of a breadcrumb trail: 当前位置, 您的位置, 您现在的位置, 您当前所在位置, 所在位置 … (not 位置
 * alone: 办公位置：… is text).
 */
const WHERE =
  '(?:(?:您|你)(?:当前|當前|现在|現在|目前)?(?:所在|所處|所处)?的?|(?:当前|當前|现在|現在|目前)(?:所在|所處|所处)?的?|(?:所在|所處|所处)的?)位置';
/** Separators between the crumbs: > ＞ » › → / ／, maybe doubled (>>). */
const CRUMB_SEP = '[>＞»›→/／]{1,2}';
const CRUMB = '[^>＞»›→/／\\s]{1,20}';

/** Words a breadcrumb's last crumb (a section of the site) ends with: 国务院文件, 最新政策, 通知公告 … */
const SECTION_END = '(文件|政策|公告|通知|动态|動態|公开|公開|最新|解读|解讀|法规|法規|规章|規章|专题|專題|信息|資訊|要闻|要聞|新闻|新聞)';

/**
 * A breadcrumb glued to the title that follows it (the copy lost the line break):
 * 当前位置：首页 > 政策 > 国务院文件国务院关于…的意见. The trail ends at the first section word of its
 * last crumb (the longest such crumb without 关, which starts a title's 关于); at least 8 characters
 * of title must follow. Only the trail goes.
 */
export const GLUED_BREADCRUMB = new RegExp(`^(${WHERE}[:：]\\s*)?(首页|首頁|网站首页|網站首頁)(\\s*${CRUMB_SEP}\\s*${CRUMB})*?\\s*${CRUMB_SEP}\\s*[^>＞»›→/／\\s关關]{0,8}${SECTION_END}(?=\\S{8,}$)`);

/** Breadcrumb trails: 首頁 > 政務公開 > 政策文件, 当前位置：首页 » 政策文件, 您当前所在位置：首页 / 政策 / 文件. */
export const BREADCRUMB_LINES: readonly RegExp[] = [
  new RegExp(`^(${WHERE}[:：]\\s*)?(首页|首頁|网站首页|網站首頁)(\\s*${CRUMB_SEP}\\s*${CRUMB}){1,6}$`),
  new RegExp(`^${WHERE}[:：]\\s*${CRUMB}(\\s*${CRUMB_SEP}\\s*${CRUMB}){0,6}$`),
];

export const CRUFT_LINES: readonly CruftPattern[] = [
  // Navigation and "more" links under an article.
  { pattern: /^(查看更多|查看詳情|查看详情|更多|阅读全文|閱讀全文|阅读原文|閱讀原文|返回顶部|返回頂部|返回列表|上一篇|下一篇)$/, reason: 'navigation link' },
  { pattern: new RegExp(`^(${RELATED_HEADINGS.join('|')})[:：]?$`), reason: 'related-articles list heading' },
  // Related-article entries: a "details" link glued to a date and a view counter: 查看詳情2021-08-31 13269
  { pattern: /^(查看详情|查看詳情)\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(\s+\d+)?$/, reason: 'related-article link with date and view count' },
  // Page timestamp, optionally with time and a view counter: 2021-08-31 20153
  { pattern: /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(\s+\d{1,2}:\d{2}(:\d{2})?)?(\s+\d+)?$/, reason: 'page timestamp / view counter' },
  ...BREADCRUMB_LINES.map((pattern) => ({ pattern, reason: 'breadcrumb trail' })),
  // Share and view counters.
  { pattern: /^(分享到|分享至)[:：]?.{0,30}$/, reason: 'share buttons' },
  { pattern: /^(转发|轉發|收藏|点赞|點讚|评论|評論)[:：]?\s*\d*$/, reason: 'share / like counter' },
  { pattern: /^(浏览次数|瀏覽次數|阅读次数|閱讀次數|点击次数|點擊次數|点击数|點擊數|访问量|訪問量|阅读量|閱讀量|浏览人次|瀏覽人次|访问人次|訪問人次|訪客人次|访客人次|累计浏览|累計瀏覽|阅读|閱讀|点击|點擊|浏览|瀏覽)[:：]?\s*\d+\s*(次)?$/, reason: 'view counter' },
  // A page or article id with a short section label: 20152 本部 (not a year split off a title: 2021 年)
  { pattern: /^\d{4,}\s+(?![年月日号號])[\u4e00-\u9fff]{1,4}$/, reason: 'page id with section label' },
  // An editor's credit under the article: （责任编辑：张三）
  { pattern: /^[（(【\[](责任编辑|責任編輯|编辑|編輯|校对|校對|审核|審核)[:：][^）)】\]]{1,20}[）)】\]]$/, reason: 'editor credit' },
  // Tabs of a law database page (全國法規資料庫): 所有條文 編章節 條文檢索 沿革 (one alone: EDGE_LINES)
  { pattern: new RegExp(`^((${LAW_DB_TABS})[\\s\\u3000|｜]*){2,}$`), reason: 'law database tabs' },
  // Accessibility furniture of Taiwan government sites: the ::: access key (導盲磚), skip links
  { pattern: /^:::$/, reason: 'accessibility access key (:::)' },
  { pattern: /^((跳到|跳至|跳往)(主要|主)?(內容|内容)(區塊|区块|區|区)?|跳過導覽列|跳过导航)$/, reason: 'skip link' },
  // WeChat article furniture (a policy reposted by an official account): follow prompts, the
  // account-and-time byline, the reader buttons under the article
  { pattern: /^(点击|點擊)?(上方|上面|下方|标题下)?(蓝字|藍字)[\s\u3000]*(关注|關注)(我们|我們)?.{0,6}$/, reason: 'WeChat follow prompt' },
  { pattern: /^(长按|長按)(识别|識別|扫描|掃描|关注|關注)?.{0,4}(二维码|二維碼).{0,12}$/, reason: 'WeChat QR-code prompt' },
  { pattern: /^[\u4e00-\u9fffA-Za-z0-9]{2,20}[ \u3000]+\d{4}-\d{2}-\d{2}([ \u3000]+\d{1,2}:\d{2})?([ \u3000]*(发表于|發表於)[\u4e00-\u9fff]{2,6})?$/, reason: 'WeChat byline (account, time, place)' },
  { pattern: /^(点个|點個|点亮|點亮)?[“"「]?(在看|赞|讚)[”"」]?([，,、\s]*(分享|转发|轉發).{0,10})?$/, reason: 'WeChat reader buttons' },
  { pattern: /^(写留言|寫留言|留言|在看|点赞|點讚|赞赏|讚賞)$/, reason: 'WeChat reader buttons' },
  // Download-site boilerplate around an uploaded document.
  { pattern: /^(申明敬告|声明敬告|聲明敬告|免责声明|免責聲明)[:：].*$/, reason: 'download-site disclaimer' },
  { pattern: /^(文档介绍|文檔介紹|文档简介|文檔簡介|内容简介|內容簡介)[:：]?$/, reason: 'download-site section label' },
];

/**
 * Headings of the link lists under an article. From the first of these after which no line reads
 * like body text, every remaining short line is a list entry (an article title or link).
 */
export const RELATED_LIST_HEADING = new RegExp(`^(${RELATED_HEADINGS.join('|')}|查看更多)[:：]?$|${LINK_LIST_HEADING.source}`);

/** An entry of a related list right under its heading: a linked title and its date (图文解读：《…》 2023-07-12). */
export const RELATED_ENTRY = /^\S.{1,80}?[ \u3000\t]+\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/;

/** Body text: a long line, or one that ends a sentence. */
export const BODY_LINE = /^.{60,}$|[。！？]$/;

/** Reporter bylines at the start of a paragraph; only the byline goes, the sentence stays. */
export const BYLINES: readonly CruftPattern[] = [
  // 杭州日报讯 / 浙江日报讯 / 新华网讯
  { pattern: /^[\u4e00-\u9fff]{2,8}(日报|日報|晚报|晚報|早报|早報|商报|商報|新闻网|新聞網|网|網)讯[ \u3000]*/, reason: 'reporter byline' },
  // 本报讯（记者 张三）
  { pattern: /^(本报讯|本報訊|本报讯|本網訊|本网讯)([（(][^）)]{0,30}[）)])?[ \u3000]*/, reason: 'reporter byline' },
  // 新华社北京11月22日电
  { pattern: /^新华社[\u4e00-\u9fff]{2,6}\d{1,2}月\d{1,2}日电([（(][^）)]{0,30}[）)])?[ \u3000]*/, reason: 'news agency byline' },
];
