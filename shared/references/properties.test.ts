import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDispatch } from './extract-dispatch';
import { findReferences } from './find-references';

/** Pieces real pages are made of, so that generated text often holds near-references. */
const PIECES = [
  'số ',
  'Số: ',
  'ngày ',
  'tháng ',
  'năm ',
  'Quyết định ',
  'Công văn ',
  ' ',
  '\n',
  '/',
  '-',
  ' – ',
  '.',
  ',',
  '2020',
  '12',
  '3944',
  '07',
  'QĐ',
  'UBND',
  'NĐ',
  'CP',
  'TTg',
  'TT',
  'BCA',
  'V28',
  'NQ',
  'TW',
  'qđ',
  'ubnd',
  'Ngày',
  'của',
  'về việc',
  'ĐOÀN',
  'Ð',
  'Đ',
  '\u00a0',
  '\u0301',
  '\u0300',
  'à',
  'ỷ',
  '|',
  ':',
  '&',
  'http://x.vn/',
];

const pageLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  pageLike,
);

describe('engine properties', () => {
  it('every reference satisfies text.slice(start, end) === raw, in text order, without overlap', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        let previousEnd = 0;
        for (const reference of findReferences(text)) {
          expect(text.slice(reference.start, reference.end)).toBe(reference.raw);
          expect(reference.start).toBeGreaterThanOrEqual(previousEnd);
          expect(reference.end).toBeGreaterThan(reference.start);
          previousEnd = reference.end;
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('offsets still index the text after NFD decomposition', () => {
    fc.assert(
      fc.property(pageLike, (text) => {
        const nfd = text.normalize('NFD');
        for (const reference of findReferences(nfd))
          expect(nfd.slice(reference.start, reference.end)).toBe(reference.raw);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(anyText, fc.option(fc.string({ maxLength: 80 }), { nil: undefined }), (text, title) => {
        findReferences(text);
        extractDispatch(text, { title });
      }),
      { numRuns: 2000 },
    );
  });

  it('finds a well-formed symbol wherever it is put between words', () => {
    const symbol = fc
      .tuple(
        fc.integer({ min: 1, max: 99999 }),
        fc.integer({ min: 1945, max: 2099 }),
        fc.constantFrom('QĐ', 'NĐ', 'TT', 'CT', 'KH', 'NQ'),
        fc.constantFrom('UBND', 'CP', 'BCA', 'BTC', 'HĐND'),
      )
      .map(([n, year, type, issuer]) => `${n}/${year}/${type}-${issuer}`);
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30 }),
        symbol,
        fc.string({ maxLength: 30 }),
        (before, written, after) => {
          const text = `${before} số ${written} ${after}`;
          const found = findReferences(text).find((r) => r.start === before.length + 4);
          expect(found?.symbol).toBe(written);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
