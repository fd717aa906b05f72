// Fixed vocabulary of the synthetic corpus: the frame of a document (who issues it, where, what kind,
// what web or PDF cruft surrounds it). Paragraph text is NOT here: it is recombined from the seed
// corpus's own sentences (see pool.ts). Everything is simplified script; hant documents convert it.

/** Places in Zhejiang, as in the seeds (省 / 市 / 区县). */
export const places = [
  '浙江省', '杭州市', '宁波市', '温州市', '嘉兴市', '湖州市', '绍兴市', '金华市', '衢州市', '舟山市', '台州市', '丽水市',
  '余杭区', '西湖区', '鄞州区', '瑞安市', '海宁市', '德清县', '诸暨市', '义乌市', '江山市', '岱山县', '临海市', '龙泉市',
] as const;

/** Issuer patterns; `{p}` is the place, `{s}` the place without its 省/市/区/县 suffix. */
export const issuerPatterns = [
  '中共{s}{u}委', '{p}人民政府', '{p}人民政府办公室', '{p}发展和改革委员会', '{p}人大常委会', '中共{s}{u}委办公室',
] as const;

/** Document types and their weight among standalone documents (决定 and 条例 have their own shapes). */
export const docTypes = { 意见: 4, 实施意见: 5, 实施方案: 5, 方案: 2, 通知: 3, 规划: 1, 办法: 1, 报告: 1 } as const;

/** Short subjects for 工作要点 and 条例 titles. */
export const subjects = [
  '政务公开', '数字化改革', '法治政府建设', '营商环境优化', '基层治理', '乡村振兴', '生态环境保护', '安全生产',
  '公共文化服务', '养老服务', '社会救助', '城市更新', '科技创新', '人才发展', '信用体系建设', '应急管理',
] as const;

/** Endings of regulation titles. */
export const lawTitles = ['条例', '管理条例', '促进条例', '实施办法', '若干规定'] as const;

/** Chapter names of regulations between 总则 and 附则. */
export const lawChapters = ['规划与建设', '管理与服务', '促进与保障', '监督检查', '法律责任'] as const;

/** Compilation categories, as in the seed 汇编 (一、意见决定 二、经验交流 …). */
export const compilationCategories = ['意见决定', '经验交流', '调研报告', '理论文章', '经验信息', '领导讲话'] as const;

/** Newspaper reporter bylines that open a preamble (cruft). */
export const bylines = ['{c}日报讯 ', '本报讯 ', '{c}晚报讯 '] as const;

/** Web-page lines around a document (cruft). `{n}` is a number, `{d}` a yyyy-mm-dd date. */
export const webHeaders = ['{n} 本部', '首页 > 政务公开 > 政策文件', '发布时间：{d} 浏览次数：{n}', '来源：{c}人民政府网'] as const;
export const webFooters = ['{d} {n}\n查看详情{d} {n}\n查看详情', '查看更多\n\n相关文章\n\n您可能关注的文档', '【打印本页】【关闭窗口】', '分享到：'] as const;
export const compilationNotice = '申明敬告: 本站不保证该用户上传的文档完整性,不预览、不比对内容而直接下载产生的反悔问题本站不予受理。';

/** Ordinals for markers and meeting numbers. */
export const chineseDigits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
