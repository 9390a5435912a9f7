import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalSegment, segmentInfo, segmentInfoAt } from './codes';
import { symbolKey } from './fold';

const segmentChars = fc.constantFrom(...'ABCDGHNQTUVĐÐđdgnqtuy0123456789&'.split(''));
const segmentText = fc.array(segmentChars, { maxLength: 20 }).map((chars) => chars.join(''));

describe('segmentInfo', () => {
  it('knows the spelling, type code, issuer and key of a segment', () => {
    expect(segmentInfo('QD')).toMatchObject({
      canonical: 'QĐ',
      typeCode: 'QĐ',
      joint: false,
      asWritten: false,
      key: 'QD',
    });
    expect(segmentInfo('TTLT')).toMatchObject({ typeCode: 'TTLT', joint: true, asWritten: true });
    expect(segmentInfo('UBND')).toMatchObject({ typeCode: null, knownIssuer: true, keyAsCanonical: true });
    expect(segmentInfo('USD')).toMatchObject({ knownIssuer: false, notIssuer: true });
    // The Party's Quy định: "08-QĐi/TW".
    expect(segmentInfo('QĐI')).toMatchObject({ canonical: 'QĐi', typeCode: 'QĐi' });
  });

  it('agrees with canonicalSegment and symbolKey', () => {
    fc.assert(
      fc.property(segmentText, (segment) => {
        const info = segmentInfo(segment);
        expect(info.canonical).toBe(canonicalSegment(segment));
        expect(info.key).toBe(symbolKey(info.canonical));
      }),
    );
  });
});

describe('segmentInfoAt', () => {
  it('answers as segmentInfo for the segment in place, whatever the slots held before', () => {
    // Thousands of segments through 1,024 slots: every slot is taken and overwritten.
    fc.assert(
      fc.property(
        fc.string({ maxLength: 5 }),
        segmentText,
        fc.string({ maxLength: 5 }),
        (before, segment, after) => {
          const text = `${before}${segment}${after}`;
          const info = segmentInfoAt(text, before.length, before.length + segment.length);
          expect(info).toEqual(segmentInfo(segment));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('tells apart segments that differ in one character or in length', () => {
    const text = 'UBND UBNĐ UBN UBNDX';
    expect(segmentInfoAt(text, 0, 4).canonical).toBe('UBND');
    expect(segmentInfoAt(text, 5, 9).canonical).toBe('UBNĐ');
    expect(segmentInfoAt(text, 10, 13).canonical).toBe('UBN');
    expect(segmentInfoAt(text, 14, 19).canonical).toBe('UBNDX');
    expect(segmentInfoAt(text, 0, 4).knownIssuer).toBe(true);
  });
});
