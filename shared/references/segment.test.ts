import { describe, expect, it } from 'vitest';
import { findReferences } from './find-references';
import { segmentAt } from './segment';

const only = (text: string) => {
  const refs = findReferences(text);
  expect(refs).toHaveLength(1);
  return refs[0] as (typeof refs)[number];
};

describe('segmentAt: a glued lower-case word after a mixed-case code or unit', () => {
  it.each([
    ['TTgvề', 'TTg'],
    ['TTgngày', 'TTg'],
    ['TTgcủa', 'TTg'],
    ['TTgđược', 'TTg'],
    ['TTravề', 'TTra'],
    ['CTrvề', 'CTr'],
    ['TTgve viec', 'TTg'],
  ])('%s → %s', (text, value) => {
    expect(segmentAt(text, 0)).toMatchObject({ value, glued: true });
  });

  it.each([
    ['UBNDngày', 'UBND'],
    ['UBNDNgày', 'UBND'],
    ['TWngày', 'TW'],
    ['SGDĐTngày', 'SGDĐT'],
    ['CPxNgày', 'CP'],
    ['GDTrHNgày', 'GD'],
    ['TTgNgày', 'TTg'],
  ])('keeps what it read before: %s → %s', (text, value) => {
    expect(segmentAt(text, 0)).toMatchObject({ value });
  });

  it.each([
    ['BYTHướng', 'BYT'],
    ['TTgTăng', 'TTg'],
    ['GDTrHHướng', 'GDTrH'],
    ['SYTƯớc', 'SYT'],
  ])('cuts a word in title case at its one capital: %s → %s', (text, value) => {
    expect(segmentAt(text, 0)).toMatchObject({ value, glued: true });
  });

  it.each([
    // An unknown unit with a lower-case word glued on: the word that spells a syllable (audit 29).
    ['TCKHngày', 'TCKH'],
    ['PGDĐTngày', 'PGDĐT'],
    ['TCKHvề', 'TCKH'],
    ['TCKHNgày', 'TCKH'],
  ])('cuts an unknown unit before the glued word: %s → %s', (text, value) => {
    expect(segmentAt(text, 0)).toMatchObject({ value, glued: true });
  });

  it('reads the same in NFD', () => {
    expect(segmentAt('TTgvề'.normalize('NFD'), 0)?.value).toBe('TTg');
  });
});

describe('findReferences: a symbol ending in a mixed-case code with a word glued on', () => {
  it('reads the code whole', () => {
    expect(only('Quyết định 553/QĐ-TTgvề việc')).toMatchObject({
      raw: '553/QĐ-TTg',
      symbol: '553/QĐ-TTg',
      issuer: 'TTg',
    });
    expect(only('Chỉ thị 05/CT-TTgngày 3/4/2024')).toMatchObject({
      raw: '05/CT-TTg',
      issuer: 'TTg',
      issuedDate: '2024-04-03',
    });
    expect(only('Quyết định số 88/2014/QĐ-TTgcủa Thủ tướng').symbol).toBe('88/2014/QĐ-TTg');
    expect(only('Kế hoạch 12/KH-TTravề').symbol).toBe('12/KH-TTra');
  });

  it('reads the old forms as it does with a space', () => {
    for (const [glued, spaced] of [
      ['Công văn 128/TTgvề', 'Công văn 128/TTg về'],
      ['Chỉ thị 213-TTgngày', 'Chỉ thị 213-TTg ngày'],
    ] as const) {
      expect(only(glued)).toEqual({ ...only(spaced), end: only(glued).end });
    }
  });

  it('keeps a code before a capitalised glued word as before', () => {
    expect(only('Quyết định 2435/QĐ-UBNDNgày').raw).toBe('2435/QĐ-UBND');
  });
});
