import { describe, expect, it } from 'vitest';
import { TYPE_CODES } from './codes';
import { isFormWord, TYPE_WORDS } from './context';
import { findReferences } from './find-references';
import { TYPE_NAMES, TYPE_WORD_NAMES } from './type-name';

describe('TYPE_NAMES', () => {
  // The content script carries the codes without their names (codes.ts); the two lists must not drift apart.
  it('names every type code, and nothing else', () => {
    expect([...TYPE_NAMES.keys()].sort()).toEqual([...TYPE_CODES].sort());
  });
});

describe('TYPE_WORD_NAMES', () => {
  // The content script carries the type words without their names (context.ts).
  it('names every type word but a form’s, and nothing else', () => {
    expect(Object.keys(TYPE_WORD_NAMES).sort()).toEqual(
      TYPE_WORDS.filter((word) => !isFormWord(word)).sort(),
    );
  });
});

describe('typeNameFor, through findReferences', () => {
  it.each([
    ['Số: 15/2024/QĐ-UBND', 'Quyết định'],
    ['Kế hoạch 12/KH-UBND', 'Kế hoạch'],
    ['Công điện khẩn số 45/UBND-VP', 'Công điện'],
    ['Luật số 20/2023/QH15', 'Luật'],
    ['Nghị quyết số 35/2023/UBTVQH15', 'Nghị quyết'],
    ['Resolution 98/2023/QH15', 'Nghị quyết'],
    ['Decision No. 123/QD-TTg', 'Quyết định'],
    // English words before a number: "No." glued to it, a no-break space, lower case.
    ['Official Letter No.5/BXD-KHCN', 'Công văn'],
    ['Plan\u00a0No 12/UBND-VX', 'Kế hoạch'],
    ['the notice\n45/UBND-VP', 'Thông báo'],
    ['số 3944/UBND-NC', 'Công văn'],
    ['Quy định số 08-QĐi/TW', 'Quy định'],
    // "phương án" is no type word before a number (review 73).
    ['phê duyệt phương án giá đất tại 2214/UBND-KT', 'Công văn'],
  ])('%s → %s', (text, name) => {
    expect(findReferences(text)[0]?.typeName).toBe(name);
  });
});
