import { describe, expect, it } from 'vitest';
import { elementText, firstLine } from './element-text';
import { setBody } from './testing/dom';

const element = (html: string) => setBody(html).firstElementChild as Element;

describe('element text', () => {
  it('puts a field’s value on its label’s line: <dt>/<dd>, label and value blocks or spans', () => {
    expect(
      elementText(
        element(`<dl><dt>Số ký hiệu:</dt>
          <dd>2305/UBND-VX</dd><dt>Ngày ban hành</dt><dd>11/11/2024</dd></dl>`),
      ),
    ).toBe('Số ký hiệu: 2305/UBND-VX\nNgày ban hành: 11/11/2024');
    expect(
      elementText(
        element(`<div><div class="row"><span class="lbl">Số hiệu</span><span class="val">3321/UBND-VP</span></div>
          <div class="row"><div class="lbl">Trích yếu</div><div class="val">V/v tổ chức</div></div></div>`),
      ),
    ).toBe('Số hiệu: 3321/UBND-VP\nTrích yếu: V/v tổ chức');
    expect(firstLine(element('<div><dt>Số ký hiệu:</dt><dd>2305/UBND-VX</dd></div>'))).toBe(
      'Số ký hiệu: 2305/UBND-VX',
    );
  });

  it('leaves alone words that are no field label, a label beside another label, and a label with no value', () => {
    expect(elementText(element('<div><p>Văn bản mới</p><p>Quyết định 15/QĐ-UBND</p></div>'))).toBe(
      'Văn bản mới\nQuyết định 15/QĐ-UBND',
    );
    // A header row of a grid: each cell a label.
    expect(
      elementText(element('<div><div>Số ký hiệu</div><div>Ngày ban hành</div><div>Trích yếu</div></div>')),
    ).toBe('Số ký hiệu\nNgày ban hành\nTrích yếu');
    expect(elementText(element('<div><div>Hồ sơ</div><h3>Trích yếu</h3></div>'))).toBe('Hồ sơ\nTrích yếu');
    // A field with its value already: each stays on its line, no colon added.
    expect(
      elementText(element('<ul><li>Cơ quan ban hành: Bộ Tài chính</li><li>Ban hành: 15/03/2024</li></ul>')),
    ).toBe('Cơ quan ban hành: Bộ Tài chính\nBan hành: 15/03/2024');
  });
});
