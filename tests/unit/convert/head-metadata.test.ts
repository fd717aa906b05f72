import { describe, expect, it } from 'vitest';
import { findInfoTables } from '../../../scripts/convert/clean/info-table.ts';
import { convertFile } from '../../../scripts/convert/pipeline.ts';
import { docNumberLine } from '../../../scripts/convert/structure/doc-number.ts';
import { parseDate } from '../../../scripts/convert/structure/date.ts';
import { readHistoryNote, readHistoryNoteLines } from '../../../scripts/convert/structure/history-note.ts';
import { effectiveIn } from '../../../scripts/convert/structure/effective.ts';
import { loadStages } from '../../../scripts/convert/cli-stages.ts';

describe('发文字号', () => {
  it.each([
    ['国发〔2019〕5号', '国发〔2019〕5号'],
    ['国办发[2018]128号', '国办发〔2018〕128号'],
    ['浙委发［2021］12号', '浙委发〔2021〕12号'],
    ['国函(2018)159号', '国函〔2018〕159号'],
    ['（国办发明电〔2018〕15号）', '国办发明电〔2018〕15号'],
  ])('%s → %s', (text, value) => expect(docNumberLine(text)?.value).toBe(value));
  it('a sentence quoting one is not a number line', () => expect(docNumberLine('根据国发〔2019〕5号文件要求。')).toBeNull());
  it.each([
    ['财政部　税务总局　海关总署公告2019年第39号', '财政部 税务总局 海关总署公告2019年第39号'],
    ['（国家税务总局公告2019年第14号）', '国家税务总局公告2019年第14号'],
    ['国家市场监督管理总局通告2020年第12号', '国家市场监督管理总局通告2020年第12号'],
  ])('an announcement numbered by year: %s → %s', (text, value) => expect(docNumberLine(text)?.value).toBe(value));
});

describe('dates', () => {
  it('民國 years count from 1912', () => expect(parseDate('民國 93 年 05 月 19 日')).toBe('2004-05-19'));
  it('○ is a zero', () => expect(parseDate('二○○四年六月二十六日')).toBe('2004-06-26'));
  it('中華民國九十年一月一日', () => expect(parseDate('本法自中華民國九十年一月一日施行')).toBe('2001-01-01'));
});

describe('history note', () => {
  it('the date is the latest adoption, promulgation or revision; the meeting is adoptedBy', () => {
    const n = readHistoryNote('（2020年12月21日国务院第119次常务会议通过　2021年1月26日中华人民共和国国务院令第737号公布　2021年5月1日施行）')!;
    expect(n).toMatchObject({ date: '2021-01-26', issuer: '国务院', adoptedBy: '国务院第119次常务会议', effective: '2021-05-01', docNumber: '国务院令第737号' });
  });
  it('amendments adopted as separate instruments do not date the text', () => {
    const n = readHistoryNote('（1982年12月4日第五届全国人民代表大会第五次会议通过　1982年12月4日全国人民代表大会公告公布施行　2018年3月11日第十三届全国人民代表大会第一次会议通过的《中华人民共和国宪法修正案》）')!;
    expect(n).toMatchObject({ date: '1982-12-04', issuer: '全国人民代表大会', effective: '1982-12-04' });
  });
  it('…会议通过，自…起施行: the comma and 自 open the second event', () => {
    const n = readHistoryNote('（2019年12月2日最高人民检察院第十三届检察委员会第二十八次会议通过，自2019年12月30日起施行）')!;
    expect(n).toMatchObject({ date: '2019-12-02', issuer: '最高人民检察院', adoptedBy: '最高人民检察院第十三届检察委员会第二十八次会议', effective: '2019-12-30' });
  });
  it('a court’s judicial committee adopts for the court', () => {
    expect(readHistoryNote('（2020年12月23日最高人民法院审判委员会第1823次会议通过）')?.issuer).toBe('最高人民法院');
  });
  it('law collections set the note without brackets; a body sentence that starts with a date is no note', () => {
    expect(readHistoryNote('2020年11月27日 上海市第十五届人民代表大会常务委员会第二十七次会议通过')).toMatchObject({ date: '2020-11-27', issuer: '上海市人民代表大会常务委员会' });
    expect(readHistoryNote('1990年8月19日 中华人民共和国国务院令第64号发布')).toMatchObject({ date: '1990-08-19', issuer: '国务院', docNumber: '国务院令第64号' });
    expect(readHistoryNote('2021年5月20日，国务院常务会议通过了实施方案。')).toBeNull();
    expect(readHistoryNote('2021年5月20日 全省推进会在杭州召开')).toBeNull();
  });
  it('a bare note with one event a line is read as one note, up to the first line that is not one', () => {
    const lines = ['1994年1月28日 中华人民共和国国务院令第142号发布', '2011年7月19日 《国务院关于修改〈某条例〉的决定》第三次修订', '2018年12月18日 中华人民共和国国务院令第707号第四次修订', '2019年1月1日 施行', '第一条 为了……制定本条例。'];
    const read = readHistoryNoteLines((k) => lines[k])!;
    expect(read.lines).toBe(4);
    expect(read.note).toMatchObject({ date: '2018-12-18', issuer: '国务院', docNumber: '国务院令第707号', effective: '2019-01-01' });
    expect(readHistoryNoteLines((k) => ['（2020年1月1日某会议通过）', '2021年1月1日 施行'][k])!.lines).toBe(1);
  });
  it('a higher body approving a city regulation dates it but does not issue it', () => {
    const n = readHistoryNote('（2017年8月31日南阳市第五届人民代表大会常务委员会第二十八次会议通过　2017年9月29日河南省第十二届人民代表大会常务委员会第三十一次会议批准）')!;
    expect(n).toMatchObject({ date: '2017-09-29', issuer: '南阳市人民代表大会常务委员会', adoptedBy: '南阳市第五届人民代表大会常务委员会第二十八次会议' });
  });
});

describe('effective', () => {
  it('本办法自…起施行', () => expect(effectiveIn('第三十二条　本办法自2019年1月1日起施行。')).toBe('2019-01-01'));
  it('from the day of issue', () => expect(effectiveIn('本预案自印发之日起实施。')).toBe('on-issue'));
  it('a promulgation sentence says it of the text it publishes', () => {
    expect(effectiveIn('《某某规定》已经2022年4月2日国家市场监督管理总局第5次局务会议通过，现予公布，自2022年7月1日起施行。')).toBe('2022-07-01');
    expect(effectiveIn('《某某条例》已经国务院第115次常务会议通过，现予公布，自公布之日起施行。')).toBe('on-issue');
  });
  it('an announcement takes effect (执行) too', () => expect(effectiveIn('九、本公告自2019年4月1日起执行。')).toBe('2019-04-01'));
  it('a date in another sentence is not it', () => expect(effectiveIn('2019年1月1日起，各地要开展试点。')).toBeNull());
  it('Chinese numerals and traditional script', () => {
    expect(effectiveIn('本条例自二〇一九年七月一日起施行。')).toBe('2019-07-01');
    expect(effectiveIn('本條例自2019年3月1日起施行。')).toBe('2019-03-01');
    expect(effectiveIn('本法自中華民國九十年一月一日施行。')).toBe('2001-01-01');
  });
  it('never another text\u2019s date, nor a repeal', () => {
    expect(effectiveIn('《中华人民共和国行政处罚法》自1996年10月1日起施行。')).toBeNull();
    expect(effectiveIn('此前的规定自2019年1月1日起废止。')).toBeNull();
  });
});

describe('information table', () => {
  const page = ['首页 > 政策', '索 引 号：000014349/2019-00012\t主题分类：综合政务', '发文机关：国务院\t成文日期：2019年01月27日', '标　　题：国务院关于某某工作的意见', '发文字号：国发[2019]5号\t发布日期：2019年02月15日', '', '国务院关于某某工作的意见', '正文。'].join('\n');
  it('reads every field and only the table lines', () => {
    const { tables, lines } = findInfoTables(page);
    expect(lines.map((l) => l.text.slice(0, 4))).toEqual(['索 引 ', '发文机关', '标　　题', '发文字号']);
    expect(Object.fromEntries(tables[0]!.entries.map((e) => [e.key, e.value]))).toMatchObject({ 发文机关: '国务院', 成文日期: '2019年01月27日', 发文字号: '国发[2019]5号' });
  });
  it('a lone 标题： line in the body is not a table', () => expect(findInfoTables('标题：某某\n正文。').tables).toEqual([]));
  it('becomes metadata, is removed with a report entry, and the original number stays in the report', () => {
    const { docs, report } = convertFile('page.txt', new TextEncoder().encode(page + '\n国务院\n2019年1月27日\n'), loadStages('/nonexistent'));
    const m = docs[0]!.model;
    expect(m).toMatchObject({ title: '国务院关于某某工作的意见', issuer: '国务院', date: '2019-01-27', docNumber: '国发〔2019〕5号' });
    expect(report.removals.filter((r) => r.kind === 'info-table')).toHaveLength(4);
    expect(report.metadata.find((n) => n.field === 'docNumber')).toMatchObject({ value: '国发〔2019〕5号', text: '发文字号：国发[2019]5号', line: 5, from: 'info-table' });
    expect(docs[0]!.markdown).not.toContain('索');
  });
  it('the text\u2019s own signature date wins over a 成文日期 the page misstates; without one the table dates it', () => {
    const signed = convertFile('page.txt', new TextEncoder().encode(page.replace('2019年01月27日', '2019年01月17日') + '\n国务院\n2019年1月27日\n'), loadStages('/nonexistent'));
    expect(signed.docs[0]!.model.date).toBe('2019-01-27');
    const unsigned = convertFile('page.txt', new TextEncoder().encode(page.replace('2019年01月27日', '2019年01月17日') + '\n'), loadStages('/nonexistent'));
    expect(unsigned.docs[0]!.model.date).toBe('2019-01-17');
  });
});

describe('Taiwan issuer from the 沿革', async () => {
  const { issuerOfHistory, competentAuthority } = await import('../../../scripts/convert/structure/law-record-issuer.ts');
  it.each([
    ['1.中華民國七十六年七月三日行政院（76）台內字第 14636  號令訂定發布全文 50 條', '行政院'],
    ['4.中華民國九十八年三月二十四日行政院院授研綜字第0982260326號令修正發布全文12條；並自發布日施行', '行政院'],
    ['1.中華民國一百十二年七月三十一日行政院農業委員會農人字第1120112870I號令訂定發布全文7條', '行政院農業委員會'],
    ['4.中華民國一百零九年八月五日國家發展委員會檔案管理局檔秘字第1090023834B號令修正發布第2條', '國家發展委員會檔案管理局'],
    ['9.中華民國一百零九年十一月二十五日內政部台內警字第1090873048號令、教育部臺教高（五）字第1090150638A號令會銜修正發布全文', '內政部 教育部'],
    ['1.中華民國三十七年七月二十日監察院第二十二次會議通過施行', '監察院'],
  ])('%s → %s', (entry, issuer) => expect(issuerOfHistory([entry])?.issuer).toBe(issuer));
  it('a law promulgated by the President has none, and says why', () => {
    const r = issuerOfHistory(['3.中華民國一百十二年十二月二十七日總統華總一義字第11200113051號令修正公布第18條條文']);
    expect(r?.issuer).toBeNull();
    expect(r?.reason).toMatch(/總統令/);
  });
  it('the competent authority of a 法規類別', () => {
    expect(competentAuthority('行政＞內政部＞營建目')).toBe('內政部');
    expect(competentAuthority('司法＞院本部＞行懲及智財目')).toBe('司法院');
  });
});
