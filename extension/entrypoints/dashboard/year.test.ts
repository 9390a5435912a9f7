import { describe, expect, it } from 'vitest';
import { yearOf } from './year';

describe('yearOf', () => {
  it('takes a whole year from 1900 to 2100, spaces around it ignored', () => {
    expect(yearOf('2026')).toBe(2026);
    expect(yearOf(' 1900 ')).toBe(1900);
    expect(yearOf('2100')).toBe(2100);
  });

  it('refuses anything else', () => {
    for (const input of ['', ' ', '1899', '2101', '2026.5', 'năm nay', '20x6'])
      expect(yearOf(input)).toBeNull();
  });
});
