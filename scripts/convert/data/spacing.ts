// Spacing knowledge for the typesetting-space rule.

/**
 * Units and measure words that follow a number in running text. A space between a number and
 * one of these (and before the number) is typesetting, as in "到 2025 年" or "全省 16 个市".
 * A number followed by other text keeps its spaces: "会议讲话 1 治理体系" may be a title boundary.
 */
export const UNITS: readonly string[] = [
  '年', '月', '日', '号', '號', '时', '時', '小时', '小時', '分', '秒', '天', '周', '週', '岁', '歲', '世纪', '世紀',
  '个', '個', '名', '位', '人', '户', '戶', '家', '所', '项', '項', '件', '条', '條', '类', '類', '种', '種', '批',
  '次', '场', '場', '支', '套', '部', '处', '處', '座', '栋', '棟', '辆', '輛', '台', '臺', '张', '張', '本', '册', '冊',
  '万', '萬', '亿', '億', '千', '百', '余', '餘', '多', '大', '倍', '元', '美元', '平米', '平方', '公里', '米', '吨', '噸',
  '亩', '畝', '届', '屆', '期', '版', '章', '节', '節', '款', '路', '里', '度', '级', '級', '层', '層', '成', '%', '％',
];

/** Lines with more spaces between Han characters than this per 100 characters use them as separators. */
export const SEPARATOR_DENSITY = 0.5;

/**
 * Date units in titles and the numbers that go with each. A space between such a number and its
 * unit in a title is PDF extraction spacing ("2016 年全省…工作要点" next to "2017年…" in one
 * compilation); the range keeps a title's own separators ("会议讲话 1 月度…" is not a date).
 * `after`: the unit the number follows in a date chain (2018 年 10 月 23 日).
 */
export const TITLE_DATE_UNITS: Readonly<Record<string, { max: number; after: string | null }>> = {
  年: { max: 9999, after: null },
  月: { max: 12, after: '年' },
  日: { max: 31, after: '月' },
};

/**
 * Letter-spacing: a title line typeset with a space after every character (国 家 粮 食 应 急 预 案 的 函,
 * a PDF's second title line). Three or more single Han characters, each apart by one space, are one
 * word run; a title's own separators join words of two or more (中共中央 国务院, 会议讲话 1 月度…).
 */
export const LETTER_SPACED = /[\u4e00-\u9fff](?:[ \u00a0\u3000][\u4e00-\u9fff](?![\u4e00-\u9fff])){2,}/g;

/**
 * A whole line letter-spaced (土 地 使 用 期 限 的 批 复, 协 调 委 员 会 组 建 方 案): a title or heading line
 * justified across the page width, which a web page or PDF copy gives with one space between all
 * its characters. Every space goes, before the word rule would join only the words it knows and
 * leave "几个 问题 的 通知". Only single Han characters, three or more, apart by the same run of one to three
 * spaces (几  个  问  题: a wider justification); a number between two of them is spaced as one character
 * (廉 政 專 刊 第 2 期, 中 華 民 國 99 年 5 月 28 日 出 版: a gazette's cover), never two numbers in a row.
 */
export const LETTER_SPACED_LINE = /^[\u4e00-\u9fff]([ \u3000\u00a0]{1,3})(?:[0-9０-９]{1,4}\1)?[\u4e00-\u9fff](?:\1(?:[0-9０-９]{1,4}\1)?[\u4e00-\u9fff])+$/u;
