// Every kind a conversion report can hold has words on the report page (src/lib/report/kinds.ts).
import { describe, expect, it } from 'vitest';
import { REMOVAL_KINDS, WARNING_KINDS, messageSchema } from '../../../src/lib/format/report.ts';
import { KIND_LABELS } from '../../../src/lib/report/kinds.ts';

describe('report kinds', () => {
  it('every removal and warning kind has a Chinese label and note', () => {
    const missing = [...REMOVAL_KINDS, ...WARNING_KINDS].filter((k) => k !== 'warning' && !(KIND_LABELS[k]?.label && KIND_LABELS[k]?.note));
    expect(missing).toEqual([]);
  });
  it('a warning without a known kind is not a valid report message', () => {
    const base = { file: 'a.txt', reason: 'r', severity: 'warning' };
    expect(messageSchema.safeParse({ ...base, kind: 'wrap?' }).success).toBe(true);
    expect(messageSchema.safeParse(base).success).toBe(false);
    expect(messageSchema.safeParse({ ...base, kind: 'something-else' }).success).toBe(false);
  });
});
