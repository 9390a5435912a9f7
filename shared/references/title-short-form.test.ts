import { describe, expect, it } from 'vitest';
import { extractDispatch } from './extract-dispatch';
import { findReferences } from './find-references';
import { titleShortForm } from './title-short-form';

const TEXT =
  'Tại Công văn số 59-CV/BCĐ về việc sắp xếp đơn vị sự nghiệp trong hệ thống chính trị ngày 12/9/2025, Ban Chỉ đạo Trung ương về tổng kết Nghị quyết số 18-NQ/TW đề nghị Ban Thường vụ Đảng ủy Mặt trận Tổ quốc khẩn trương hoàn thành sắp xếp.';

describe('titleShortForm', () => {
  it('names the one reference of the type and number a headline opens with', () => {
    expect(
      titleShortForm('Công văn số 59: Nhiệm vụ của Ban Thường vụ Đảng ủy MTTQ', findReferences(TEXT))?.symbol,
    ).toBe('59-CV/BCĐ');
  });

  it.each([
    ['further on in the headline, what the document carries out', 'Hà Nội thực hiện Công văn 59 về sắp xếp'],
    ['another type of the same number', 'Nghị quyết số 59: Nhiệm vụ mới'],
    ['a number the text gives no symbol', 'Công văn số 60: Nhiệm vụ mới'],
    ['a number with its symbol', 'Công văn số 59/UBND-VP: Nhiệm vụ mới'],
  ])('names none for %s', (_case, title) => {
    expect(titleShortForm(title, findReferences(TEXT))).toBeUndefined();
  });

  it('names none when two documents share the type and number', () => {
    const text = `${TEXT} Công văn số 59/UBND-VP ngày 3/9/2025 của UBND tỉnh đã hướng dẫn trước đó.`;
    expect(titleShortForm('Công văn số 59: Nhiệm vụ mới', findReferences(text))).toBeUndefined();
  });
});

describe('extractDispatch: a headline naming its document by type and number (audit 253)', () => {
  it('takes the headline’s document over a resolution named inside the issuing body’s name', () => {
    const draft = extractDispatch(TEXT, { title: 'Công văn số 59: Nhiệm vụ của Ban Thường vụ Đảng ủy MTTQ' });
    expect(draft?.symbol).toBe('59-CV/BCĐ');
  });

  it('leaves the headline’s short form for the document the text reports issued (review 100)', () => {
    const draft = extractDispatch(
      'Ban Thường vụ Tỉnh ủy Hà Tĩnh vừa ban hành Chương trình hành động số 40-CTr/TU ngày 14/02/2025 thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ.',
      { title: 'Nghị quyết 57: Tỉnh ủy Hà Tĩnh ban hành Chương trình hành động' },
    );
    expect(draft?.symbol).toBe('40-CTr/TU');
  });
});
