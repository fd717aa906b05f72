// Why a cross-reference is not linked (src/lib/xref/resolve.ts `Why`), in words, on report/links/.
// One sentence per code; a code's data fills it in.
import type { Why } from '../xref/resolve.ts';

type Words = { [C in Why['code']]: (why: Extract<Why, { code: C }>) => string };

const WORDS: Words = {
  'no-articles': () => '本文件没有“第…条”标题，无处可链',
  'no-article': (w) => `本文件没有第${w.article}条`,
  'target-no-article': (w) => `所引文件没有第${w.article}条，只链接到文件`,
  'outside-article': (w) => `“${w.word}”不在任何一条之内`,
  'no-part': (w) => `本文件没有这一编（${w.id}）`,
  'no-chapter': (w) => `本文件没有这一章（${w.id}）`,
  'unquoted-title': () => '引的是未加书名号的其他文件的条文，不链接',
  'via-corpus': () => '在全库中查找',
  self: () => '引的是本文件自己',
  'no-title': () => '库中没有这个标题的文件',
  ambiguous: (w) => `库中有 ${w.count} 个文件同名，不知链接哪一个`,
};

/** The sentence for a reason code. */
export function reasonText(why: Why): string {
  return (WORDS[why.code] as (w: Why) => string)(why);
}
