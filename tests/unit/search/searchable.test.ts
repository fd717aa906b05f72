import { describe, expect, it } from 'vitest';
import { hasSearchableText } from '../../../src/lib/search/searchable.ts';

describe('hasSearchableText', () => {
  it('punctuation, symbols and spaces alone have nothing to search', () => {
    for (const q of ['。', '，——', '《》', '、；：“”', '…… ！', '%&*', '　']) expect(hasSearchableText(q), q).toBe(false);
  });
  it('any Han character, letter or digit is searchable', () => {
    for (const q of ['治理', '。国', '2025', '第５条', 'GDP', '（一）']) expect(hasSearchableText(q), q).toBe(true);
  });
});
