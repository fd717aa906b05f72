// Every dictionary data file is valid, has a reason per entry, no duplicate keys, and its entries
// convert as the data says (so a stock-table change cannot silently override them).
import { describe, expect, it } from 'vitest';
import { phraseFiles, protectedFile, reviewedFile, slipFile } from '../../../src/lib/script/dict/index';
import { phraseFile, protectedFile as protectedSchema, reviewedFile as reviewedSchema, slipFile as slipSchema } from '../../../src/lib/script/dict/schema';
import { getConverter } from '../../../src/lib/script/index';

describe('dictionary data', () => {
  for (const [name, file] of Object.entries(phraseFiles)) {
    it(`${name}.json is valid and applied`, () => {
      const parsed = phraseFile.safeParse(file);
      expect(parsed.success, parsed.error?.message).toBe(true);
      const keys = file.entries.map((e) => e.s);
      expect(keys.filter((k, i) => keys.indexOf(k) !== i), 'duplicate keys').toEqual([]);
      const toT = getConverter({ from: 'hans', to: 'hant', variant: 't' });
      const toS = getConverter({ from: 'hant', to: 'hans', variant: 't' });
      for (const e of file.entries) {
        if (e.dir !== 't2s') expect(toT.convert(e.s), e.s).toBe(e.t);
        if (e.dir !== 's2t') expect(toS.convert(e.t), e.t).toBe(e.s);
      }
    });
  }

  it('protected.json, traditional-slips.json and reviewed.json are valid', () => {
    for (const [schema, data] of [[protectedSchema, protectedFile], [slipSchema, slipFile], [reviewedSchema, reviewedFile]] as const) {
      const parsed = schema.safeParse(data);
      expect(parsed.success, parsed.error?.message).toBe(true);
    }
    const wrong = slipFile.entries.map((e) => e.wrong);
    expect(wrong.filter((k, i) => wrong.indexOf(k) !== i)).toEqual([]);
  });
});
