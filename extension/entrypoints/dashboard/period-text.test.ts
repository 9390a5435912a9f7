import { describe, expect, it } from 'vitest';
import { readPeriod } from './period-text';

describe('readPeriod', () => {
  it('reads both ends as ISO days, an empty end as open', () => {
    expect(readPeriod('01/03/2026', '31/3/2026')).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(readPeriod('', ' ')).toEqual({ from: '', to: '' });
    expect(readPeriod('5/3/2026', '')).toEqual({ from: '2026-03-05', to: '' });
  });

  it('names the text that is not a day, the start first', () => {
    expect(readPeriod('31/02/2026', 'later')).toEqual({ badDate: '31/02/2026' });
    expect(readPeriod('01/03/2026', 'later')).toEqual({ badDate: 'later' });
  });

  it('refuses a start after the end, but not the same day', () => {
    expect(readPeriod('02/03/2026', '01/03/2026')).toEqual({ reversed: true });
    expect(readPeriod('01/03/2026', '01/03/2026')).toEqual({ from: '2026-03-01', to: '2026-03-01' });
  });

  it('reads with the parser it is given', () => {
    const parse = (text: string) => (text === 'x' ? null : text);
    expect(readPeriod('a', 'x', parse)).toEqual({ badDate: 'x' });
    expect(readPeriod('b', 'a', parse)).toEqual({ reversed: true });
  });
});
