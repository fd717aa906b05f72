// Issuers are grouped by administrative level, read from their names.
import { describe, expect, it } from 'vitest';
import { issuerLevel } from '../../../src/lib/issuer-level/index.ts';

describe('issuerLevel', () => {
  it.each([
    ['中共中央 国务院', 'central'],
    ['国务院办公厅', 'central'],
    ['国家发展和改革委员会', 'central'],
    ['教育部', 'central'],
    ['中共浙江省委', 'province'],
    ['浙江省市场监督管理局', 'province'],
    ['广西壮族自治区人民政府', 'province'],
    ['北京市人民政府', 'province'],
    ['中共嘉兴市委', 'city'],
    ['延边朝鲜族自治州人民政府', 'city'],
    ['杭州市西湖区人民政府', 'county'],
    ['北京市朝阳区人民政府', 'county'],
    ['浙江省杭州市建德市人民政府', 'county'],
    ['某某有限公司', 'other'],
    ['中共浙江省委 浙江省人民政府', 'province'],
  ])('%s → %s', (name, level) => {
    expect(issuerLevel(name)).toBe(level);
  });
});
