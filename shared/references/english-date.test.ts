import { describe, expect, it } from 'vitest';
import { englishDate, englishMonth } from './english-date';

describe('englishDate', () => {
  it('reads the month first or the day first, abbreviated or not', () => {
    expect(englishDate('September 25, 2024')).toBe('2024-09-25');
    expect(englishDate('Sep. 25, 2024 (GMT+7)')).toBe('2024-09-25');
    expect(englishDate('25 September 2024')).toBe('2024-09-25');
    expect(englishDate('1st of October, 2024')).toBe('2024-10-01');
  });

  it('reads no date from other words, days that do not exist or a missing year', () => {
    expect(englishDate('Mayor 12, 2024')).toBeNull();
    expect(englishDate('February 30, 2024')).toBeNull();
    expect(englishDate('September 25')).toBeNull();
    expect(englishDate('25/09/2024')).toBeNull();
  });
});

describe('englishMonth', () => {
  it('takes a name or its abbreviation, nothing longer', () => {
    expect(englishMonth('Sept')).toBe(9);
    expect(englishMonth('dec')).toBe(12);
    expect(englishMonth('Decide')).toBeNull();
  });
});
