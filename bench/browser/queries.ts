// Fixed query set for search bytes and latency (same for Wenyuan and Starlight).
// The first query is the "first search": a frequent word whose posting list is large.
export const firstQuery = '治理';
export const typicalQuery = '数字化改革';
export const latencyQueries = [
  '治理', '数字化改革', '最多跑一次', '共同富裕', '营商环境', '基层治理', '政务公开', '乡村振兴', '生态环境', '法治',
  '浙里办', '2025年', '公共服务', '干部队伍', '收入分配', '社会救助', '安全生产', '文化高地', '數字化改革', '共同富裕示範區',
] as const;
