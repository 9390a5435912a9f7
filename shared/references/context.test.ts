import { describe, expect, it } from 'vitest';
import { opensWithReference, typeWordAndSoBefore, typeWordBefore } from './context';

describe('typeWordAndSoBefore', () => {
  it.each([
    ['công văn số ', true],
    ['Văn bản số: ', true],
    ['CÔNG VĂN SỐ ', true],
    ['công văn ', false],
    ['lớp ', false],
    ['nhà số ', false],
    ['xcông văn số ', false],
  ] as const)('%j', (before, yes) => {
    expect(typeWordAndSoBefore(`${before}1`, before.length)).toBe(yes);
    expect(typeWordAndSoBefore(`${before}1`.normalize('NFD'), before.normalize('NFD').length)).toBe(yes);
  });
});

describe('opensWithReference', () => {
  const opens = (text: string) => opensWithReference(text, text.indexOf('15/2024'));
  it.each([
    '15/2024/QĐ-UBND về việc …',
    '  15/2024/QĐ-UBND',
    'Quyết định 15/2024/QĐ-UBND',
    'Quyết định số 15/2024/QĐ-UBND về việc …',
    'Quyết định số: 15/2024/QĐ-UBND',
    'QUYẾT ĐỊNH SỐ 15/2024/QĐ-UBND',
    ' Thông tư liên tịch số 15/2024/TTLT-BTC-BNV',
    'Quyết định số : 15/2024/QĐ-UBND'.normalize('NFD'),
  ])('opens: %j', (text) => {
    expect(opens(text)).toBe(true);
  });

  it.each([
    'Quyết định về việc bãi bỏ Quyết định 15/2024/QĐ-UBND',
    'Căn cứ Nghị định 15/2024/NĐ-CP',
    'Quyết định của UBND tỉnh số 15/2024/QĐ-UBND',
    'Bãi bỏ Quyết định số 15/2024/QĐ-UBND',
    'Quyết định ban hành kèm theo Quyết định số 15/2024/QĐ-UBND',
  ])('does not open: %j', (text) => {
    expect(opens(text)).toBe(false);
  });

  it('opens after its longest opening, in any form and across any run of spaces', () => {
    // Longer texts are turned down before they are folded: the bound must let these through.
    const longest = 'Văn bản hợp nhất liên tịch HĐQTAB số: 15/2024/VBHN-BTC';
    expect(opens(longest)).toBe(true);
    expect(opens(longest.normalize('NFD'))).toBe(true);
    expect(opens(`Quyết định\n${' '.repeat(60)}số 15/2024/QĐ-UBND`)).toBe(true);
    expect(opens('Văn bản hợp nhất liên tịch HĐQTABC số: 15/2024/VBHN-BTC')).toBe(false);
  });

  it('lets the issuing organ’s initials stand between the type word and "số" (audit 22)', () => {
    expect(opensWithReference('Nghị quyết HĐQT số 15/2024/NQ-HĐQT', 19)).toBe(true);
    expect(opensWithReference('Quyết định BGH số 12/QĐ-THPT', 17)).toBe(true);
    // Not without "số", nor two words.
    expect(opensWithReference('Nghị quyết HĐQT 15/2024/NQ-HĐQT', 16)).toBe(false);
    expect(opensWithReference('Luật Đất đai số 31/2024/QH15', 16)).toBe(false);
  });
});

describe('typeWordBefore', () => {
  it('answers with the folded type word before the number', () => {
    expect(typeWordBefore('Công văn số 12/UBND-VX', 12)).toBe('cong van');
    expect(typeWordBefore('Luật Sở hữu trí tuệ số 50/2005/QH11', 24)).toBe('luat');
    expect(typeWordBefore('Mẫu số 01/TNDN', 7)).toBe('mau');
  });

  it('looks no further back than a type word can stand, where nothing breaks the words', () => {
    // "…|1/UBND-NC|2/UBND-NC|…": walked back to the text's start, a long run took seconds.
    const run = `Quyết định ${Array.from({ length: 100 }, (_, i) => `${i + 1}/UBND-NC`).join('|')}`;
    const last = run.lastIndexOf('|') + 1;
    expect(typeWordBefore(run, last)).toBeNull();
    expect(typeWordBefore(run, 'Quyết định '.length)).toBe('quyet dinh');
    // A page source's deep indentation between the type word and "số" is no such run.
    const indented = `Thông báo\n${' '.repeat(88)}\n${' '.repeat(88)}\n${' '.repeat(88)}số 45/UBND-VP`;
    expect(typeWordBefore(indented, indented.indexOf('45/'))).toBe('thong bao');
  });
});
