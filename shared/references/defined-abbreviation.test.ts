import { describe, expect, it } from 'vitest';
import { withDefinedAbbreviation } from './defined-abbreviation';

describe('withDefinedAbbreviation', () => {
  const lead =
    '(LSO) - Sở Giáo dục và Đào tạo (GD&ĐT) Lạng Sơn vừa có văn bản hướng dẫn các cơ sở giáo dục thực hiện các khoản thu, chi.';

  it('writes out an abbreviation the text defines, with the place the definition names (audit 51)', () => {
    expect(withDefinedAbbreviation(lead, 'Sở GD&ĐT')).toBe('Sở Giáo dục và Đào tạo Lạng Sơn');
    expect(withDefinedAbbreviation(lead.normalize('NFD'), 'Sở GD&ĐT'.normalize('NFD'))).toBe(
      'Sở Giáo dục và Đào tạo Lạng Sơn',
    );
    // A place the body names itself stays.
    expect(withDefinedAbbreviation(lead, 'Sở GD&ĐT Hà Nội')).toBe('Sở Giáo dục và Đào tạo Hà Nội');
    expect(
      withDefinedAbbreviation(
        'Bộ Nông nghiệp và Phát triển nông thôn (NN&PTNT) vừa có công điện gửi các tỉnh.',
        'Bộ NN&PTNT',
      ),
    ).toBe('Bộ Nông nghiệp và Phát triển nông thôn');
  });

  it('keeps the body when the text defines nothing, or defines it by other words', () => {
    expect(withDefinedAbbreviation('Sở GD&ĐT vừa có văn bản hướng dẫn.', 'Sở GD&ĐT')).toBe('Sở GD&ĐT');
    expect(withDefinedAbbreviation('Sở Giao thông vận tải (GD&ĐT) cho biết.', 'Sở GD&ĐT')).toBe('Sở GD&ĐT');
    expect(withDefinedAbbreviation(lead, 'Ủy ban nhân dân tỉnh Lạng Sơn')).toBe(
      'Ủy ban nhân dân tỉnh Lạng Sơn',
    );
    expect(withDefinedAbbreviation(lead, null)).toBeNull();
    // A ministry names no place; a person's name, or a longer name, is none (review 22).
    expect(
      withDefinedAbbreviation(
        'Thứ trưởng Bộ Giáo dục và Đào tạo (GD&ĐT) Phạm Ngọc Thưởng cho biết.',
        'Bộ GD&ĐT',
      ),
    ).toBe('Bộ Giáo dục và Đào tạo');
    expect(withDefinedAbbreviation('Giám đốc Sở Nội vụ (NV) Nguyễn Văn An cho biết.', 'Sở NV')).toBe(
      'Sở Nội vụ',
    );
    for (const place of [
      'Hà Nội Trần Thế Cương cho biết',
      'Bà Rịa - Vũng Tàu vừa có',
      'TP Hồ Chí Minh vừa có',
    ])
      expect(
        withDefinedAbbreviation(`Sở Giáo dục và Đào tạo (GD&ĐT) ${place} văn bản.`, 'Sở GD&ĐT'),
        place,
      ).toBe('Sở Giáo dục và Đào tạo');
    // Not even two capitalised words that are no person's name (the rule once tested "Bộ\b",
    // which no Vietnamese letter ends).
    expect(
      withDefinedAbbreviation('Bộ Giáo dục và Đào tạo (GD&ĐT) Việt Nam vừa có văn bản.', 'Bộ GD&ĐT'),
    ).toBe('Bộ Giáo dục và Đào tạo');
    // A sentence going on after the brackets names no place.
    expect(
      withDefinedAbbreviation('Sở Giáo dục và Đào tạo (GD&ĐT) Cho biết thêm, năm nay.', 'Sở GD&ĐT'),
    ).toBe('Sở Giáo dục và Đào tạo');
  });
});
