/**
 * The pure pieces behind search and keys: the FTS5 query built from the user's text, the
 * indexed document, and the server's reference keys.
 */
import { describe, expect, it } from 'vitest';
import { candidateKeys, referenceKey } from '../dispatches/keys';
import { ftsQuery, searchDocument } from '../dispatches/search';

describe('ftsQuery', () => {
  it('folds, quotes each word as a phrase of its tokens, and makes it a prefix', () => {
    expect(ftsQuery('bảo vệ')).toBe('"bao"* "ve"*');
    expect(ftsQuery('  BẢO   Vệ ')).toBe('"bao"* "ve"*');
    expect(ftsQuery('Đà Nẵng')).toBe('"da"* "nang"*');
    expect(ftsQuery('3944/UBND-NC')).toBe('"3944 ubnd nc"*');
    expect(ftsQuery('3944')).toBe('"3944"*');
  });

  it('leaves no FTS syntax in the query', () => {
    expect(ftsQuery('a OR b')).toBe('"a"* "or"* "b"*');
    expect(ftsQuery('"x" NEAR(y z)')).toBe('"x"* "near y"* "z"*');
    expect(ftsQuery('col:val ^start -neg')).toBe('"col val"* "start"* "neg"*');
    for (const q of ['"', '*', '()', '- - -', '\u0301', '']) expect(ftsQuery(q)).toBeNull();
  });

  it('keeps at most 12 words', () => {
    expect(ftsQuery(Array.from({ length: 30 }, (_, i) => `w${i}`).join(' '))?.split(' ')).toHaveLength(12);
  });
});

describe('searchDocument', () => {
  it('folds the symbol, key, subject, issuing body and type name', () => {
    expect(
      searchDocument({
        symbol: '123/QĐ-UBND',
        key: '123/QD-UBND',
        subject: 'Về việc Bảo vệ',
        issuingBody: 'UBND tỉnh Đắk Lắk',
        typeName: 'Quyết định',
      }),
    ).toBe('123/qd-ubnd \n 123/qd-ubnd \n ve viec bao ve \n ubnd tinh dak lak \n quyet dinh');
  });
});

describe('referenceKey', () => {
  it('keys a symbol the way the engine writes it, whatever the dashes, spaces and case', () => {
    for (const written of ['3944/UBND-NC', '3944/UBND – NC', ' 3944/ubnd-nc ', '3944/UBND - NC']) {
      expect(referenceKey(written), written).toBe('3944/UBND-NC');
    }
    expect(referenceKey('123/QĐ-UBND')).toBe('123/QD-UBND');
    expect(referenceKey('123/qđ-ubnd')).toBe('123/QD-UBND');
  });

  it('folds what the engine cannot read', () => {
    expect(referenceKey('12-abc')).toBe('12-ABC');
    expect(candidateKeys('12-abc')).toEqual(['12-ABC']);
    expect(candidateKeys('3944/UBND – NC')).toEqual(['3944/UBND-NC', '3944/UBND – NC']);
  });
});
