// Paging settings of the site config: defaults, environment overrides, clear errors.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/lib/config.ts';

const corpus = { WENYUAN_CORPUS: 'tests/fixtures/site/docs' };

describe('paging config', () => {
  it('defaults: 100 per page, 20 newest and 12 groups per facet on the home page', () => {
    const c = loadConfig(corpus);
    expect([c.pageSize, c.homeRecent, c.homeGroups]).toEqual([100, 20, 12]);
  });
  it('reads the environment', () => {
    const c = loadConfig({ ...corpus, WENYUAN_PAGE_SIZE: '25', WENYUAN_HOME_RECENT: '0', WENYUAN_HOME_GROUPS: '5' });
    expect([c.pageSize, c.homeRecent, c.homeGroups]).toEqual([25, 0, 5]);
  });
  it('rejects a page size that is not a positive whole number, naming the setting and the value', () => {
    expect(() => loadConfig({ ...corpus, WENYUAN_PAGE_SIZE: 'ten' })).toThrow(/pageSize \(WENYUAN_PAGE_SIZE\).*got NaN/);
    expect(() => loadConfig({ ...corpus, WENYUAN_PAGE_SIZE: '0' })).toThrow(/pageSize/);
    expect(() => loadConfig({ ...corpus, WENYUAN_PAGE_SIZE: '2.5' })).toThrow(/pageSize/);
  });
});
