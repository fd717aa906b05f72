// A date in a raw file's name is read only when it names a real day.
import { describe, expect, it } from 'vitest';
import { dateFromFileName } from '../../../scripts/convert/file-name-date.ts';

describe('dateFromFileName', () => {
  it('reads the date a LawRefBook file name carries', () => {
    expect(dateFromFileName('上海市科学技术进步条例(2010-09-17).md')).toEqual({ date: '2010-09-17', text: '2010-09-17' });
  });
  it('takes no day that does not exist, and no name without a date', () => {
    expect(dateFromFileName('某条例(2023-02-29).md')).toBeNull();
    expect(dateFromFileName('某条例(2019-13-01).md')).toBeNull();
    expect(dateFromFileName('某条例.md')).toBeNull();
  });
});
