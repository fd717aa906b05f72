// What leftovers of page numbers and web furniture look like, for the warnings of clean/residue.ts.
// Looser than the removal patterns on purpose: these only warn.

/** A line that is only a number framed by dashes or dots, or a 页/頁 number, in any spacing. */
export const PAGE_NUMBER_HINT = /^([-—–－─·•]+\s*[0-9０-９]{1,4}\s*[-—–－─·•]*|[-—–－─·•]*\s*[0-9０-９]{1,4}\s*[-—–－─·•]+|.{0,4}第\s*[0-9０-９]{1,4}\s*[页頁].{0,8})$/;

/** Words of web-page furniture; a short line holding one is suspicious. */
export const FURNITURE_HINTS: readonly { pattern: RegExp; reason: string }[] = [
  { pattern: /打印|列印|关闭窗口|關閉窗口|【关闭】|【關閉】/, reason: 'print / close' },
  { pattern: /(字体|字體|字号|字號)[:：]?\s*[【\[]?大/, reason: 'font size' },
  { pattern: /扫一扫|掃一掃|二维码|二維碼/, reason: 'QR code' },
  { pattern: /分享到|分享至|微信|微博/, reason: 'share' },
  { pattern: /纠错|糾錯/, reason: 'report an error' },
  { pattern: /ICP|公网安备|公網安備|网站标识码|網站標識碼/, reason: 'registration number' },
  { pattern: /版权所有|版權所有|Copyright|©/i, reason: 'copyright' },
  { pattern: /浏览次数|瀏覽次數|阅读次数|閱讀次數|点击数|點擊數|访问量|訪問量/, reason: 'view counter' },
  { pattern: /^(上一篇|下一篇|上一條|下一條)/, reason: 'previous / next' },
  { pattern: /当前位置|當前位置|您的位置/, reason: 'breadcrumb' },
  { pattern: /网站地图|網站地圖|联系我们|聯繫我們|聯絡我們/, reason: 'site links' },
  { pattern: /https?:\/\/|www\./, reason: 'web address' },
];

/** Separators and symbols of navigation links (首页 | 政策 › 文件, 更多>>). */
export const LINK_LIKE = /[|｜丨>»›]|>>|更多|返回|首页|首頁/;
