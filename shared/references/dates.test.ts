import { describe, expect, it } from 'vitest';
import { dateValue, headerDate, metadataDate } from './dates';
import { findReferences } from './find-references';

const dateOf = (text: string, symbol: string) =>
  findReferences(text).find((r) => r.symbol === symbol)?.issuedDate;

describe('headerDate: the dating line under a header "Số:" line', () => {
  it('passes a V/v subject line that cites a document', () => {
    const text =
      'Số: 5123/UBND-KTN\nV/v triển khai thực hiện Nghị định số 08/2022/NĐ-CP\nQuảng Nam, ngày 20 tháng 7 năm 2022';
    for (const form of [
      text,
      text.normalize('NFD'),
      text.replace('V/v', 'V/V:'),
      text.replace('V/v', 'Về việc'),
    ]) {
      expect(dateOf(form, '5123/UBND-KTN')).toBe('2022-07-20');
      // The cited document does not take the header's date.
      expect(dateOf(form, '08/2022/NĐ-CP')).toBeNull();
    }
    expect(headerDate(text, text.indexOf('\n'))).toBe('2022-07-20');
  });

  it('still stops at another reference outside a subject line', () => {
    const text = 'Số: 5123/UBND-KTN\nCăn cứ Nghị định số 08/2022/NĐ-CP\nQuảng Nam, ngày 20 tháng 7 năm 2022';
    expect(dateOf(text, '5123/UBND-KTN')).toBeNull();
  });
});

describe('metadataDate: the "Ngày ban hành:" field on the very next line', () => {
  it.each([
    ['Số hiệu: 45/2024/TT-BTC\nNgày ban hành: 28/06/2024', '2024-06-28'],
    ['Số hiệu: 45/2024/TT-BTC\nNgày ký: 28/06/2024', '2024-06-28'],
    ['Số hiệu: 45/2024/TT-BTC\nNgày ban hành: 28 tháng 6 năm 2024', '2024-06-28'],
    ['Số hiệu: 45/2024/TT-BTC\nNgày hiệu lực: 28/06/2024', null],
    ['Số hiệu: 45/2024/TT-BTC\nLoại văn bản: Thông tư\nNgày ban hành: 28/06/2024', null],
  ])('%j', (text, iso) => {
    expect(dateOf(text, '45/2024/TT-BTC')).toBe(iso);
    expect(metadataDate(text, text.indexOf('\n'))).toBe(iso);
  });
});

describe('dateValue', () => {
  it.each([
    ['27/04/2012', '2012-04-27'],
    ['27-4-2012', '2012-04-27'],
    ['27 tháng 4 năm 2012', '2012-04-27'],
    ['27 tháng 4, năm 2012', '2012-04-27'],
    ['31/02/2012', null],
    ['27/04', null],
    ['hôm qua', null],
  ])('%s', (text, iso) => {
    expect(dateValue(text, 0)).toBe(iso);
    expect(dateValue(text.normalize('NFD'), 0)).toBe(iso);
  });
});
