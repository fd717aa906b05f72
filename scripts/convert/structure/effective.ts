// 施行日期 stated in the text: 本办法自2019年1月1日起施行, 本法自中華民國九十年一月一日施行,
// 本预案自印发之日起实施 (then the document's own date).

import { DATE_SOURCE, parseDate } from './date.ts';

const SUBJECT = '本(?:[\\u4e00-\\u9fff]{0,4}?)(?:法|条例|條例|办法|辦法|规定|規定|细则|細則|规则|規則|决定|決定|意见|意見|通知|方案|预案|預案|解释|解釋|规划|規劃|修正案|修正條文|修正条文)';
const EXPLICIT = new RegExp(`${SUBJECT}自(${DATE_SOURCE})(?:起)?(?:施行|实施|實施|生效)`);
const ON_ISSUE = new RegExp(`${SUBJECT}自(?:印发|印發|发布|發布|發佈)之日起(?:施行|实施|實施|生效)`);

/** The effective date a paragraph states, or 'on-issue' for "from the day it is issued". */
export function effectiveIn(text: string): string | 'on-issue' | null {
  const m = EXPLICIT.exec(text);
  if (m && !/修正/.test(m[0])) return parseDate(m[1]!);
  return ON_ISSUE.test(text) ? 'on-issue' : null;
}
