import { describe, expect, it } from 'vitest';
import { dateValue, headerDate, metadataDate, signedDate } from './dates';
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

  it.each([
    // No dating line under the number: a meeting's time, a schedule's day, a date after the salutation (audit 28).
    'GIẤY MỜI\nSố: 112/GM-UBND\nKính mời: Đại diện lãnh đạo các Sở\nThời gian: 14 giờ 00, ngày 25/6/2024 (thứ Ba)',
    'Số: 112/GM-UBND\nUBND tỉnh tổ chức họp vào lúc 8 giờ, ngày 12/3/2024',
    'Số: 112/GM-UBND\nLịch làm việc tuần\nThứ Hai, ngày 11/3/2024: họp giao ban',
    'Số: 112/GM-UBND\nKính gửi: Các sở, ngành\nHà Nội, ngày 11/3/2024',
    // A label's colon before a gap of columns, a time without diacritics (review 9).
    'Số: 112/GM-UBND\nThời gian:      08h00, ngày 25/6/2024',
    'Số: 112/GM-UBND\nvao luc 8 gio, ngay 12/3/2024',
    'Số: 112/GM-UBND\nVào hồi 8 giờ sáng, ngày 25/6/2024',
  ])('takes no date that is not a dating line: %s', (text) => {
    expect(dateOf(text, '112/GM-UBND')).toBeNull();
    expect(dateOf(text.normalize('NFD'), '112/GM-UBND')).toBeNull();
  });

  it.each([
    ['Số: 112/GM-UBND\nQuận 1, ngày 06 tháng 9 năm 2024', '2024-09-06'],
    ['Số: 112/GM-UBND Hà Nội, ngày 29 tháng 12 năm 2023', '2023-12-29'],
    ['Số: 112/GM-UBND | TP. Hồ Chí Minh, ngày 11/3/2024', '2024-03-11'],
    ['Số: 112/GM-UBND\nBà Rịa - Vũng Tàu, ngày 11 tháng 3 năm 2024', '2024-03-11'],
    // Places that spell like a time or a weekday's words once folded, a V/v line before the column gap (review 8).
    ['Số: 112/GM-UBND\nV/v đôn đốc\nLục Ngạn, ngày 10 tháng 4 năm 2024', '2024-04-10'],
    ['Số: 112/GM-UBND\nCần Giờ, ngày 10 tháng 4 năm 2024', '2024-04-10'],
    ['Số: 112/GM-UBND\nV/v: đôn đốc thu ngân sách            Hà Nội, ngày 10 tháng 4 năm 2024', '2024-04-10'],
  ])('reads a place with a number, or on the number’s line: %s', (text, date) => {
    expect(dateOf(text, '112/GM-UBND')).toBe(date);
  });

  it('still stops at another reference outside a subject line', () => {
    const text = 'Số: 5123/UBND-KTN\nCăn cứ Nghị định số 08/2022/NĐ-CP\nQuảng Nam, ngày 20 tháng 7 năm 2022';
    expect(dateOf(text, '5123/UBND-KTN')).toBeNull();
  });
});

describe('headerDate: a "Ngày ban hành" field under the "Số:" line', () => {
  it.each([
    ['Số: 1234/QĐ-UBND\nNgày ban hành: 15/06/2023', '2023-06-15'],
    ['Số: 1234/QĐ-UBND\nV/v phê duyệt\nNgày ký: 15/06/2023', '2023-06-15'],
    ['Số: 1234/QĐ-UBND\nNgày hiệu lực: 15/06/2023', null],
    ['Số: 1234/QĐ-UBND\nNgày văn bản: 15/06/2023', '2023-06-15'],
    ['Số: 1234/QĐ-UBND\nNgày đến: 15/06/2023', null],
    // On the number's own line it is no line of its own.
    ['Số: 1234/QĐ-UBND Ngày ban hành: 15/06/2023', null],
  ])('%j', (text, iso) => {
    expect(dateOf(text, '1234/QĐ-UBND')).toBe(iso);
    expect(dateOf(text.normalize('NFD'), '1234/QĐ-UBND')).toBe(iso);
  });

  it('reads the dating line under "<type word> số:"', () => {
    expect(
      dateOf('QUỐC HỘI\nLuật số: 45/2019/QH14 | Hà Nội, ngày 20 tháng 11 năm 2019 |', '45/2019/QH14'),
    ).toBe('2019-11-20');
    expect(dateOf('UBND\nQuyết định số: 43/QĐ-UBND\nHà Nội, ngày 11 tháng 01 năm 2022', '43/QĐ-UBND')).toBe(
      '2022-01-11',
    );
    expect(
      dateOf('theo Quyết định số 43/QĐ-UBND. Hà Nội, ngày 11 tháng 01 năm 2022', '43/QĐ-UBND'),
    ).toBeNull();
    expect(
      dateOf('xem Quyết định số: 43/QĐ-UBND\nHà Nội, ngày 11 tháng 01 năm 2022', '43/QĐ-UBND'),
    ).toBeNull();
  });
});

describe('metadataDate: the "Ngày ban hành:" field on the very next line', () => {
  it.each([
    ['Số hiệu: 45/2024/TT-BTC\nNgày ban hành: 28/06/2024', '2024-06-28'],
    ['Số hiệu: 45/2024/TT-BTC\nNgày ký: 28/06/2024', '2024-06-28'],
    ['Số hiệu: 45/2024/TT-BTC\nNgày ban hành: 28 tháng 6 năm 2024', '2024-06-28'],
    ['Số hiệu: 45/2024/TT-BTC\nNgày hiệu lực: 28/06/2024', null],
    ['Số hiệu: 45/2024/TT-BTC\nLoại văn bản: Thông tư\nNgày ban hành: 28/06/2024', null],
    // Audit 17: the issuing date's other labels (metadata-fields.ts's DATE_LABELS), and those
    // that date something else.
    ['Số hiệu: 45/2024/TT-BTC\nNgày văn bản: 28/06/2024', '2024-06-28'],
    ['Số hiệu: 45/2024/TT-BTC\nNgày thông qua: 28/06/2024', '2024-06-28'],
    ['Số hiệu: 45/2024/TT-BTC\nNgày ký ban hành: 28/06/2024', '2024-06-28'],
    ['Số hiệu: 45/2024/TT-BTC\nNgày có hiệu lực: 28/06/2024', null],
    ['Số hiệu: 45/2024/TT-BTC\nNgày đến: 28/06/2024', null],
    ['Số hiệu: 45/2024/TT-BTC\nNgày đăng: 28/06/2024', null],
    ['Số hiệu: 45/2024/TT-BTC\nNgày văn bản đến: 28/06/2024', null],
  ])('%j', (text, iso) => {
    expect(dateOf(text, '45/2024/TT-BTC')).toBe(iso);
    expect(metadataDate(text, text.indexOf('\n'))).toBe(iso);
  });

  it('reads "Ngày văn bản" on a flattened row, after a bar (audit 17)', () => {
    expect(dateOf('Số hiệu: 45/2024/TT-BTC | Ngày văn bản | 28/06/2024', '45/2024/TT-BTC')).toBe(
      '2024-06-28',
    );
  });

  it.each([
    ['Số ký hiệu: 25/NQ-HĐND\nNgày ban hành: 12/09/2022', '2022-09-12'],
    ['Số ký hiệu | 25/NQ-HĐND\nNgày ban hành | 12/09/2022', '2022-09-12'],
    ['Số/Ký hiệu: 25/NQ-HĐND\nNgày ban hành: 12-09-2022', '2022-09-12'],
    ['Số ký hiệu\n25/NQ-HĐND\nNgày ban hành\n12/09/2022', '2022-09-12'],
    // A two-column table copied as text: a tab between label and value (audit 57).
    ['Số ký hiệu\t25/NQ-HĐND\nNgày ban hành\t12/09/2022', '2022-09-12'],
    ['Số hiệu\t25/NQ-HĐND\nNgày ban hành\t12/09/2022', '2022-09-12'],
    ['Số ký hiệu\t25/NQ-HĐND\nNgày hiệu lực\t12/09/2022', null],
    ['Số ký hiệu: 25/NQ-HĐND\nNgày hiệu lực: 12/09/2022', null],
    ['văn bản có số ký hiệu 25/NQ-HĐND\nNgày ban hành: 12/09/2022', null],
  ])('after a number-field label: %j', (text, iso) => {
    expect(dateOf(text, '25/NQ-HĐND')).toBe(iso);
    expect(dateOf(text.normalize('NFD'), '25/NQ-HĐND')).toBe(iso);
  });
});

describe('headerDate: the dating line under a subject line that dates a cited document (audit 61)', () => {
  it('reads the dating line, not the subject line’s date', () => {
    const text =
      'Số: 1520/UBND-VP\nV/v thực hiện Công văn số 4521/UBND-KGVX, ngày 03/10/2024 của UBND tỉnh\nTân Kỳ, ngày 06 tháng 10 năm 2024';
    expect(dateOf(text, '1520/UBND-VP')).toBe('2024-10-06');
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

describe('dates after the audits (audit 6 and 7)', () => {
  it('reads the header date under an OCR or ASCII "Số:" heading its line', () => {
    for (const so of ['Sô:', 'S ố:', 'So:', 'SO:']) {
      expect(dateOf(`${so} 56/GM-SNN\nThanh Hóa, ngày 12 tháng 3 năm 2024`, '56/GM-SNN')).toBe('2024-03-12');
    }
    // Prose "so" is no header: no colon, or not at the line start.
    expect(dateOf('So 56/GM-SNN\nThanh Hóa, ngày 12 tháng 3 năm 2024', '56/GM-SNN')).toBeNull();
    expect(dateOf('Xem thêm So: 56/GM-SNN\nThanh Hóa, ngày 12 tháng 3 năm 2024', '56/GM-SNN')).toBeNull();
  });

  it('reads the dating line of a two-column header read column by column, past the Quốc hiệu and rules', () => {
    const header =
      'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\n-------\nSố: 3127/UBND-KT\nV/v triển khai các giải pháp phòng, chống hạn hán\n' +
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nQuảng Trị, ngày 05 tháng 6 năm 2024';
    expect(dateOf(header, '3127/UBND-KT')).toBe('2024-06-05');
    // Lines of text still count: a date four lines down belongs to something else.
    const body =
      'Số: 3127/UBND-KT\nKính gửi: các sở\nNội dung một\nNội dung hai\nNội dung ba\nQuảng Trị, ngày 05 tháng 6 năm 2024';
    expect(dateOf(body, '3127/UBND-KT')).toBeNull();
  });

  it('reads the metadata date field on the symbol’s own line, glued or after spaces or a bar', () => {
    for (const gap of ['', ' ', ' | ']) {
      const text = `Số hiệu:55/2024/NĐ-CP${gap}Ngày ban hành:16/05/2024`;
      expect(dateOf(text, '55/2024/NĐ-CP')).toBe('2024-05-16');
      expect(metadataDate(text, text.indexOf('CP') + 2)).toBe('2024-05-16');
    }
    // The label is still required.
    expect(dateOf('Số hiệu: 55/2024/NĐ-CP Ngày hiệu lực: 16/05/2024', '55/2024/NĐ-CP')).toBeNull();
  });

  it('reads the date field under a "Số hiệu văn bản:" label', () => {
    expect(dateOf('Số hiệu văn bản: 1745/UBND-XDCB\nNgày ban hành: 25/07/2024', '1745/UBND-XDCB')).toBe(
      '2024-07-25',
    );
  });

  it('reads a date glued right after the symbol', () => {
    expect(dateOf('Thông báo 125/TB-UBND02/12/2024 về', '125/TB-UBND')).toBe('2024-12-02');
    expect(dateOf('Công văn 412/UBND25.11.2024', '412/UBND')).toBe('2024-11-25');
  });

  it('reads an English "dated …" after the symbol', () => {
    expect(dateOf('Decision No. 123/QD-TTg dated 12 March 2024', '123/QĐ-TTg')).toBe('2024-03-12');
    expect(dateOf('Official Letter 1234/BTC-TCT dated 15/5/2023', '1234/BTC-TCT')).toBe('2023-05-15');
    expect(dateOf('Directive 05/CT-TTg dated April 17, 2023 on', '05/CT-TTg')).toBe('2023-04-17');
    expect(dateOf('Directive 05/CT-TTg dated April 2023', '05/CT-TTg')).toBeNull();
    expect(dateOf('Directive 05/CT-TTg dated 17 Foo 2023', '05/CT-TTg')).toBeNull();
  });
});

describe('directDate: a date in brackets right after the symbol (audit 14)', () => {
  it.each([
    'Công văn số 3421/SYT-NVY (ngày 18/10/2024) của Sở Y tế',
    'Công văn số 3421/SYT-NVY (Ngày 18 tháng 10 năm 2024) của Sở Y tế',
    'Công văn số 3421/SYT-NVY (18/10/2024) của Sở Y tế',
    'Công văn số 3421/SYT-NVY ( 18/10/2024 ) của Sở Y tế',
  ])('%s', (text) => {
    expect(dateOf(text, '3421/SYT-NVY')).toBe('2024-10-18');
    expect(dateOf(text.normalize('NFD'), '3421/SYT-NVY')).toBe('2024-10-18');
  });

  it.each([
    // No year, a range, or more than the date in the bracket.
    'Công văn số 3421/SYT-NVY (18/10) của Sở Y tế',
    'Công văn số 3421/SYT-NVY (18/10/2024 - 20/10/2024)',
    'Công văn số 3421/SYT-NVY (có hiệu lực từ ngày 18/10/2024)',
    'Công văn số 3421/SYT-NVY (kèm theo) ngày 18/10/2024',
  ])('not %s', (text) => {
    expect(dateOf(text, '3421/SYT-NVY')).toBeNull();
  });
});

describe('signedDate: a verb of signing or issuing between the symbol and its date (audit 15)', () => {
  const at = (text: string, symbol: string) => text.indexOf(symbol) + symbol.length;
  it.each([
    ['văn bản số 7821/SXD-QLCL (ký ngày 18-9-2024) về việc', '2024-09-18'],
    ['văn bản số 7821/SXD-QLCL, ký ngày 18/9/2024', '2024-09-18'],
    ['văn bản số 7821/SXD-QLCL ban hành ngày 18/9/2024', '2024-09-18'],
    ['văn bản số 7821/SXD-QLCL ký ban hành vào ngày 18 tháng 9 năm 2024', '2024-09-18'],
    ['văn bản số 7821/SXD-QLCL ký 18/9/2024', '2024-09-18'],
    ['Decision No. 7821/SXD-QLCL on October 14, 2024', '2024-10-14'],
    ['Decision No. 7821/SXD-QLCL on 14 Oct 2024', '2024-10-14'],
    ['văn bản số 7821/SXD-QLCL ngày 18/9/2024', '2024-09-18'],
    ['văn bản số 7821/SXD-QLCL ban hành kèm theo', null],
    ['văn bản số 7821/SXD-QLCL ký hiệu ngày 18/9/2024', null],
    ['văn bản số 7821/SXD-QLCL ông Nguyễn', null],
  ])('%s', (text, date) => {
    for (const form of [text, text.normalize('NFD')])
      expect(signedDate(form, at(form, '7821/SXD-QLCL'))).toBe(date);
  });

  it('leaves findReferences to the direct date of SYMBOLS.md §8', () => {
    for (const text of [
      'văn bản số 7821/SXD-QLCL (ký ngày 18-9-2024)',
      'Decision No. 7821/SXD-QLCL on October 14, 2024',
    ])
      expect(findReferences(text)[0]?.issuedDate).toBeNull();
  });
});

describe('directDate: a table flattened to text, English ordinals (audit 25)', () => {
  it.each([
    ['12/4/2024 | 245 | UBND tỉnh | 1234/UBND-KT | 10/4/2024 | CV v/v rà soát', '1234/UBND-KT', '2024-04-10'],
    ['1\t35-CT/TW\t14/6/2024\tVề tổ chức đại hội', '35-CT/TW', '2024-06-14'],
    ['2\t142-QĐ/TW\t2/8/2024', '142-QĐ/TW', '2024-08-02'],
    ['| 1234/UBND-KT |10/4/2024\n', '1234/UBND-KT', '2024-04-10'],
    [
      'STT | Số, ký hiệu | Ngày ban hành\n1 | 12/QĐ-UBND | 05/01/2024\n2 | 48/KH-UBND | 17/02/2024',
      '48/KH-UBND',
      '2024-02-17',
    ],
    ['| Quyết định số 12/QĐ-UBND | 05/01/2024 |', '12/QĐ-UBND', '2024-01-05'],
    ['| Số: 12/2024/qđ-ubnd | 05/01/2024 |', '12/2024/QĐ-UBND', '2024-01-05'],
    // Issuing-date labels of any wording, longer type words before the number (review 9).
    [
      'STT | Số ký hiệu | Ngày ban hành văn bản | Trích yếu\n1 | 125/QĐ-UBND | 15/3/2024 | Về',
      '125/QĐ-UBND',
      '2024-03-15',
    ],
    ['Số ký hiệu\tNgày phát hành\n125/QĐ-UBND\t15/3/2024', '125/QĐ-UBND', '2024-03-15'],
    ['Số hiệu\tNgày BH\n125/QĐ-UBND\t15/3/2024', '125/QĐ-UBND', '2024-03-15'],
    // Headers of decisions' and resolutions' tables, a bare "Ngày" spaced in its cell (review 11).
    [
      '| Số ký hiệu | Ngày quyết định | Trích yếu |\n| 125/QĐ-UBND | 15/3/2024 | Về |',
      '125/QĐ-UBND',
      '2024-03-15',
    ],
    ['| Số ký hiệu | Ngày thông qua |\n| 125/NQ-HĐND | 15/3/2024 |', '125/NQ-HĐND', '2024-03-15'],
    ['| Số ký hiệu | Ngày | Trích yếu |\n| 125/QĐ-UBND | 15/3/2024 | Về |', '125/QĐ-UBND', '2024-03-15'],
    ['| Công văn hỏa tốc số 125/UBND-VX | 15/3/2024 |', '125/UBND-VX', '2024-03-15'],
    ['Number\tDate of issue\n125/QĐ-UBND\t15/3/2024', '125/QĐ-UBND', '2024-03-15'],
    ['| Thông tư liên tịch số 12/2021/TTLT-BTC-BNV | 15/3/2021 |', '12/2021/TTLT-BTC-BNV', '2021-03-15'],
    ['| Văn bản hợp nhất số 05/VBHN-BGDĐT | 15/3/2024 |', '05/VBHN-BGDĐT', '2024-03-15'],
    ['- Quyết định số 12/QĐ-UBND | 15/3/2024 |', '12/QĐ-UBND', '2024-03-15'],
    ['Circular No. 200/2014/TT-BTC dated 22nd December 2014 of', '200/2014/TT-BTC', '2014-12-22'],
    ['Circular No. 200/2014/TT-BTC dated December 1st, 2014 of', '200/2014/TT-BTC', '2014-12-01'],
    ['Resolution No. 04/2019/NQ-HĐTP dated 18th of June, 2019 on', '04/2019/NQ-HĐTP', '2019-06-18'],
  ])('%s', (text, symbol, date) => {
    expect(dateOf(text, symbol)).toBe(date);
    expect(dateOf(text.normalize('NFD'), symbol)).toBe(date);
  });

  it.each([
    // More than the date in the next cell, no year, or no cell between (a range, a list).
    ['| 1234/UBND-KT | 10/4/2024 - 12/4/2024 |', '1234/UBND-KT'],
    ['| 1234/UBND-KT | 10/4 |', '1234/UBND-KT'],
    ['1234/UBND-KT 10/4/2024 về việc', '1234/UBND-KT'],
    ['1\t35-CT/TW\t14/6/2024 và 15/6/2024', '35-CT/TW'],
    // A date shared by a list ("cùng ngày") follows none of its symbols directly (the corpora's labels).
    ['Nghị quyết số 05/2024/NQ-HĐND và số 06/2024/NQ-HĐND cùng ngày 12/7/2024', '06/2024/NQ-HĐND'],
    // A column of another date: the header says so.
    ['STT | Tên văn bản | Số hiệu | Hiệu lực\n1 | Luật Đất đai | 31/2024/QH15 | 01/8/2024', '31/2024/QH15'],
    ['Số ký hiệu\tNgày đến\n1234/UBND-KT\t12/4/2024', '1234/UBND-KT'],
    // A deadline's or another date's column (review 8).
    ['| Số văn bản | Hạn xử lý | Trích yếu |\n| 1234/UBND-KT | 15/4/2024 | Báo cáo |', '1234/UBND-KT'],
    ['STT\tSố, ký hiệu\tNgày thực hiện\n1\t1234/UBND-KT\t15/4/2024', '1234/UBND-KT'],
    ['Số ký hiệu\tThời hạn\n1234/UBND-KT\t15/4/2024', '1234/UBND-KT'],
    ['Number\tEffective date\n1234/UBND-KT\t15/4/2024', '1234/UBND-KT'],
    // Other dates' labels a list of them missed, another document named in the cell (review 10).
    ['Number | Deadline | Subject\n1234/UBND-KT | 15/4/2024 | Báo cáo', '1234/UBND-KT'],
    ['Số ký hiệu\tNgày bắt đầu\n1234/UBND-KT\t15/4/2024', '1234/UBND-KT'],
    ['Số ký hiệu\tNgày công bố\n1234/UBND-KT\t15/4/2024', '1234/UBND-KT'],
    ['| Kế hoạch triển khai 125/QĐ-UBND | 15/3/2024 |', '125/QĐ-UBND'],
    // A document the trích yếu cites at its end: the row's date is the row's document's.
    [
      '| Số hiệu | Trích yếu | Ngày ban hành |\n| 20/2024/QĐ-UBND | Bãi bỏ Quyết định số 07/2019/QĐ-UBND | 15/5/2024 |',
      '07/2019/QĐ-UBND',
    ],
    ['Văn bản bị thay thế\t12/2020/TT-BTC\t01/01/2021', '12/2020/TT-BTC'],
    ['Quyết định 12/QĐ-UBND cùng với Kế hoạch ngày 12/7/2024', '12/QĐ-UBND'],
  ])('not %s', (text, symbol) => {
    expect(dateOf(text, symbol)).toBeNull();
  });
});
