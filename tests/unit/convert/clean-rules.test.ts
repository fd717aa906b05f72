// Unit tests of single clean rules, for the decisions the fixtures do not pin down one by one.
import { describe, expect, it } from 'vitest';
import { isPinyin } from '../../../scripts/convert/clean/pinyin.ts';
import { continues } from '../../../scripts/convert/clean/line-wrap.ts';
import { RULES } from '../../../scripts/convert/clean/index.ts';
import { formFeedRule } from '../../../scripts/convert/clean/whitespace.ts';
import { pageNumberRule } from '../../../scripts/convert/clean/page-number.ts';
import { clean } from '../../../scripts/convert/clean/index.ts';
import { checkConservation } from '../../../scripts/convert/conservation.ts';
import type { Decoded } from '../../../scripts/convert/types.ts';

const doc = (text: string): Decoded => ({ file: 't.txt', encoding: 'utf-8', text, lineEnds: 'lf' });
const run = (text: string) => clean(doc(text));

describe('pinyin', () => {
  it('accepts tone-marked, tone-number and plain syllables', () => {
    for (const w of ['xué', 'xí', 'zhì', 'lǜ', 'nǚ', 'guān', 'zhuǎn', 'er', 'xue2', 'shuang', 'ńg', 'hm', 'ng']) expect(isPinyin(w), w).toBe(true);
  });
  it('rejects abbreviations and English words', () => {
    for (const w of ['gep', 'qflp', 'app', 'pdf', 'www', 'html', 'cm', 'km', 'mm', 'tm', 'kn']) expect(isPinyin(w), w).toBe(false);
  });
  it('removes annotations only right after a Han character', () => {
    expect(run('學(xué)習(xí)與 (xué) 和 abc(de)\n').text).toBe('學習與 (xué) 和 abc(de)\n');
  });
});

describe('line wraps', () => {
  it('joins a line that stops mid-sentence', () => {
    expect(continues('依法发布、分级负责，', '公开透明、科学规范的原则。')).toBe(true);
    expect(continues('（二）强化机制保障。健全主管部门与宣传等部门', '的沟通协调机制。')).toBe(true);
  });
  it('keeps titles, issuer lines, dates and headings apart', () => {
    expect(continues('中共中央 国务院', '关于支持浙江高质量发展建设共同富裕示范区的意见')).toBe(false);
    expect(continues('2021年浙江省政务公开工作要点', '2021年全省政务公开工作的总体要求是：')).toBe(false);
    expect(continues('一、聚焦重点领域深化政务公开', '（一）深化重要政府信息公开。')).toBe(false);
    expect(continues('中共某某省委关于高水平推进治理现代化的决定', '（2019年11月22日全体会议通过）')).toBe(false);
    expect(continues('到2025年，推动高质量发展取得明显实质性进展。', '到2035年，基本实现共同富裕。')).toBe(false);
  });
  it('joins a middle line without punctuation when it continues the line before', () => {
    const text = '坚持以人民为中心，推动政务公开工作\n在更高水平上实现规范化标准化信息化便利化的目标要求并持续深化\n各项改革。\n';
    expect(run(text).text).toBe('坚持以人民为中心，推动政务公开工作在更高水平上实现规范化标准化信息化便利化的目标要求并持续深化各项改革。\n');
  });

  it('never joins into a following numbered heading', () => {
    expect(continues('坚持生命至上、实事求是，依法发布，', '2.完善机制。')).toBe(false);
  });
});

describe('spaces', () => {
  it('removes typesetting spaces around numbers with units', () => {
    expect(run('全省 16 个市，不低于 4% 的指标，到 2025 年。\n').text).toBe('全省16个市，不低于4%的指标，到2025年。\n');
  });
  it('keeps a number that is not a quantity apart', () => {
    expect(run('会议讲话 1 治理体系\n').text).toBe('会议讲话 1 治理体系\n');
  });
});

describe('warnings', () => {
  it('reports garbled text, U+FFFD and private-use characters with their line', () => {
    const w = run('第一行\n共同富\uFFFD裕\n基本\uE001公共\n服務?實現\n').warnings;
    expect(w.map((m) => [m.line, m.reason.slice(0, 12)])).toEqual([
      [4, 'garbled text'],
      [2, 'replacement '],
      [3, 'private-use '],
    ]);
  });
});

describe('web cruft', () => {
  it('drops page ids and counters but not a year on its own line', () => {
    expect(run('20152 本部\n2021-08-31 20153\n2021 年\n浙江省政务公开工作要点\n').text).toBe('2021年\n浙江省政务公开工作要点\n');
  });
});

describe('web page headers in either script', () => {
  const page = (header: string) => `${header}\n关于推进工作的意见\n一、总体要求\n`;
  it.each([
    ['發佈時間：2017-02-13 瀏覽次數：75083', 'page metadata line'],
    ['发布时间：2017-02-13 浏览次数：75083', 'page metadata line'],
    ['來源：麗水人民政府網 發佈時間：2017-02-13', 'page metadata line'],
    ['字號：大 中 小', 'font-size switch'],
    ['【字体：大 中 小】', 'font-size switch'],
    ['【打印本頁】【關閉窗口】', 'page tools'],
    ['首頁 > 政務公開 > 政策文件', 'breadcrumb trail'],
    ['當前位置：首頁 » 政策文件', 'breadcrumb trail'],
    ['點擊次數：345', 'view counter'],
  ])('removes %s and says why in the report', (header, reason) => {
    const decoded = doc(page(header));
    const c = clean(decoded);
    expect(c.text).toBe('关于推进工作的意见\n一、总体要求\n');
    expect(c.removals).toEqual([expect.objectContaining({ kind: 'web-cruft', offset: 0, text: `${header}\n`, reason: `${reason}: ${header}` })]);
    expect(() => checkConservation(decoded, c)).not.toThrow();
  });
  it('keeps body text that only mentions these words', () => {
    for (const line of ['首頁改版後，欄目要便於查找。', '當前位置：首頁的位置要醒目，便於群眾找到辦事入口和政策文件的解讀。', '字號大小要適中。', '打印和關閉要方便']) {
      expect(run(page(line)).text.split('\n')[0]).toBe(line);
    }
  });
});

describe('degenerate input', () => {
  it('warns when nothing but page furniture was there', () => {
    const c = run('查看更多\n相关文章\n');
    expect(c.text).toBe('');
    expect(c.warnings.map((w) => w.reason)).toEqual([expect.stringMatching(/nothing is left/)]);
  });
  it('turns form feeds (PDF page breaks) into line ends', () => {
    expect(run('第一页末尾。\f第二页开头。\n\f第三页。\n').text).toBe('第一页末尾。\n第二页开头。\n第三页。\n');
  });
  it('handles text without any line end', () => {
    expect(run('没有换行的一段文字。').text).toBe('没有换行的一段文字。\n');
  });
});

describe('rule order', () => {
  it('runs corrections first and the warning pass last', () => {
    expect(RULES[0]!.kind).toBe('html');
    // form feeds stay until the page rules have read them as page breaks
    // (the form-feed rule itself: another whitespace rule, table-cells, runs before the page rules)
    expect(RULES.indexOf(formFeedRule)).toBe(RULES.indexOf(pageNumberRule) + 1);
    expect(RULES.at(-1)!.kind).toBe('warning');
  });
  it('is pure: the same input gives the same output', () => {
    const text = '杭州日报讯 会议认真学习贯彻十九届 四中全会精神。\n十九届四中全会\n';
    expect(JSON.stringify(run(text).removals)).toBe(JSON.stringify(run(text).removals));
  });
});
