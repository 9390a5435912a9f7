import { describe, expect, it } from 'vitest';
import { extractDispatch } from './index';
import { joinSplitSymbols } from './split-symbol';

describe('joinSplitSymbols', () => {
  it('joins a number and a code given in two fields, as cells or as labelled lines', () => {
    expect(joinSplitSymbols('THÔNG TIN VĂN BẢN\nSố\n45\nKý hiệu\nKH-UBND\nNgày ban hành\n01/03/2024')).toBe(
      'THÔNG TIN VĂN BẢN\nSố ký hiệu: 45/KH-UBND\nNgày ban hành\n01/03/2024',
    );
    expect(joinSplitSymbols('Số: 1245\nKý hiệu: QĐ-UBND')).toBe('Số ký hiệu: 1245/QĐ-UBND');
    expect(joinSplitSymbols('Số văn bản: 312\nKý hiệu: UBND-VP\n')).toBe('Số ký hiệu: 312/UBND-VP\n');
  });

  it('leaves a whole symbol, a count and fields that are not a number over its code', () => {
    for (const text of [
      'Số ký hiệu\n45/KH-UBND',
      'Số: 45/KH-UBND\nKý hiệu: KH-UBND',
      'Số lượng: 45\nKý hiệu: KH',
      'Số: 45\nNgày ký: 01/03/2024\nKý hiệu: KH-UBND',
      'Có 45\nKý hiệu riêng cho mỗi loại',
    ]) {
      expect(joinSplitSymbols(text)).toBe(text);
    }
  });

  it('gives the engine a page whose symbol it could not read before', () => {
    const page =
      'THÔNG TIN VĂN BẢN\nSố\n45\nKý hiệu\nKH-UBND\nNgày ban hành\n01/03/2024\nTrích yếu\nKế hoạch triển khai Đề án 06';
    expect(extractDispatch(page)).toBeNull();
    expect(extractDispatch(joinSplitSymbols(page))).toMatchObject({
      symbol: '45/KH-UBND',
      issuedDate: '2024-03-01',
      subject: 'Kế hoạch triển khai Đề án 06',
    });
  });
});
