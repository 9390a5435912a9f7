import { describe, expect, it } from 'vitest';
import { findReferences } from './find-references';
import { issuedInSentence } from './mention-role';

const issued = (text: string, symbol: string) => {
  const reference = findReferences(text).find((r) => r.symbol === symbol);
  if (!reference) throw new Error(`${symbol} not found in ${text}`);
  return issuedInSentence(text, reference);
};

describe('issuedInSentence', () => {
  it.each([
    ['Ban Thường vụ Tỉnh ủy vừa ban hành Chương trình hành động số 40-CTr/TU ngày 14/02/2025.', '40-CTr/TU'],
    ['Thanh tra Sở lập Biên bản số 12/BB-TTXD và ban hành Quyết định xử phạt số 34/QĐ-XPHC.', '34/QĐ-XPHC'],
    ['UBND tỉnh đã ban hành Công văn số 3944/UBND-NC ngày 27/8/2020.', '3944/UBND-NC'],
  ])('reads %s as issuing %s (review 100: a type named with its kind)', (text, symbol) => {
    expect(issued(text, symbol)).toBe(true);
  });

  it.each([
    ['Toàn văn Quyết định 436/QĐ-TTg ban hành Kế hoạch thực hiện Nghị quyết 57-NQ/TW', '57-NQ/TW'],
    ['Thực hiện Kế hoạch số 88/KH-UBND ngày 3/1/2025 của UBND tỉnh, trường tổ chức hội nghị.', '88/KH-UBND'],
    ['Ban hành kèm theo Quyết định số 12/2024/QĐ-UBND ngày 5/3/2024.', '12/2024/QĐ-UBND'],
  ])('reads %s as not issuing %s', (text, symbol) => {
    expect(issued(text, symbol)).toBe(false);
  });
});
