import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type HeaderKind, headerKindBefore } from './header-kind';

/** The expressions headerKindBefore replaces, kept as the reference it must agree with. */
function headerKindByExpressions(before: string, textStart: boolean): HeaderKind {
  if (/S[ốỐ] (?:hiệu|HIỆU)\s*:?\s*\|?\s*$/.test(before)) return 'metadata';
  const line = textStart ? '(?:^|[\\n|])' : '[\\n|]';
  const label = (words: string) => new RegExp(`${line}[ \\t*\\-_>•]*${words}\\s*:?\\s*\\|?\\s*$`, 'iu');
  // The engine compares labels folded: "So ky hieu" is "Số ký hiệu".
  const bare = before.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (label('(?:(?:(?:So[ \\t]*[/,]?[ \\t]*)?Ky|So) hieu(?: van ban| VB)?|So van ban|So VB)').test(bare))
    return 'metadata';
  if (/số\s*:\s*$/u.test(before))
    return label('(?:Luật|Nghị quyết)[ \\t]+số:').test(before) ? 'header' : null;
  const match = /(^|[^\p{L}])S[ốỐ]\s*(:?)\s*$/u.exec(before);
  // OCR and ASCII spellings ("Sô:", "S ố:", "So:") with the colon, heading a line or cell.
  if (!match) return new RegExp(`${line}[ \\t*\\-_>•]*S ?[oO]\\s*:\\s*$`).test(bare) ? 'header' : null;
  if (match[2] === ':') return 'header';
  const lineStart = before.slice(0, match.index + (match[1] as string).length);
  return /(?:^|[\n|])[ \t*\-_>•]*$/.test(lineStart) && (textStart || /[\n|]/.test(lineStart))
    ? 'header'
    : null;
}

const PIECES = [
  'Số',
  'So',
  'Sô',
  'ô',
  ' văn bản',
  ' VB',
  ' vb',
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
  'Luật',
  'Nghị quyết',
  'số',
  'Ký hiệu',
  'ký hiệu',
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
    // "<type word> số:" heading a line or cell is a header "Số:" line; in a sentence it is not.
    ['QUỐC HỘI\nNghị quyết số: ', false, 'header'],
    ['QUỐC HỘI | X |\nLuật số: ', false, 'header'],
    ['Quyết định số: ', true, 'header'],
    ['theo Quyết định số: ', true, null],
    ['\ntheo Quyết định số ', false, null],
    ['\nMẫu số: ', false, null],
    // Number-field labels of a metadata block.
    ['\nSố ký hiệu: ', false, 'metadata'],
    ['\nSố ký hiệu | ', false, 'metadata'],
    ['\nSố/Ký hiệu: ', false, 'metadata'],
    ['\nSỐ KÝ HIỆU\n', false, 'metadata'],
    ['\nKý hiệu văn bản: ', false, 'metadata'],
    ['có số ký hiệu ', false, null],
    ['\nSố hiệu văn bản: ', false, 'metadata'],
    ['\nSố văn bản: ', false, 'metadata'],
    ['| Số VB | ', false, 'metadata'],
    ['\nSố hiệu VB: ', false, 'metadata'],
    ['theo số văn bản ', false, null],
    // NukeViet's dispatch module (audit 26).
    ['\nSố công văn: ', false, 'metadata'],
    ['| Số công văn | ', false, 'metadata'],
    ['theo số công văn ', false, null],
    // OCR and ASCII spellings of "Số:" heading a line or cell, with the colon only.
    ['\nSô: ', false, 'header'],
    ['\nS ố: ', false, 'header'],
    ['| So: ', false, 'header'],
    ['So: ', true, 'header'],
    ['\nSo ', false, null],
    ['và So: ', true, null],
  ] as const)('%j', (before, textStart, kind) => {
    expect(headerKindBefore(before, textStart)).toBe(kind);
  });
});
