// ASCII punctuation typed into Chinese text (a copy from a Word file or an English keyboard):
// between Chinese characters it becomes the full-width form the text uses everywhere else.
// Not `?` (a lone ? in Chinese text is usually a lost character, see warnings.ts), `.` only between
// Chinese and Chinese or a line end (not decimal points, 1. markers, 办法.pdf), and never between
// Latin letters or digits (10:01, 1,000, (1), 1:2).

/** Half-width mark → full-width mark, with the reason recorded for each change. */
export const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '!': '！', '.': '。' };

/** Han characters and the full-width punctuation around them. */
const CJK = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u3001-\\u3003\\u3008-\\u3011\\u3014-\\u301f\\uff01-\\uff0f\\uff1a-\\uff20“”‘’…—';

/** A mark with Chinese text right before it and after it (a space after it stays: it may separate run-together paragraphs). */
export const MARK_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])([,;:!])(?=[${CJK}])`, "g");

/** A mark after Chinese text at the end of a line or before a closing quote: …高质量发展! */
export const MARK_AT_END = new RegExp(`(?<=[\\u3400-\\u9fff])([,;:!])(?=[”’」』]*$)`, 'gm');

/** A mark before a number in Chinese text: 2020年,3月, 持续提升,50%以上 (the number then runs on in Chinese). */
export const MARK_BEFORE_NUMBER = new RegExp(`(?<=[\\u3400-\\u9fff])([,;:])(?=[0-9０-９]+[%％]?[\\u3400-\\u9fff])`, 'g');

/** ASCII parentheses around text holding Chinese: (2021—2025年), (意见决定、经验交流). */
export const PARENS_AROUND_CJK = /\(([^()\n]{0,100}?[\u3400-\u9fff][^()\n]{0,100}?)\)/g;

/** A full stop typed as `.` after Chinese, before Chinese or at the line end: 制定本方案. / 减量.推行 */
export const FULL_STOP = new RegExp(`(?<=[\\u3400-\\u9fff”’」』）])(\\.)(?=[\\u3400-\\u9fff“‘「『（]|[”’」』]*$)`, 'gm');

/**
 * … and after a number that ends a Chinese line: 有效期5年, 办公时间9:00-17:00. (not a marker line 1.);
 * not before a line starting with a digit: a decimal wrapped across lines (发生了7. / 3级强震); nor on a
 * line that is an annex's label and number (附件1., 附表2.): the point is its marker's, as in 1.
 */
export const FULL_STOP_AFTER_NUMBER = new RegExp(`(?<=[\\u3400-\\u9fff][^\\n]{0,200}[0-9０-９])(?<!^[ \\t\\u3000]*(?:附件|附表|附录|附錄)[ \\t\\u3000]*[0-9０-９]{1,2})(\\.)$(?!\\n[ \\t\\u3000]*[0-9０-９])`, 'gm');

/** A mark after a number in Chinese text, before Chinese: 达到100%;到2025年, 0571-12345678,办公时间 */
export const MARK_AFTER_NUMBER = new RegExp(`(?<=[\\u3400-\\u9fff][:：]?[-－0-9０-９.]*[0-9０-９%％])([,;])(?=[\\u3400-\\u9fff])`, 'g');

/** A mark between two percentages or a percentage and a count in Chinese text: 覆盖率100%,11个 (never 1,000). */
export const MARK_AFTER_PERCENT = new RegExp(`(?<=[\\u3400-\\u9fff][0-9０-９.]*[%％])([,;])(?=[0-9０-９]+[%％]?[\\u3400-\\u9fff])`, 'g');

/** A colon after a Chinese label, before a number: 联系电话:0571-…, 时间:9:00 (not 1:2). */
export const COLON_BEFORE_NUMBER = new RegExp(`(?<=[\\u3400-\\u9fff])(:)(?=[0-9０-９])`, 'g');

/** ASCII double quotes paired on a line around text holding Chinese: "可回收物、有害垃圾" */
export const QUOTES_AROUND_CJK = /"([^"\n]{0,100}?[\u3400-\u9fff][^"\n]{0,100}?)"/g;
