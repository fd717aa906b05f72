// 施行日期 stated in the text: 本办法自2019年1月1日起施行, 本法自中華民國九十年一月一日施行,
// 本预案自印发之日起实施 (then the document's own date); a decree's or announcement's promulgation
// sentence (《…》已经…通过，现予公布，自2022年7月1日起施行) says it of the text it publishes.

import { DATE_SOURCE, parseDate } from './date.ts';

const SUBJECT = '本(?:[\\u4e00-\\u9fff]{0,4}?)(?:法|条例|條例|办法|辦法|规定|規定|细则|細則|规则|規則|决定|決定|意见|意見|通知|方案|预案|預案|解释|解釋|规划|規劃|修正案|修正條文|修正条文|公告|通告|批复|批覆)';
/** 现予公布，自…: the promulgation sentence of a 令 or 公告 (its subject is the text it publishes). */
const PUBLISHED = '(?:现予|現予)(?:公布|公佈|发布|發布|發佈|印发|印發)[，,]\\s*';
/** 执行 is a 公告's word for it (本公告自2019年4月1日起执行). */
const VERB = '(?:施行|实施|實施|生效|执行|執行)';
const EXPLICIT = new RegExp(`(?:${SUBJECT}|${PUBLISHED})自(${DATE_SOURCE})(?:起)?${VERB}`);
// 自公布之日起 only in a promulgation sentence: a law's own 本法自公布之日起施行 is about its first promulgation,
// which a revised text's date is not
const ON_ISSUE = new RegExp(`${SUBJECT}自(?:印发|印發|发布|發布|發佈)之日起${VERB}|${PUBLISHED}自(?:印发|印發|发布|發布|發佈|公布|公佈)之日起${VERB}`);

/** The effective date a paragraph states, or 'on-issue' for "from the day it is issued". */
export function effectiveIn(text: string): string | 'on-issue' | null {
  const m = EXPLICIT.exec(text);
  if (m && !/修正/.test(m[0])) return parseDate(m[1]!);
  return ON_ISSUE.test(text) ? 'on-issue' : null;
}
