import { describe, expect, it } from 'vitest';
import {
  ISSUER_LABELS,
  isFieldLabel,
  metadataField,
  metadataHeading,
  metadataIssuedDate,
  symbolLabelBefore,
} from './metadata-fields';

/** The issuer segment of a symbol, as findReferences gives it ("QH15", "UBTVQH15", "UBND"). */
const findIssuer = (symbol: string): string => symbol.split(/[/-]/).pop() as string;

describe('metadataIssuedDate', () => {
  it.each([
    ['Số ký hiệu: 1/UBND-VX\nTrích yếu: Về việc A\nNgày ban hành: 12/05/2023', '2023-05-12'],
    ['Số ký hiệu: 1/UBND-VX\nNgười ký: A\nNgày ký: 12/05/2023', '2023-05-12'],
    ['Số ký hiệu\n1/UBND-VX\nNgày ban hành\n12 tháng 5 năm 2023', '2023-05-12'],
    ['Số ký hiệu | 1/UBND-VX | Ngày ban hành | 12/05/2023', '2023-05-12'],
    ['Số ký hiệu 1/UBND-VX Ngày ban hành 12/05/2023', '2023-05-12'],
    ['Số ký hiệu: 1/UBND-VX\nNgày có hiệu lực: 12/05/2023\nNgày đăng: 13/05/2023', null],
    ['Số ký hiệu: 1/UBND-VX\nNgày cập nhật 12/05/2023', null],
    // Audit 17: the issuing date's other labels, in a table's cells, inline and glued.
    ['Ký hiệu\n1/UBND-VX\nNgày văn bản\n10/07/2024\nNgày có hiệu lực\n20/07/2024', '2024-07-10'],
    ['Số/Ký hiệu\n1/UBND-VX\nCơ quan ban hành\nQuốc hội\nNgày thông qua\n13/11/2020', '2020-11-13'],
    ['Số ký hiệu: 1/UBND-VX\nNgày ký ban hành: 05/03/2020', '2020-03-05'],
    ['Số ký hiệu 1/UBND-VX Ngày văn bản 12/05/2023', '2023-05-12'],
    ['Số hiệu:1/UBND-VXNgười ký:ANgày thông qua:12/05/2023', '2023-05-12'],
    ['Số ký hiệu: 1/UBND-VX\nNgày đến: 12/05/2023\nNgày nhận: 13/05/2023', null],
    ['Số ký hiệu: 1/UBND-VX\nNgày hiệu lực: 12/05/2023', null],
    // Audit 56: a "Ngày" cell spanning its rows, the issuing date the first.
    [
      'Số/Ký hiệu\n1/UBND-VX\n(Thay thế Quyết định số 9/QĐ-UBND)\nNgày\nBan hành: 15/10/2024\nCó hiệu lực: 20/10/2024',
      '2024-10-15',
    ],
    ['Số/Ký hiệu\n1/UBND-VX\nNgày\nCó hiệu lực: 20/10/2024\nĐăng tải: 21/10/2024', null],
  ])('%j', (text, iso) => {
    const near = text.indexOf('1/UBND');
    expect(metadataIssuedDate(text, near)).toBe(iso);
    expect(metadataIssuedDate(text.normalize('NFD'), text.normalize('NFD').indexOf('1/UBND'))).toBe(iso);
  });
});

describe('metadataHeading', () => {
  it('takes a heading that reads as a trích yếu above the block’s fields', () => {
    const text = 'Về công tác văn thư\nSố ký hiệu\n30/2020/NĐ-CP\nNgày ban hành\n05/03/2020';
    expect(metadataHeading(text, text.indexOf('30/'))).toBe('Về công tác văn thư');
    const fieldsAbove = 'Phê duyệt Đề án A\nNgày ban hành\n05/03/2020\nSố ký hiệu: 30/2020/NĐ-CP';
    expect(metadataHeading(fieldsAbove, fieldsAbove.indexOf('30/'))).toBe('Phê duyệt Đề án A');
  });

  it('takes the trích yếu a legal database heads the table with after the type’s name', () => {
    const text =
      'Thông tư Quy định chế độ báo cáo thống kê ngành Nội vụ\nSố ký hiệu | 08/2024/TT-BNV\nNgày ban hành | 12/06/2024';
    expect(metadataHeading(text, text.indexOf('08/'))).toBe('Quy định chế độ báo cáo thống kê ngành Nội vụ');
    const joint = 'Thông tư liên tịch Hướng dẫn thi hành\nSố ký hiệu | 01/2016/TTLT-BTP-BNV';
    expect(metadataHeading(joint, joint.indexOf('01/'))).toBe('Hướng dẫn thi hành');
    // A type's name followed by no trích yếu gives none.
    const bare = 'Thông tư 08/2024/TT-BNV\nSố ký hiệu | 08/2024/TT-BNV';
    expect(metadataHeading(bare, bare.lastIndexOf('08/'))).toBeNull();
  });

  it('takes the heading under a field that holds its value on its line (audit 13: a status box)', () => {
    const text =
      'Hiệu lực: Còn hiệu lực\nNgày có hiệu lực: 01/07/2024\nNghị định Quy định mức lương cơ sở\nSố ký hiệu\n73/2024/NĐ-CP\nNgày ban hành\n30/06/2024';
    expect(metadataHeading(text, text.indexOf('73/'))).toBe('Quy định mức lương cơ sở');
    const nfd = text.normalize('NFD');
    expect(metadataHeading(nfd, nfd.indexOf('73/'))?.normalize('NFC')).toBe('Quy định mức lương cơ sở');
    // Under a bare label, the line is that field's value, not the block's heading.
    const value = 'Lĩnh vực\nQuy định hành chính\nSố ký hiệu\n73/2024/NĐ-CP';
    expect(metadataHeading(value, value.indexOf('73/'))).toBeNull();
    const colon = 'Lĩnh vực:\nQuy định hành chính\nSố ký hiệu\n73/2024/NĐ-CP';
    expect(metadataHeading(colon, colon.indexOf('73/'))).toBeNull();
  });

  it('takes a law’s or an ordinance’s name whole as its trích yếu (audit 17)', () => {
    const law = (heading: string, symbol = '27/2023/QH15') => {
      const text = `${heading}\nSố/Ký hiệu\n${symbol}\nNgày ban hành\n27/11/2023`;
      return metadataHeading(text, text.indexOf(symbol), findIssuer(symbol));
    };
    expect(law('Luật Nhà ở')).toBe('Luật Nhà ở');
    expect(law('Luật sửa đổi, bổ sung một số điều của Luật Xử lý vi phạm hành chính')).toBe(
      'Luật sửa đổi, bổ sung một số điều của Luật Xử lý vi phạm hành chính',
    );
    expect(law('BỘ LUẬT LAO ĐỘNG', '45/2019/QH14')).toBe('BỘ LUẬT LAO ĐỘNG');
    expect(law('Pháp lệnh Chi phí tố tụng', '02/2024/UBTVQH15')).toBe('Pháp lệnh Chi phí tố tụng');
    // A number is no name; a law's name does not name the subject of another body's document.
    expect(law('Luật số 27/2023/QH15')).toBeNull();
    expect(law('Luật Nhà ở', '12/2024/QĐ-UBND')).toBeNull();
    // A Quốc hội resolution's heading still needs a trích yếu's opening.
    expect(law('Nghị quyết về Kế hoạch phát triển kinh tế - xã hội', '43/2022/QH15')).toBe(
      'về Kế hoạch phát triển kinh tế - xã hội',
    );
  });

  it('takes no site heading, and nothing above a symbol without a label', () => {
    const site = 'Chi tiết văn bản\nSố ký hiệu\n30/2020/NĐ-CP';
    expect(metadataHeading(site, site.indexOf('30/'))).toBeNull();
    const prose = 'Về công tác văn thư\nNghị định 30/2020/NĐ-CP';
    expect(metadataHeading(prose, prose.indexOf('30/'))).toBeNull();
  });
});

describe('isFieldLabel', () => {
  it.each([
    ['Loại văn bản', true],
    ['Ngày có hiệu lực: 05/03/2020', true],
    ['| Ngày đăng công báo', true],
    ['Nghị định', false],
    ['Ngành giáo dục tỉnh', false],
  ])('%s', (line, label) => {
    expect(isFieldLabel(line)).toBe(label);
  });
});

describe('metadataField', () => {
  it.each([
    ['Cơ quan ban hành: Ủy ban nhân dân TP. Hà NộiSố công báo:Đang cập nhật', 'Ủy ban nhân dân TP. Hà Nội'],
    ['Nơi ban hành:Bộ Tài chínhNgười ký:Cao Anh Tuấn', 'Bộ Tài chính'],
    ['Nơi ban hành: Sở Văn hóa, Thể thao và Du lịch', 'Sở Văn hóa, Thể thao và Du lịch'],
    ['Nơi ban hành: UBND TP.HCM', 'UBND TP.HCM'],
  ])('cuts a value before a field glued to it: %j', (line, value) => {
    expect(metadataField(line, ISSUER_LABELS)).toBe(value);
    expect(metadataField(line.normalize('NFD'), ISSUER_LABELS)?.normalize('NFC')).toBe(value);
  });
});

describe('metadataField: a long value glued to nothing', () => {
  it('reads a value of many glued capitals whole (each capital reads a bounded span)', () => {
    const value = `Ủy ban nhân dân${'XaY'.repeat(1900)}`;
    expect(metadataField(`Cơ quan ban hành: ${value}`, ISSUER_LABELS)).toBe(value);
  });

  it('still cuts before a label followed by spaces and a separator far off', () => {
    const line = `Nơi ban hành: Bộ Tài chínhNgười ký${' '.repeat(80)}: Cao Anh Tuấn`;
    expect(metadataField(line, ISSUER_LABELS)).toBe('Bộ Tài chính');
  });
});

describe('symbolLabelBefore: the label of a symbol on the line above', () => {
  it.each(['Số ký hiệu:\n', 'Số/Ký hiệu |\n', '- Số ký hiệu:\n', '* Ký hiệu văn bản\n', '• Số, ký hiệu:\n'])(
    '%j',
    (label) => {
      expect(symbolLabelBefore(`${label}30/2020/NĐ-CP`, label.length)).toBe(true);
    },
  );

  it.each(['Căn cứ ký hiệu:\n', 'Số ký hiệu\n:\n'])('not %j', (label) => {
    expect(symbolLabelBefore(`${label}30/2020/NĐ-CP`, label.length)).toBe(false);
  });

  it('reads a value after a colon and a bar ("Cơ quan ban hành: | Bộ …")', () => {
    const text =
      'Cơ quan ban hành: | Bộ Giáo dục và Đào tạo\nSố hiệu: | 01/2024/TT-BGDĐT\nNgày ban hành: | 05/02/2024\nLoại văn bản: | Thông tư';
    const at = text.indexOf('01/2024');
    expect(metadataField(text, ISSUER_LABELS, at)).toBe('Bộ Giáo dục và Đào tạo');
    expect(metadataIssuedDate(text, at)).toBe('2024-02-05');
  });

  it('reads a label followed by the next cells’ labels (vbpl.vn’s "Cơ quan ban hành/ Chức danh / Người ký")', () => {
    const text =
      'Số ký hiệu | 17/2024/NQ-HĐND | Ngày ban hành | 10/07/2024\n' +
      'Cơ quan ban hành/ Chức danh / Người ký | Hội đồng Nhân dân tỉnh Hà Giang | Chủ tịch | Hoàng Văn Sơn';
    expect(metadataField(text, ISSUER_LABELS, text.indexOf('17/'))).toBe('Hội đồng Nhân dân tỉnh Hà Giang');
    // Its own part of a value that holds the other labels' too (review 13).
    const joined =
      'Số hiệu: 12/2024/TT-BYT\nCơ quan ban hành/Người ký: Bộ Y tế / Trần Văn Thuấn\nNgày ban hành: 12/05/2024';
    expect(metadataField(joined, ISSUER_LABELS, 0)).toBe('Bộ Y tế');
  });

  it('reads a glued date field on the block’s line above the symbol, not another document’s (review 13)', () => {
    const text =
      'Loại văn bản:Quyết địnhNgày ban hành:12/05/2024\nSố ký hiệu:45/QĐ-UBND\nCơ quan ban hành:UBND tỉnh Nghệ An';
    expect(metadataIssuedDate(text, text.indexOf('45/'))).toBe('2024-05-12');
    const other = `Văn bản mới: Nghị định 102/2024/NĐ-CP - Ngày ban hành: 30/07/2024\nSố hiệu: 31/2024/QH15\nNgày ban hành: 18/01/2024`;
    expect(metadataIssuedDate(other, other.indexOf('31/'))).toBe('2024-01-18');
    // Below the symbol first: a line above without a symbol may still be another document's (review 14).
    const news = `Văn bản mới: Luật Đất đai (sửa đổi) - Ngày ban hành: 18/01/2024\nSố hiệu: 12/2024/TT-BTC\nNgày ban hành: 05/03/2024`;
    expect(metadataIssuedDate(news, news.indexOf('12/'))).toBe('2024-03-05');
  });
});

describe('metadata fields laid out inline or labelled in English', () => {
  it('splits a line of several labelled fields at each label and its colon', () => {
    const text =
      'Số hiệu: 08/CT-UBND Ngày ban hành: 19/08/2024 Cơ quan ban hành: UBND thành phố Huế Người ký: Nguyễn Văn A';
    const near = text.indexOf('08/CT');
    expect(metadataField(text, ISSUER_LABELS, near)).toBe('UBND thành phố Huế');
    expect(metadataIssuedDate(text, near)).toBe('2024-08-19');
    // A label without its colon inside a value is prose, not a boundary.
    const prose = 'Cơ quan ban hành: Sở Nội vụ Người ký thay';
    expect(metadataField(prose, ISSUER_LABELS)).toBe('Sở Nội vụ Người ký thay');
  });

  it('reads the English labels of translated portals', () => {
    const text =
      'Number/Symbol: 12/QĐ-UBND\nIssued date: 15/08/2024\nIssuing agency: Hue City People’s Committee';
    const near = text.indexOf('12/');
    expect(symbolLabelBefore(text, near)).toBe(true);
    expect(metadataIssuedDate(text, near)).toBe('2024-08-15');
    expect(metadataField(text, ISSUER_LABELS, near)).toBe('Hue City People’s Committee');
  });

  it('reads "Document No." as a symbol label (audit 29)', () => {
    for (const label of ['Document No.', 'Document No', 'Document number']) {
      const text = `${label}: 3210/QD-BYT\nDate of issue: 27/08/2024\nSummary: On promulgating the guidelines`;
      const near = text.indexOf('3210');
      expect(symbolLabelBefore(text, near), label).toBe(true);
      expect(metadataIssuedDate(text, near), label).toBe('2024-08-27');
    }
    expect(symbolLabelBefore('See the document 3210/QD-BYT', 17)).toBe(false);
  });
});

describe('"Số/Ký hiệu" and "Số, ký hiệu" as symbol labels (audit 17)', () => {
  it('reads them as field labels, as header-kind.ts does', () => {
    expect(isFieldLabel('Số/Ký hiệu')).toBe(true);
    expect(isFieldLabel('Số / Ký hiệu: 12/2024/QĐ-UBND')).toBe(true);
    expect(isFieldLabel('Số, ký hiệu')).toBe(true);
  });

  it('another document\'s "Số/Ký hiệu" ends the block', () => {
    const text = 'Số ký hiệu: 1/UBND-VX\nNgười ký: A\nSố/Ký hiệu: 2/UBND-VX\nTrích yếu: Về việc B';
    expect(metadataField(text, ['trich yeu'], text.indexOf('1/UBND'))).toBeNull();
  });
});

describe('"Số văn bản", "Số VB", "Số hiệu VB", "Số công văn" as symbol labels', () => {
  it.each(['Số văn bản', 'Số VB', 'Số hiệu VB', 'Số công văn'])(
    '%s heads a metadata block, at a line start only',
    (label) => {
      const text = `${label}: 4567/BGDĐT-GDTrH\nTrích yếu: Hướng dẫn nhiệm vụ năm học`;
      expect(symbolLabelBefore(text, text.indexOf('4567'))).toBe(true);
      const prose = `Tổng ${label.toLowerCase()} 4567/BGDĐT-GDTrH`;
      expect(symbolLabelBefore(prose, prose.indexOf('4567'))).toBe(false);
    },
  );

  it('another document\'s "Số văn bản" ends the block', () => {
    const text = 'Số ký hiệu: 1/UBND-VP\nSố văn bản: 2/UBND-VP\nTrích yếu: Về việc khác';
    expect(metadataField(text, ['trich yeu'], 0)).toBeNull();
  });
});
