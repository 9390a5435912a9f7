import { describe, expect, it } from 'vitest';
import { parseCommonShape } from './common-shape';
import { findReferences } from './find-references';
import { parseSymbolAt } from './parse-symbol';

describe('parseSymbolAt: the Party’s QĐi', () => {
  it('reads it in the Party shape', () => {
    expect(parseSymbolAt('08-QĐi/TW', 0)?.symbol).toBe('08-QĐi/TW');
  });

  it.each(['12/UBND-QĐi', '12/UBND-QĐI', '12/UBND-QĐI-VP', '12/QĐi-UBND'])(
    'refuses it before or after a slash: %s',
    (text) => {
      expect(parseSymbolAt(text, 0)).toBeNull();
      // The fast path leaves it to the general parser.
      expect(parseCommonShape(text, 0)).toBeUndefined();
    },
  );
});

describe('findReferences: a slug symbol after a type name’s slug (audit 14)', () => {
  it.each([
    ['Thong-tu-26-2017-TT-BGDDT', '26-2017-TT-BGDDT', '26/2017/TT-BGDĐT'],
    ['Tải về: Thong-tu-80-2021-TT-BTC-huong-dan', '80-2021-TT-BTC', '80/2021/TT-BTC'],
    ['nghi-dinh-24-2014-nd-cp', '24-2014-nd-cp', '24/2014/NĐ-CP'],
    ['/van-ban/Quyet-dinh-41-2019-QD-UBND-ve-gia-dat.aspx', '41-2019-QD-UBND', '41/2019/QĐ-UBND'],
    ['Thông-tư-26-2017-TT-BGDĐT', '26-2017-TT-BGDĐT', '26/2017/TT-BGDĐT'],
    // A lower-case slug goes on with the page's words: the first non-code word after the issuer
    // ends the symbol (review of audit 16's slugs).
    ['Tải về: thong-tu-01-2024-tt-byt-huong-dan.doc', '01-2024-tt-byt', '01/2024/TT-BYT'],
    ['Tags: nghi-dinh-100-2019-nd-cp-xu-phat-giao-thong', '100-2019-nd-cp', '100/2019/NĐ-CP'],
    // A drafting unit is consonants, not a word: it stays.
    ['Tải về: quyet-dinh-15-2012-qđ-ubnd-vp.pdf', '15-2012-qđ-ubnd-vp', '15/2012/QĐ-UBND-VP'],
    [
      'Tải về: quyet-dinh-15-2012-qđ-ubnd-ktns-ve-ngan-sach.pdf',
      '15-2012-qđ-ubnd-ktns',
      '15/2012/QĐ-UBND-KTNS',
    ],
    ['tin-tuc/quyet-dinh-12-2024-qd-ubnd-tinh-ha-tinh', '12-2024-qd-ubnd', '12/2024/QĐ-UBND'],
    [
      'thong-tu-lien-tich-01-2016-ttlt-bkhcn-bnv-huong-dan',
      '01-2016-ttlt-bkhcn-bnv',
      '01/2016/TTLT-BKHCN-BNV',
    ],
  ])('%s', (text, raw, symbol) => {
    expect(findReferences(text).map((r) => [r.raw, r.symbol])).toEqual([[raw, symbol]]);
    expect(findReferences(text.normalize('NFD')).map((r) => r.symbol)).toEqual([symbol]);
  });

  it.each([
    // Inside a URL with a scheme or www (SYMBOLS.md §7).
    'https://thuvienphapluat.vn/van-ban/Thong-tu-80-2021-TT-BTC-huong-dan.aspx',
    'www.example.vn/Thong-tu-80-2021-TT-BTC',
    // No type name's slug before it, no year, or no known type code.
    'Covid-19-2021-TT-BTC',
    'bai-viet-80-2021-TT-BTC',
    'thong-tu-12-NQ/TW',
    'Thong-tu-80-XYZ-BTC',
    'Thong-tu-80-2021-XYZ-BTC',
  ])('not %s', (text) => {
    expect(findReferences(text)).toEqual([]);
  });
});
