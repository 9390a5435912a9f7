import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type HeaderKind, headerKindBefore } from './context';

/** The expressions headerKindBefore replaces, kept as the reference it must agree with. */
function headerKindByExpressions(before: string, textStart: boolean): HeaderKind {
  if (/S[ốỐ] (?:hiệu|HIỆU)\s*:?\s*\|?\s*$/.test(before)) return 'metadata';
  const match = /(^|[^\p{L}])S[ốỐ]\s*(:?)\s*$/u.exec(before);
  if (!match) return null;
  if (match[2] === ':') return 'header';
  const lineStart = before.slice(0, match.index + (match[1] as string).length);
  return /(?:^|[\n|])[ \t*\-_>•]*$/.test(lineStart) && (textStart || /[\n|]/.test(lineStart))
    ? 'header'
    : null;
}

const PIECES = [
  'Số',
  'SỐ',
  'số',
  'S',
  'ố',
  'Ố',
  ' hiệu',
  ' HIỆU',
  'hiệu',
  ' Hiệu',
  ' ',
  '  ',
  ':',
  '|',
  '\n',
  '\r',
  '\t',
  '*',
  '-',
  '_',
  '>',
  '•',
  'a',
  'X',
  'đ',
  '1',
  '.',
  '\u00a0',
  '\u2003',
  '\u3000',
  '\ud835\udc00', // 𝐀, a letter outside the BMP
  '\ud835',
  '\udc00',
  '(',
];

describe('headerKindBefore', () => {
  it('answers as the regular expressions did', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join('')),
        fc.boolean(),
        (before, textStart) => {
          expect(headerKindBefore(before, textStart)).toBe(headerKindByExpressions(before, textStart));
        },
      ),
      { numRuns: 20000 },
    );
  });

  it.each([
    ['Số: ', false, 'header'],
    ['CỘNG HÒA\nSố ', false, 'header'],
    ['Số ', true, 'header'],
    ['Số ', false, null],
    ['Căn cứ Nghị quyết số ', false, null],
    ['| Số hiệu: | ', false, 'metadata'],
    ['XSố: ', false, null],
  ] as const)('%j', (before, textStart, kind) => {
    expect(headerKindBefore(before, textStart)).toBe(kind);
  });
});
