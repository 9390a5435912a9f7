import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCommonShape } from './common-shape';
import { parseAnyShape } from './parse-symbol';

const code = (values: string[]) => fc.constantFrom(...values);

/** Symbols in the shapes the fast path reads, and some it must leave alone. */
const symbol = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 1, max: 99999 }),
      fc.option(fc.integer({ min: 1900, max: 2099 }), { nil: undefined }),
      code([
        'QĐ',
        'NĐ',
        'TT',
        'TTLT',
        'CT',
        'CTr',
        'TTr',
        'KH',
        'NQ',
        'HD',
        'UBND',
        'BGDĐT',
        'STNMT',
        'BVHTTDL',
        'BNNPTNT',
        'TANDTCX',
        'XYZ',
        'QD',
        'QĐUBND',
        'QĐI',
      ]),
      code(['UBND', 'CP', 'TTg', 'TTG', 'BCA', 'BTC-BNV', 'HĐND', 'USD', 'BGD', 'V28', 'NC']),
      fc.option(code(['V28', 'NC', 'KT2', 'VH&GĐ', 'PC08', 'QLĐĐ']), { nil: undefined }),
      // A space for the first hyphen, as in "23/2012/TT BCA-V28"; a tab and NBSP stay with the general parser.
      code(['-', '-', ' ', '\t', '\u00a0']),
    )
    .map(
      ([n, year, a, b, c, junction]) =>
        `${n}/${year ? `${year}/` : ''}${a}${junction}${b}${c ? `-${c}` : ''}`,
    ),
  fc
    .tuple(
      fc.integer({ min: 1, max: 9999 }),
      code(['NQ', 'QĐ', 'KL', 'CV', 'TB', 'CTr', 'QC', 'XX', 'QĐI']),
      code(['TW', 'TU', 'BCĐTW', 'TWĐTN', 'ABC']),
      fc.option(code(['VP', 'V05']), { nil: undefined }),
    )
    .map(([n, type, body, unit]) => `${n}-${type}/${body}${unit ? `-${unit}` : ''}`),
  fc
    .tuple(
      fc.integer({ min: 1, max: 200 }),
      fc.integer({ min: 1946, max: 2030 }),
      fc.integer({ min: 1, max: 15 }),
    )
    .map(([n, year, term]) => `${n}/${year}/QH${term}`),
);
const after = code([
  '',
  ' ',
  '.',
  '. Sau',
  ', ngày',
  ' ngày 5/6/2020',
  'Ngày',
  ' ĐT-BTC',
  ' Hà Nội',
  '-V05',
  '/BYT',
  '.UB',
  'ngày',
  ')',
  '\n',
]);

describe('parseCommonShape', () => {
  it('answers exactly as the general parser whenever it answers', () => {
    fc.assert(
      fc.property(symbol, after, (written, following) => {
        const text = `số ${written}${following}`;
        const fast = parseCommonShape(text, 3);
        if (fast !== undefined) expect(fast).toEqual(parseAnyShape(text, 3));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads the common shapes itself', () => {
    expect(parseCommonShape('số 3944/UBND-NC gửi', 3)?.symbol).toBe('3944/UBND-NC');
    expect(parseCommonShape('số 23/2012/TT-BCA-V28.', 3)?.symbol).toBe('23/2012/TT-BCA-V28');
    expect(parseCommonShape('số 57-NQ/TW, ngày', 3)?.symbol).toBe('57-NQ/TW');
    expect(parseCommonShape('số 65/2014/QH13 về', 3)?.symbol).toBe('65/2014/QH13');
    expect(parseCommonShape('số 23/2012/TT BCA-V28 ngày', 3)?.symbol).toBe('23/2012/TT-BCA-V28');
    expect(parseCommonShape('số 08-QĐI/TW ngày', 3)?.symbol).toBe('08-QĐi/TW');
  });

  it('leaves what it is not sure of to the general parser', () => {
    for (const text of [
      'số 2435/QĐ-UBNDNgày',
      'số 12/TT XYZ ngày',
      'số 12/UBND NC',
      'số 11/2016/TTLT-BGD ĐT-BTC',
      'số 25/1998/QĐ.UB',
      'số 63/2002/tt-btc',
      'số 1234/QĐI-UBND',
    ]) {
      expect(parseCommonShape(text, 3), text).toBeUndefined();
    }
  });
});
