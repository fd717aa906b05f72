// Knowledge for grouping issuers by administrative level (中央 / 省级 / 市级 / 县级), as data with
// a reason each. An issuer's level is that of the most specific place it names (浙江省杭州市西湖区
// → 县级); a central organ names no place and is recognised by its name.

export type Level = 'central' | 'province' | 'city' | 'county' | 'other';

/** Levels in the order the browse page lists them. */
export const LEVELS: readonly Level[] = ['central', 'province', 'city', 'county', 'other'];

export const LEVEL_LABEL: Record<Level, { hans: string; hant: string }> = {
  central: { hans: '中央', hant: '中央' },
  province: { hans: '省级', hant: '省級' },
  city: { hans: '市级', hant: '市級' },
  county: { hans: '县级', hant: '縣級' },
  other: { hans: '其他', hant: '其他' },
};

/** Central organs: names that start an issuer and name no place. */
export const CENTRAL: readonly { prefix: RegExp; reason: string }[] = [
  { prefix: /^(中共中央|中央)/, reason: 'the Party centre and its organs (中共中央办公厅, 中央全面深化改革委员会)' },
  { prefix: /^(国务院|中华人民共和国)/, reason: 'the State Council, its offices and national laws (中华人民共和国主席令)' },
  { prefix: /^(全国人民代表大会|全国人大|全国政协|中国人民政治协商会议全国委员会)/, reason: 'the national legislature and CPPCC' },
  { prefix: /^(最高人民法院|最高人民检察院|国家监察委员会)/, reason: 'the supreme court, procuratorate and supervision commission' },
  { prefix: /^国家/, reason: 'national commissions and administrations (国家发展和改革委员会, 国家税务总局)' },
  {
    prefix: /^(外交|国防|教育|科学技术|科技|工业和信息化|公安|安全|民政|司法|财政|人力资源和社会保障|自然资源|生态环境|住房和城乡建设|交通运输|水利|农业农村|商务|文化和旅游|卫生健康|退役军人事务|应急管理)部/,
    reason: 'ministries of the State Council, written without 国务院',
  },
  { prefix: /^(中国人民银行|审计署|海关总署|市场监管总局|国家市场监督管理总局)/, reason: 'other central organs named without 国家' },
];

/** The four municipalities directly under the centre are provincial-level. */
export const MUNICIPALITIES: readonly string[] = ['北京市', '天津市', '上海市', '重庆市'];

/** Place units by the suffix of their name: one level each. Longer suffixes first (自治区 before 区). */
export const PLACE_SUFFIXES: readonly { suffix: string; level: Level; reason: string }[] = [
  { suffix: '特别行政区', level: 'province', reason: 'Hong Kong and Macao' },
  { suffix: '自治区', level: 'province', reason: 'autonomous regions (广西壮族自治区)' },
  { suffix: '省', level: 'province', reason: 'provinces' },
  { suffix: '自治州', level: 'city', reason: 'autonomous prefectures' },
  { suffix: '地区', level: 'city', reason: 'prefectures' },
  { suffix: '盟', level: 'city', reason: 'leagues of Inner Mongolia' },
  { suffix: '市', level: 'city', reason: 'cities (a county-level city under a prefecture is found by the chain: 浙江省杭州市建德市 → 县级)' },
  { suffix: '自治县', level: 'county', reason: 'autonomous counties' },
  { suffix: '县', level: 'county', reason: 'counties' },
  { suffix: '旗', level: 'county', reason: 'banners of Inner Mongolia' },
  { suffix: '区', level: 'county', reason: 'city districts (西湖区)' },
];
