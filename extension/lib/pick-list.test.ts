import { describe, expect, it } from 'vitest';
import { matchesFilter, toggled } from './pick-list';

describe('matchesFilter', () => {
  it('ignores case, diacritics, đ and surrounding spaces; an empty filter matches everything', () => {
    expect(matchesFilter('HT-SGDĐT Sở Giáo dục và Đào tạo', '  so giao duc ')).toBe(true);
    expect(matchesFilter('Sở Giáo dục và Đào tạo', 'ĐÀO TẠO')).toBe(true);
    expect(matchesFilter('Công an tỉnh', 'giao duc')).toBe(false);
    expect(matchesFilter('Công an tỉnh', '   ')).toBe(true);
  });
});

describe('toggled', () => {
  it('adds or removes an id in a new set, leaving the old one as it was', () => {
    const before = new Set([1, 2]);
    expect([...toggled(before, 3, true)]).toEqual([1, 2, 3]);
    expect([...toggled(before, 1, false)]).toEqual([2]);
    expect([...before]).toEqual([1, 2]);
  });
});
