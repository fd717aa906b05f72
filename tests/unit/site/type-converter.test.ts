import { describe, expect, it } from 'vitest';
import { docConverter, typeConverter } from '../../../src/lib/script-view.ts';

describe('document type labels', () => {
  it('are converted from simplified whatever the document script', () => {
    // The converter writes types as simplified vocabulary even for traditional originals.
    expect(docConverter({ script: 'hant' }, 'hant')('实施方案')).toBe('实施方案');
    expect(typeConverter('hant')('实施方案')).toBe('實施方案');
    expect(typeConverter('hans')('实施方案')).toBe('实施方案');
    expect(typeConverter('hant')('汇编')).toBe('彙編');
  });
});
