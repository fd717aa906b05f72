// Things a clean conversion must not contain: page numbers and web-page furniture. Counted in the
// output and subtracted by what the clean original itself contains (then it is real text).

export const pageNumberPatterns: RegExp[] = [
  /^[—－–-]\s*[0-9]{1,4}\s*[—－–-]$/, // — 3 —, - 3 -, －3－
  /^[·•]\s*[0-9]{1,4}\s*[·•]$/, // ·3·
  /^第\s*[0-9]{1,4}\s*页(?:\s*[，,]?\s*共\s*[0-9]{1,4}\s*页)?$/, // 第3页, 第3页 共12页
  /^[0-9]{1,4}\s*\/\s*[0-9]{1,4}$/, // 3/12
  /^[0-9]{1,3}$/, // a bare page number
];

/** A page number glued into a line of text (`发展趋— 1 —势`). */
export const gluedPageNumber = /[—－–]\s?[0-9]{1,4}\s?[—－–](?![0-9])/g;

export const furniturePatterns: RegExp[] = [
  /【?字[体號号]\s*[:：]?\s*[大中小]/, /【打印】|【列印】/, /【关闭】|【關閉】/, /当前位置|當前位置|您现在的位置/,
  /扫一扫|掃一掃/, /我要纠错/, /上一篇|下一篇/, /主办单位|主辦單位/, /网站标识码|網站標識碼/, /ICP备|ICP備/,
  /版权所有|版權所有/, /网站地图|網站地圖/, /联系我们|聯絡我們/, /列印時間/, /回頁首/, /資料來源/, /浏览次数|瀏覽次數/,
  /分享到/, /索引号|索引號/, /主题分类|主題分類/, /【\s*打印此页\s*】/,
];

function count(res: RegExp[], lines: string[]): number {
  return lines.reduce((n, l) => n + (res.some((re) => re.test(l.trim())) ? 1 : 0), 0);
}

export function pageNumbers(lines: string[]): number {
  const own = count(pageNumberPatterns, lines);
  const text = lines.filter((l) => !pageNumberPatterns.some((re) => re.test(l.trim())));
  const glued = text.reduce((n, l) => n + (l.match(gluedPageNumber)?.length ?? 0), 0);
  return own + glued;
}

export function furniture(lines: string[]): number {
  return count(furniturePatterns, lines);
}
