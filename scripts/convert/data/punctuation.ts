// ASCII punctuation typed into Chinese text (a copy from a Word file or an English keyboard):
// between Chinese characters it becomes the full-width form the text uses everywhere else.
// Not `?` (a lone ? in Chinese text is usually a lost character, see warnings.ts), not `.`
// (decimal points, 1. markers), and never between Latin letters or digits (10:01, 1,000, (1)).

/** Half-width mark → full-width mark, with the reason recorded for each change. */
export const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '!': '！' };

/** Han characters and the full-width punctuation around them. */
const CJK = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u3001-\\u3003\\u3008-\\u3011\\u3014-\\u301f\\uff01-\\uff0f\\uff1a-\\uff20“”‘’…—';

/** A mark with Chinese text right before it and after it (a space after it stays: it may separate run-together paragraphs). */
export const MARK_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])([,;:!])(?=[${CJK}])`, "g");

/** A mark after Chinese text at the end of a line or before a closing quote: …高质量发展! */
export const MARK_AT_END = new RegExp(`(?<=[\\u3400-\\u9fff])([,;:!])(?=[”’」』]*$)`, 'gm');

/** A mark before a number in Chinese text: 2020年,3月 (the number then runs on in Chinese). */
export const MARK_BEFORE_NUMBER = new RegExp(`(?<=[\\u3400-\\u9fff])([,;:])(?=[0-9０-９]+[\\u3400-\\u9fff])`, 'g');

/** ASCII parentheses around text holding Chinese: (2021—2025年), (意见决定、经验交流). */
export const PARENS_AROUND_CJK = /\(([^()\n]{0,100}?[\u3400-\u9fff][^()\n]{0,100}?)\)/g;
