import { describe, expect, it } from 'vitest';
import { labeledDate, labeledField, labeledFields, symbolLabelLength, withoutLabel } from './field-labels';

describe('field labels', () => {
  it('names a field by the label phrases of the listing tables’ headers', () => {
    expect(labeledField('Trích yếu nội dung: Về công tác văn thư')).toEqual([
      'subject',
      'Về công tác văn thư',
    ]);
    expect(labeledField('Đơn vị ban hành: Sở Nội vụ')).toEqual(['issuingBody', 'Sở Nội vụ']);
    expect(labeledField('Cơ quan ban hành: Bộ Nội vụ')).toEqual(['issuingBody', 'Bộ Nội vụ']);
    expect(labeledField('Lượt xem: 12')).toEqual([null, '12']);
    expect(labeledField('Quyết định 15/2024/QĐ-UBND')).toBeNull();
  });

  it('knows a symbol label with its colon, or without it before a number', () => {
    expect(symbolLabelLength('Số ký hiệu: 2305/UBND-VX')).toBe('Số ký hiệu: '.length);
    expect(symbolLabelLength('Số hiệu 3321/UBND-VP')).toBe('Số hiệu '.length);
    expect(symbolLabelLength('Số 45/KH-UBND')).toBe('Số '.length);
    expect(symbolLabelLength('Số hiệu văn bản')).toBe(0);
    expect(symbolLabelLength('Sốt xuất huyết 12/2024')).toBe(0);
    // NukeViet's spelling (audit 21).
    expect(symbolLabelLength('Số kí hiệu: 1825/QĐ-UBND')).toBe('Số kí hiệu: '.length);
    expect(symbolLabelLength('Kí hiệu: 1825/QĐ-UBND')).toBe('Kí hiệu: '.length);
    // A Tỉnh ủy's mobile cards abbreviate it, as they do "CQBH" (audit 26).
    expect(symbolLabelLength('Số KH: 2105-CV/TU')).toBe('Số KH: '.length);
    // NukeViet's laws module repeats its column's label in each cell.
    expect(symbolLabelLength('Số hiệu văn bản: 2871/QĐ-UBND')).toBe('Số hiệu văn bản: '.length);
    expect(labeledField('CQBH: Ban Tổ chức Tỉnh ủy')).toEqual(['issuingBody', 'Ban Tổ chức Tỉnh ủy']);
  });

  it('reads the issuing date, not other dates', () => {
    expect(labeledDate('Ngày ký: 05/03/2020')).toBe('2020-03-05');
    expect(labeledDate('Ban hành: 05/03/2020')).toBe('2020-03-05');
    expect(labeledDate('Ngày ban hành: 12/06/2024')).toBe('2024-06-12');
    expect(labeledDate('Ngày hiệu lực: 12/06/2024')).toBeNull();
    expect(labeledDate('Cơ quan ban hành: 12/06/2024')).toBeNull();
  });

  it('ends a value at the next known label, even glued to it', () => {
    expect(labeledFields('Ngày ban hành: 26/12/2024Cơ quan ban hành: Chính phủ')).toEqual([
      ['issuedDate', '26/12/2024'],
      ['issuingBody', 'Chính phủ'],
    ]);
    expect(
      labeledFields('Trích yếu: Quy định ABC Cơ quan ban hành: Bộ Nội vụNgày hiệu lực: 01/01/2025'),
    ).toEqual([
      ['subject', 'Quy định ABC'],
      ['issuingBody', 'Bộ Nội vụ'],
      [null, '01/01/2025'],
    ]);
    // Not at a time, nor at a label-like phrase that is no known label.
    expect(labeledFields('Trích yếu: Họp lúc 10:30 về Kế hoạch: năm 2025')).toEqual([
      ['subject', 'Họp lúc 10:30 về Kế hoạch: năm 2025'],
    ]);
    expect(labeledFields('Quyết định 15/2024/QĐ-UBND')).toEqual([]);
    expect(labeledDate('Cơ quan ban hành: Chính phủ Ngày ban hành: 26/12/2024')).toBe('2024-12-26');
  });

  it('strips a leading copy of a column’s label', () => {
    expect(withoutLabel('Trích yếu: Về công tác văn thư', 'Trích yếu')).toBe('Về công tác văn thư');
    expect(withoutLabel('Trích yếu văn bản', 'Trích yếu')).toBe('Trích yếu văn bản');
  });
});
