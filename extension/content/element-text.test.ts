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

  it('reads a source line break inside running text as the space it renders as (audit 202)', () => {
    expect(
      elementText(
        element(
          '<td><a href="/a">Thông tư số 41/2013/TT-BNNPTNT của Bộ nông\nnghiệp và phát triển nông thôn</a></td>',
        ),
      ),
    ).toBe('Thông tư số 41/2013/TT-BNNPTNT của Bộ nông nghiệp và phát triển nông thôn');
    // Between elements it still parts their fields, as a card's CSS sets them on lines.
    expect(elementText(element('<li><span>10/09/2020</span>\n<a href="/b">151-HD/BTGTW</a></li>'))).toBe(
      '10/09/2020\n151-HD/BTGTW',
    );
    // Before a number or a capital it may part fields a style sheet sets on lines (review 81).
    expect(
      elementText(element('<li>594/KH-UBND\n21/10/2021\nPhát triển kinh tế - xã hội năm 2022</li>')),
    ).toBe('594/KH-UBND\n21/10/2021\nPhát triển kinh tế - xã hội năm 2022');
    // Preformatted text keeps its lines.
    expect(elementText(element('<td><pre>Số: 12/UBND\nV/v họp</pre></td>'))).toBe('Số: 12/UBND\nV/v họp');
  });
});
