import { describe, expect, it } from 'vitest';
import type { DocumentReference } from '../schemas/reference';
import { extractDispatch } from './extract-dispatch';
import { findReferences } from './find-references';
import { onlyReference as only } from './testing/only-reference';

function symbols(text: string): string[] {
  return findReferences(text).map((r) => r.symbol);
}

describe('findReferences: the shapes of SYMBOLS.md §2', () => {
  it.each([
    [
      'Nghị định 137/2020/NĐ-CP về pháo',
      '137/2020/NĐ-CP',
      { number: '137', year: 2020, typeCode: 'NĐ', issuer: 'CP', typeName: 'Nghị định' },
    ],
    [
      'theo Thông tư liên tịch 12/2021/TTLT-BTC-BNV',
      '12/2021/TTLT-BTC-BNV',
      { typeCode: 'TTLT', issuer: 'BTC-BNV', typeName: 'Thông tư liên tịch' },
    ],
    [
      'Luật Đầu tư số 61/2020/QH14',
      '61/2020/QH14',
      { typeCode: null, issuer: 'QH14', typeName: 'Luật', year: 2020 },
    ],
    [
      'Nghị quyết số 43/2022/QH15 của Quốc hội',
      '43/2022/QH15',
      { typeCode: null, issuer: 'QH15', typeName: 'Nghị quyết' },
    ],
    ['Nghị quyết 1023/2016/NQ-UBTVQH13', '1023/2016/NQ-UBTVQH13', { typeCode: 'NQ', issuer: 'UBTVQH13' }],
    [
      'Kế hoạch số 594/KH-UBND',
      '594/KH-UBND',
      { typeCode: 'KH', issuer: 'UBND', year: null, typeName: 'Kế hoạch' },
    ],
    ['Hướng dẫn 12/HD-BCA-V05', '12/HD-BCA-V05', { typeCode: 'HD', issuer: 'BCA' }],
    [
      'Tờ trình số 56/TTr-CAT-PC08',
      '56/TTr-CAT-PC08',
      { typeCode: 'TTr', issuer: 'CAT', typeName: 'Tờ trình' },
    ],
    ['Chương trình số 08-CTr/TU', '08-CTr/TU', { typeCode: 'CTr', issuer: 'TU', typeName: 'Chương trình' }],
    [
      'Công văn số 3944/UBND-NC gửi các sở',
      '3944/UBND-NC',
      { typeCode: null, issuer: 'UBND', typeName: 'Công văn' },
    ],
    ['văn bản số 762/BVHTTDL-VH&GĐ', '762/BVHTTDL-VH&GĐ', { issuer: 'BVHTTDL', typeName: 'Công văn' }],
    ['Công văn 518/UBND-KT2 ngày', '518/UBND-KT2', { issuer: 'UBND' }],
    ['công văn số 215/SNV.', '215/SNV', { issuer: 'SNV', typeCode: null }],
    // Sở Ngoại vụ writes its code in mixed case (audits 145 and 177).
    ['Công văn 625/SNgV-LS (30/10/2020)', '625/SNgV-LS', { issuer: 'SNgV', typeName: 'Công văn' }],
    ['Văn bản hợp nhất 38/VBHN-VPQH', '38/VBHN-VPQH', { typeCode: 'VBHN', issuer: 'VPQH' }],
    ['Nghị quyết số 49-NQ/TW của Bộ Chính trị', '49-NQ/TW', { typeCode: 'NQ', issuer: 'TW', year: null }],
    ['Công văn số 8011-CV/BTCTW', '8011-CV/BTCTW', { typeCode: 'CV', issuer: 'BTCTW', typeName: 'Công văn' }],
    ['Quy định số 97-QĐ/TW của Bộ Chính trị', '97-QĐ/TW', { typeName: 'Quy định' }],
    ['Quyết định số 259-QĐ/TW', '259-QĐ/TW', { typeName: 'Quyết định' }],
    ['Chỉ thị 213-TTg năm 1994', '213-TTg', { typeCode: null, issuer: 'TTg', typeName: 'Chỉ thị' }],
    ['Chỉ thị số 406/TTg ngày 8-8-1994', '406-TTg', { issuer: 'TTg', issuedDate: '1994-08-08' }],
    // The Chính phủ's and the Hội đồng Bộ trưởng's old forms as TTg's (audits 9, 14 and 52).
    ['Nghị định số 15/CP ngày 2-3-1993', '15-CP', { typeCode: null, issuer: 'CP', issuedDate: '1993-03-02' }],
    ['Quyết định 114/HĐBT', '114-HĐBT', { typeCode: null, issuer: 'HĐBT' }],
    ['Số: 01-TANDTC-VKSNDTC/TTLT', '01-TANDTC-VKSNDTC/TTLT', { typeCode: 'TTLT', issuer: 'TANDTC-VKSNDTC' }],
    // The 1990s ministries' form with the type code last (audit 57).
    [
      'Quyết định số 1895/1997/BYT-QĐ ngày 19/9/1997',
      '1895/1997/BYT-QĐ',
      { typeCode: 'QĐ', issuer: 'BYT', year: 1997, typeName: 'Quyết định', issuedDate: '1997-09-19' },
    ],
    ['Quyết định số 112b/QĐ-UBND', '112b/QĐ-UBND', { number: '112b' }],
    // A lettered number before its year (audit 208).
    [
      'Căn cứ Nghị quyết số 30a/2008/NQ-CP ngày 27 tháng 12 năm 2008',
      '30a/2008/NQ-CP',
      { number: '30a', year: 2008, typeCode: 'NQ', issuedDate: '2008-12-27' },
    ],
    // A hyphen typed twice (audits 59 and 61).
    [
      'Quyết định số 2680/QĐ--SYT ngày 30/12/2024',
      '2680/QĐ-SYT',
      { typeCode: 'QĐ', issuer: 'SYT', issuedDate: '2024-12-30' },
    ],
    ['Công văn 128/TTg-KTTH', '128/TTg-KTTH', { issuer: 'TTg', typeCode: null }],
    ['Công văn số 123/BCĐ389-VP', '123/BCĐ389-VP', { issuer: 'BCĐ389', typeCode: null }],
  ])('%s', (text, symbol, fields) => {
    const reference = only(text);
    expect(reference.symbol).toBe(symbol);
    expect(reference).toMatchObject(fields);
  });

  it('keeps leading zeros in the number', () => {
    expect(only('Chỉ thị 06/CT-TTg').number).toBe('06');
  });

  it('gives a folded key for deduplication', () => {
    expect(only('Quyết định 1379/QĐ-TTg').key).toBe('1379/QD-TTG');
    expect(only('Công văn 4555/BGDĐT-GDPT').key).toBe('4555/BGDDT-GDPT');
  });
});

describe('findReferences: variations of real page text (SYMBOLS.md §6)', () => {
  it.each([
    ['hyphen lost after a type code', 'Quyết định 2150/QĐUBND', '2150/QĐ-UBND'],
    ['hyphen lost in a normative symbol', 'Nghị định 47/2019/NĐCP', '47/2019/NĐ-CP'],
    ['hyphen lost before a ministry', 'Thông tư 05/2017/TTBTC', '05/2017/TT-BTC'],
    ['hyphen lost after a lettered number', 'Nghị quyết 112b/NQCP', '112b/NQ-CP'],
    ['en dash with spaces', 'Chỉ thị số 05/CT – UBND', '05/CT-UBND'],
    ['spaced dash in a normative symbol', 'nghị định 79/2018/NĐ – CP', '79/2018/NĐ-CP'],
    ['space after the Party hyphen', 'Kết luận 35- KL/TW', '35-KL/TW'],
    ['space after the type hyphen', 'Tờ trình 204/TTr- SNV', '204/TTr-SNV'],
    ['spaced Youth Union hyphen', 'Quyết định 367 - QĐ/TWĐTN-VP', '367-QĐ/TWĐTN-VP'],
    ['space instead of the Party hyphen', 'Quyết định số 84 QĐ/TWĐTN ngày', '84-QĐ/TWĐTN'],
    ['space inside an issuer', 'Thông tư liên tịch 11/2016/TTLT-BGD ĐT-BTC', '11/2016/TTLT-BGDĐT-BTC'],
    [
      'space instead of the type hyphen',
      'Thông tư số 23/2012/TT BCA-V28 ngày 27/4/2012',
      '23/2012/TT-BCA-V28',
    ],
    ['slug with hyphens for slashes', 'Thông tư 26-2017-TT-BGDĐT', '26/2017/TT-BGDĐT'],
    // Audit 195: the year's slash alone written as a hyphen, after a type word and "số".
    ['hyphen for the year slash', 'theo Nghị định số 02/1998-NĐ-CP ngày', '02/1998/NĐ-CP'],
    ['lower-case slug', 'quyết định 15-2012-qĐ-ubnd', '15/2012/QĐ-UBND'],
    ['lower-case slug, all ASCII', 'tải thông tư số 47-2012-tt-bqp', '47/2012/TT-BQP'],
    ['slash for the type hyphen', 'Thông tư 18/2019/TT/BYT', '18/2019/TT-BYT'],
    ['slash after TTLT', 'Thông tư liên tịch 45/2019/TTLT/BYT-BTC', '45/2019/TTLT-BYT-BTC'],
    ['dot for the type hyphen', 'Quyết định 25/1998/QĐ.UB', '25/1998/QĐ-UB'],
    ['lower case', 'thông tư 63/2002/tt-btc', '63/2002/TT-BTC'],
    ['lower case with đ', 'nghị định 43/2014/nđ-cp', '43/2014/NĐ-CP'],
    ['all-caps TTG', 'QUYẾT ĐỊNH SỐ 04/2022/QĐ-TTG NGÀY 18/2/2022', '04/2022/QĐ-TTg'],
    ['ASCII QD and ND', 'Quyết định 41/2019/QD-UBND và Nghị định 15/2018/ND-CP', '41/2019/QĐ-UBND'],
    ['ASCII issuer BGDDT', 'Công văn 4555/BGDDT-GDPT', '4555/BGDĐT-GDPT'],
    ['OCR TƯ', 'Kết luận 318-KL/TƯ', '318-KL/TƯ'],
    ['look-alike Ð (U+00D0)', 'Quyết định 1651/QÐ-TTg', '1651/QĐ-TTg'],
    ['non-breaking space in a Party symbol', 'Quyết định 84\u00a0QĐ/TWĐTN', '84-QĐ/TWĐTN'],
    ['line break after the hyphen', 'Công văn 3944/UBND-\nNC ngày', '3944/UBND-NC'],
  ])('%s: %s', (_, text, symbol) => {
    expect(symbols(text)[0]).toBe(symbol);
    const [first] = findReferences(text) as [DocumentReference];
    expect(text.slice(first.start, first.end)).toBe(first.raw);
  });

  it('stops at a word glued to the symbol', () => {
    expect(only('Số hiệu:02/2020/NĐ-CPNgày đăng công báo').raw).toBe('02/2020/NĐ-CP');
    expect(only('Số hiệu:2435/QĐ-UBNDNgày đăng').raw).toBe('2435/QĐ-UBND');
    expect(only('Công văn 128/TTr-SGDĐTngày 5').raw).toBe('128/TTr-SGDĐT');
    expect(only('Số: 367 - QĐ/TWĐTN-VPĐOÀN TNCS').raw).toBe('367 - QĐ/TWĐTN-VP');
  });

  it('stops at a word in title case glued to the symbol: one capital is the word’s (audit 235, review 93)', () => {
    expect(only('Quyết định 5669/QĐ-BYTHướng dẫn').raw).toBe('5669/QĐ-BYT');
    expect(only('Quyết định 15/QĐ-TTgTăng cường').raw).toBe('15/QĐ-TTg');
    expect(only('Công văn 12/SYTƯớc tính').raw).toBe('12/SYT');
    expect(only('Công văn 3154/UBND-VPHội nghị').raw).toBe('3154/UBND-VP');
    expect(only('Công văn 12/UBND-VXỦy quyền').raw).toBe('12/UBND-VX');
    // Decomposed, the plain "U" is no letter of the code to keep (review 95).
    expect(symbols('Công văn 318/UBND-VXỦy quyền'.normalize('NFD'))).not.toContain('318/UBND-VXU');
    // A word in lower case keeps the code's last capital (review 93).
    expect(only('Công văn 6202/UBND-KThướng dẫn').raw).toBe('6202/UBND-KT');
    expect(only('Công văn 3154/UBND-VPhội nghị').raw).toBe('3154/UBND-VP');
    expect(only('Quyết định 45/QĐ-BQLhỗ trợ').raw).toBe('45/QĐ-BQL');
    expect(only('Kế hoạch 3/KH-TTraủy ban').raw).toBe('3/KH-TTra');
    expect(only('Kế hoạch 3/KH-TTravề việc').raw).toBe('3/KH-TTra');
    expect(only('Thông tư 14/2019/TT-BXDhướng dẫn').raw).toBe('14/2019/TT-BXD');
    // A unit in mixed case, then a word in lower case (review 94).
    expect(only('Công văn 2346/SGDĐT-GDTrHổn định').raw).toBe('2346/SGDĐT-GDTrH');
    // A Party unit ending in a vowel, then "ngày" (audit 240).
    expect(only('Văn bản liên quan: 3240-CV/VPTUngày 29/8/2022').raw).toBe('3240-CV/VPTU');
  });

  it('reads a list counter glued to the type word', () => {
    expect(only('- 2Quyết định 553/QĐ-TTg năm 2021').symbol).toBe('553/QĐ-TTg');
  });

  it('reads references after line breaks and prefixes', () => {
    expect(symbols('Nghị định số\n43/2014/NĐ-CP')).toEqual(['43/2014/NĐ-CP']);
    expect(symbols('Chỉ\nthị số 03/CT-TTg')).toEqual(['03/CT-TTg']);
    expect(symbols('Số:\n444/QĐ-TTg')).toEqual(['444/QĐ-TTg']);
    expect(symbols('tạiTờ trình số 128/TTr-SGDĐT')).toEqual(['128/TTr-SGDĐT']);
  });

  it('finds several references in one sentence and in lists', () => {
    expect(symbols('Quyết định 569/QĐ-TTg và 2047/QĐ-TTg')).toEqual(['569/QĐ-TTg', '2047/QĐ-TTg']);
    expect(
      symbols(
        'các Nghị định của Chính phủ: số 43/2014/NĐ-CP ngày 15/5/2014; số 24/2006/NĐ-CP; số 148/2020/NĐ-CP.',
      ),
    ).toEqual(['43/2014/NĐ-CP', '24/2006/NĐ-CP', '148/2020/NĐ-CP']);
  });

  it('lists a reference once per occurrence', () => {
    expect(symbols('Chỉ thị 16/CT-TTg … (Chỉ thị 16/CT-TTg)')).toEqual(['16/CT-TTg', '16/CT-TTg']);
  });

  it('keeps offsets into NFD text', () => {
    const text = 'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ'.normalize('NFD');
    const reference = only(text);
    expect(reference.symbol).toBe('30/2020/NĐ-CP');
    expect(reference.issuedDate).toBe('2020-03-05');
  });

  it('reads type words with scrambled diacritics', () => {
    const reference = only('nêủ tạí Kết lúận số 121-KL/TW, ngàỷ 24/01/2025 củà Bạn Chấp hành');
    expect(reference).toMatchObject({ symbol: '121-KL/TW', issuedDate: '2025-01-24' });
  });

  it('takes the type name from the words before a code-less symbol', () => {
    expect(only('Công điện khẩn số 780/VPCP-VI ngày 10-2-2002').typeName).toBe('Công điện');
    expect(only('Luật Sở hữu trí tuệ số 07/2022/QH15').typeName).toBe('Luật');
    expect(only('xem văn bản số 1315/UBND-NC').typeName).toBe('Công văn');
  });

  it('reads a lower-case công văn symbol after a type word and "số" when its issuer is known', () => {
    expect(only('công văn số 1234/ubnd-vx ngày 5/6/2020 của ubnd tỉnh')).toMatchObject({
      raw: '1234/ubnd-vx',
      symbol: '1234/UBND-VX',
      typeCode: null,
      typeName: 'Công văn',
      issuer: 'UBND',
      issuedDate: '2020-06-05',
    });
    expect(only('văn bản số 3935/bgdđt-gdpt về việc').symbol).toBe('3935/BGDĐT-GDPT');
    expect(only('văn bản số 3935/bgdđt-gdpt'.normalize('NFD')).symbol).toBe('3935/BGDĐT-GDPT');
    for (const text of [
      'học sinh lớp 12/a1',
      'tổ 5/kp3',
      'nhà số 12/abc',
      'số 12/ubnd-vx',
      'công văn số 12/abc-vx',
      'công văn 12/ubnd-vx',
      'Công văn số 123/ubnd-KT',
    ]) {
      expect(findReferences(text), text).toEqual([]);
    }
  });

  it("reads the Party's Quy định code QĐi", () => {
    expect(only('Căn cứ Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương')).toMatchObject({
      raw: '08-QĐi/TW',
      symbol: '08-QĐi/TW',
      key: '08-QDI/TW',
      number: '08',
      typeCode: 'QĐi',
      typeName: 'Quy định',
      issuer: 'TW',
      issuedDate: '2018-10-25',
    });
    expect(only('QUY ĐỊNH SỐ 08-QĐI/TW').symbol).toBe('08-QĐi/TW');
    // Only in the Party shape, and not as the tail of a longer run.
    expect(findReferences('số 1234/QĐI-UBND và 12/2020/TTQĐi/-BCT')).toEqual([]);
  });

  it('rejects a receipt number: digits after the last hyphen', () => {
    expect(findReferences('Biên nhận số 2024/BN-0157.')).toEqual([]);
    expect(findReferences('hồ sơ số 12/BN-0157-2024')).toEqual([]);
    expect(only('Số: 12/HD-BCA-V05').symbol).toBe('12/HD-BCA-V05');
  });
});

describe('findReferences: issued dates (SYMBOLS.md §8)', () => {
  it.each([
    ['ngày 16/7/2021', 'Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng', '2021-07-16'],
    ['comma before the date', 'Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị', '2024-12-22'],
    ['date in words', 'Thông tư số 19/2017/TT-BTC ngày 28 tháng 02 năm 2017 của Bộ', '2017-02-28'],
    ['date with dots', 'Quyết định 12/QĐ-UBND ngày 12.9.2023', '2023-09-12'],
    ['date with hyphens', 'Chỉ thị số 406/TTg ngày 8-8-1994', '1994-08-08'],
    ['word glued to the day', 'Quyết định số 1/QĐ-UBND ngày08 tháng 3 năm 2016', '2016-03-08'],
    ['date broken over a line', 'Quyết định 5/QĐ-UBND ngày 14 tháng\n9 năm 2015', '2015-09-14'],
    ['upper case', 'QUYẾT ĐỊNH SỐ 04/2022/QĐ-TTG NGÀY 18/2/2022', '2022-02-18'],
  ])('%s', (_, text, date) => {
    expect(findReferences(text)[0]?.issuedDate).toBe(date);
  });

  it.each([
    ['the date comes before the reference', 'Đêm 22/9, UBND tỉnh ban hành Công văn số 13417/UBND-VP về việc'],
    ['the date has no year', 'tại Công văn số 4079/UBND-KT ngày 19/6 về việc'],
    [
      'the date is not the document’s',
      'Nghị định 30/2020/NĐ-CP về công tác văn thư do Chính phủ ban hành ngày 05/3/2020',
    ],
    ['the date is not a real day', 'Quyết định 7/QĐ-UBND ngày 31/2/2020'],
    [
      'a metadata date separated by other fields',
      'Số hiệu: 23/2012/TT-BCA\n  • Loại văn bản: Thông tư\n  • Ngày ban hành: 27/04/2012',
    ],
  ])('none when %s', (_, text) => {
    expect(findReferences(text)[0]?.issuedDate).toBeNull();
  });

  it.each([
    ['dating line under the header', 'Số: 594/KH-UBND\n\nNghệ An, ngày 21 tháng 10 năm 2021', '2021-10-21'],
    ['next table cell', 'Số: 121/CĐ-TTg | Hà Nội, ngày 23 tháng 01 năm 2020 |', '2020-01-23'],
    [
      'after a V/v line',
      'Số: 4555/BGDĐT-GDPT\nV/v hướng dẫn năm học 2025-2026\n\nHà Nội, ngày 05 tháng 8 năm 2025',
      '2025-08-05',
    ],
    [
      'header without a colon',
      'ĐẢNG CỘNG SẢN VIỆT NAM\n\nSố 09-QC/TW\n\nHà Nội, ngày 05 tháng 01 năm 2026',
      '2026-01-05',
    ],
    ['metadata field on the next line', 'Số hiệu: 23/2012/TT-BCA\nNgày ban hành: 27/04/2012', '2012-04-27'],
    ['dating line without its comma', 'Số: 15/QĐ-UBND\nHà Nội ngày 5 tháng 9 năm 2020', '2020-09-05'],
    // The header check reads the words before the number in NFC: composed here, decomposed below.
    [
      'header in NFD text',
      'Số: 594/KH-UBND\n\nNghệ An, ngày 21 tháng 10 năm 2021'.normalize('NFD'),
      '2021-10-21',
    ],
    [
      'metadata in NFD text',
      'Số hiệu: 23/2012/TT-BCA\nNgày ban hành: 27/04/2012'.normalize('NFD'),
      '2012-04-27',
    ],
  ])('header: %s', (_, text, date) => {
    expect(findReferences(text)[0]?.issuedDate).toBe(date);
  });

  it('does not take a date from a sentence under the header', () => {
    const text = 'Số: 15/QĐ-UBND\nNghị quyết này được thông qua ngày 01 tháng 7 năm 2016.';
    expect(findReferences(text)[0]?.issuedDate).toBeNull();
  });

  it('does not take a dating line past another reference', () => {
    const text = 'Số: 60/TB-VPCP\nKèm theo Quyết định 12/QĐ-UBND\nHà Nội, ngày 28 tháng 02 năm 2023';
    expect(findReferences(text)[0]?.issuedDate).toBeNull();
  });
});

describe('findReferences: look-alikes (SYMBOLS.md §7)', () => {
  it.each([
    ['dates and day/month pairs', 'vào ngày 15/12 tới, 30 - 4, ngày 22-10, lúc 16.04.2021'],
    ['month/year', 'phiên họp thường kỳ tháng 02/2022 và tháng 03/2022'],
    ['scores', 'tỷ số 3 – 0 và 5-1.'],
    [
      'fractions and rates',
      '12/63 tỉnh, dạy học 2 buổi/ngày, 48 USD/tấn, 1.020 USD/tan, (+/-10%), 12 giờ/ngày, 10 km/h',
    ],
    ['phone numbers', '024 3783 2121 | CSKH : 024 3202 6888 | Tel: 0918.775.368'],
    ['licence plates and flights', 'biển số TH-72-20 và TH-72-23, chuyến VN1545, VN1544'],
    ['storm and route numbers', 'bão số 12, tuyến xe buýt số 32'],
    ['standards', 'TCVN 5574:2018, Tiêu chuẩn quốc gia 3153-1979, Tiêu chuẩn việt nam 4057-1985'],
    ['disease names', 'dịch COVID-19, COVID - 19 và SARS-CoV-2'],
    ['C/O and V/v', 'C/O Form E là gì? V/v hướng dẫn'],
    ['a committee name', 'Ban Chỉ đạo 127/T.Ư yêu cầu'],
    [
      'URL paths',
      'http://baolamdong.vn/thethao/202112/doi-tuyen-viet-nam-3093722/ và https://x.vn/van-ban/Quyet-dinh-41-2019-QD-UBND-abc.aspx',
    ],
    ['gazette headers', '2 CÔNG BÁO/Số 537 + 538/Ngày 14-4-2021'],
    ['draft placeholders', 'Số: /2024/TT-BTC'],
    ['short forms without a symbol', 'Nghị quyết 35 và Quyết định số 2150'],
    // A count of prizes by level ("8/SGD&ĐT") and a week's schedule ("tuần 12/PGD&ĐT"): the
    // ampersand spellings are no known issuers (review 84).
    ['prize counts by level', 'Giải thưởng: 8/SGD&ĐT, 3/PGD&ĐT'],
    ['house numbers', 'số 12/3 đường Lê Lợi, hẻm 45/12A'],
    ['type code without issuer', 'Thông báo số 12/TB, Kế hoạch 5/KH, Thông báo Kết luận số 212-TB'],
    [
      'form and annex numbers',
      'kê khai theo Mẫu số 01/TNDN và Phụ lục 02/GTGT, biểu mẫu 03/ĐK, tờ khai 05/QTT',
    ],
    ['codes glued to letters', 'đội U23/VN, phòng 302/A2, lớp 12/A1, xe F1/F2'],
    // A year then a hyphen is a symbol's only before a type code.
    ['a school year and its term, a span of months', 'năm học 2019/2020-HKI, từ 01/2007-12/2008'],
    // Review 93: a career line (a space after the code), a school year's plan.
    ['a career line, a school year before codes', 'Từ 6/2021-CT UBND xã; năm học 2023/2024-KH-THPT'],
    // Review 94: periods and a class before codes, no type word naming them.
    [
      'a quarter, a month, a week, a class before codes',
      'Báo cáo quyết toán Quý 4/2023-TC-KH; công tác tháng 6/2024-KH-UBND; tuần 12/2024-TB-VP; Lớp 12/2023-TC-KT',
    ],
    [
      'base64',
      'w5Ms4buU4buSWVtR4bqz4bqzSOG7kOG6r+G6tC7hurVb4bu04buQw5JzLibDouG7kuG7suG6pSI74buS4bq5JeG7kuKAnO/2020/QD',
    ],
  ])('%s', (_, text) => {
    expect(findReferences(text)).toEqual([]);
  });
});

describe('findReferences: input it must survive', () => {
  it('returns nothing for empty text', () => {
    expect(findReferences('')).toEqual([]);
  });

  it('handles references at the very start and end of the text', () => {
    expect(symbols('3944/UBND-NC')).toEqual(['3944/UBND-NC']);
    expect(symbols('x 30/2020/NĐ-')).toEqual([]);
  });

  it('does not read an over-long digit run as a number', () => {
    expect(findReferences('mã 1234567/QĐ-UBND')).toEqual([]);
  });
});

describe('findReferences: fixes after audits 6 and 7', () => {
  it('does not take a glued date’s day into the issuer or unit', () => {
    expect(symbols('Thông báo 125/TB-UBND02/12/2024 về')).toEqual(['125/TB-UBND']);
    expect(symbols('412/UBND25/11/2024')).toEqual(['412/UBND']);
    expect(symbols('3944/UBND-NC27.8.2020')).toEqual(['3944/UBND-NC']);
    // Digits that make no date stay the unit's.
    expect(symbols('518/UBND-KT2 ngày 3/5/2024')).toEqual(['518/UBND-KT2']);
    expect(symbols('56/TTr-CAT-PC08 ngày 3/5/2024')).toEqual(['56/TTr-CAT-PC08']);
  });

  it.each([
    ['Resolution 98/2023/QH15 of the National Assembly', 'Nghị quyết'],
    ['Law No. 20/2023/QH15', 'Luật'],
    ['Ordinance 38/2001/UBTVQH10', 'Pháp lệnh'],
    ['Official Dispatch No. 1234/BTC-TCT', 'Công văn'],
    ['Directive No. 213/TTg', 'Chỉ thị'],
  ])('takes the type name from an English type word: %j', (text, typeName) => {
    expect(findReferences(text)[0]?.typeName).toBe(typeName);
  });

  it('reads symbols found from their slash in a text that opens with a slash', () => {
    expect(symbols('/2021. Kết luận 35- KL/TW và Công văn số 125 /KH-UBND')).toEqual([
      '35-KL/TW',
      '125/KH-UBND',
    ]);
  });

  it('reads a spaced slash only before a known body, not a header’s unknown one (audit 57, review 23)', () => {
    expect(findReferences('năm 2020 / UBND-TỈNH, tổ 12 / AB-CD, Số: 1125 /BVXP-KHTH')).toEqual([]);
    // Review 23: "số" in prose numbers tours, forms and stalls too.
    expect(
      findReferences('mở bán tour số 05 /HN-SG, Phiếu khảo sát số 3 /KS-HS, Ki ốt số 15 /CHO-B'),
    ).toEqual([]);
  });

  it('reads a hyphen typed twice only before a known code (review 25)', () => {
    expect(symbols('Số: 594/KH-UBND--Nghệ An, ngày 21 tháng 10 năm 2021')).toEqual(['594/KH-UBND']);
    expect(symbols('Quyết định 1234/QĐ-UBND--V/v phê duyệt danh mục')).toEqual(['1234/QĐ-UBND']);
  });

  it('reads the type-code-last form only with a year, a known issuer and QĐ', () => {
    expect(symbols('Quyết định 1895/1997/XYZ-QĐ, 1895/1997/BYT-VP')).toEqual([]);
    // Review 23: a drafting unit may spell another type code.
    expect(symbols('Công văn số 2145/2005/UBND-TC, số 512/2006/SYT-KH')).toEqual([]);
  });

  it('reads no one-segment symbol of an unknown body without a type word or "số"', () => {
    expect(findReferences('hộp thư 12/HN, tổ 5/KP3, tổ 12/KP, Thửa 12/ĐC')).toEqual([]);
    expect(symbols('văn bản số 12/XYZ, Số: 5/KP3, công văn 7/HN')).toEqual(['12/XYZ', '5/KP3', '7/HN']);
    // A known issuer needs no such word.
    expect(symbols('theo 215/SNV')).toEqual(['215/SNV']);
  });
});

describe('findReferences: after the ninth audit', () => {
  it('reads a police or army unit of one letter and digits with a drafting unit, when named', () => {
    expect(only('thực hiện nghiêm Công văn 3302/C08-P6 ngày 12/5/2023.')).toMatchObject({
      raw: '3302/C08-P6',
      issuer: 'C08',
      typeName: 'Công văn',
      issuedDate: '2023-05-12',
    });
    expect(only('có Công văn số 88/C06-P4 ngày 3/1/2024').symbol).toBe('88/C06-P4');
    expect(only('Công văn số 567/A05-P2 về bảo vệ bí mật').issuer).toBe('A05');
    for (const text of [
      'đơn vị 3302/C08-P6 đóng quân',
      'tổ 5/A1 khu phố',
      'lớp 12/A1 trường',
      'Chuyến bay VJ123 hạ cánh; cửa số 12/B; ghế 14A',
      'chuyến 12/A1-B2 hôm qua',
    ]) {
      expect(findReferences(text), text).toEqual([]);
    }
  });

  it("reads an inspectorate's TTr and TTra after a type code", () => {
    expect(only('Quyết định thanh tra số 45/QĐ-TTr ngày 3/4/2024').symbol).toBe('45/QĐ-TTr');
    expect(only('Kết luận thanh tra số 45/KL-TTr ngày 10/5/2024').issuer).toBe('TTr');
    expect(only('Quyết định số 123/QĐ-TTra ngày 2/4/2024')).toMatchObject({
      raw: '123/QĐ-TTra',
      issuer: 'TTra',
      issuedDate: '2024-04-02',
    });
    expect(only('Kế hoạch 12/KH-TTra ngày 3/1/2024.').symbol).toBe('12/KH-TTra');
  });

  it('starts at the digits when the type code or CV is glued before the number', () => {
    expect(only('CV1880/UBND-KT đôn đốc tiến độ')).toMatchObject({ raw: '1880/UBND-KT', start: 2 });
    expect(only('TB12/TB-UBND ngày 2/2/2024').raw).toBe('12/TB-UBND');
    expect(only('Theo QD123/QD-UBND ngay 5/3/2024').symbol).toBe('123/QĐ-UBND');
    expect(only('QĐ123/QĐ-UBND').start).toBe(2);
    for (const text of ['ABCV1880/UBND-KT', 'KH12/TB-UBND', 'TB12/UBND-VP', '@CV1880/UBND-KT']) {
      expect(findReferences(text), text).toEqual([]);
    }
  });

  it('reads "cv" as a type word for a lower-case công văn of a known issuer', () => {
    expect(only('Ae ơi cv 123/ubnd-vp của huyện')).toMatchObject({
      symbol: '123/UBND-VP',
      typeName: 'Công văn',
    });
    expect(only('cv số 4567/bgdđt-gdtx ngày 20/9/2023 đó bạn')).toMatchObject({
      symbol: '4567/BGDĐT-GDTX',
      issuedDate: '2023-09-20',
    });
    expect(findReferences('cv 12/abc-vx')).toEqual([]);
  });

  it('reads "số hiệu" and "ký hiệu" before a unit-less dispatch, not "phiên hiệu"', () => {
    expect(findReferences('mật danh E48, phiên hiệu 12/QK4 hoàn thành nhiệm vụ.')).toEqual([]);
    expect(only('Số hiệu: 12/QK4').symbol).toBe('12/QK4');
    expect(only('ký hiệu 12/QK4').symbol).toBe('12/QK4');
  });
});

describe('findReferences: a tax office before its department (audits 9 and 25)', () => {
  it.each([
    ['Cục Thuế ban hành Công văn số 1135/CT-CS hướng dẫn khấu trừ', '1135/CT-CS'],
    ['Công văn 2156/CT-TTHT ngày 5/3/2024 của Cục Thuế TP Hà Nội', '2156/CT-TTHT'],
    ['số 49533/CT-TTHT', '49533/CT-TTHT'],
    ['Trả lời công văn số 636/CT-THNVDT ngày 25/4/2014 của Cục thuế tỉnh Đắk Nông', '636/CT-THNVDT'],
    // Its support office's closing "r" kept, and a unit joined by "&" (audit 85).
    ['Số: 2435/CT-HTr Hà Nội, ngày 15 tháng 01 năm 2016', '2435/CT-HTr'],
    ['Trả lời công văn số 821/CT-PC&KTT ngày 04/02/2010 của Cục thuế', '821/CT-PC&KTT'],
  ])('%s: CT is the issuer, no Chỉ thị', (text, symbol) => {
    for (const form of [text, text.normalize('NFD')])
      expect(only(form)).toMatchObject({ symbol, typeCode: null, issuer: 'CT', typeName: 'Công văn' });
  });

  it('keeps CT a Chỉ thị before any other body, and with a year', () => {
    expect(only('Chỉ thị số 05/CT-TTg ngày 1/2/2024')).toMatchObject({ typeCode: 'CT', issuer: 'TTg' });
    expect(only('Chỉ thị 05/CT-UBND')).toMatchObject({ typeCode: 'CT', issuer: 'UBND' });
    expect(only('Chỉ thị 12/2024/CT-CS')).toMatchObject({ typeCode: 'CT', issuer: 'CS', year: 2024 });
  });
});

describe('findReferences: a Party type code in title case (audit 87)', () => {
  it('reads "31-Ctr/TU" as 31-CTr/TU, not a lower-case body after capitals', () => {
    expect(only('Chương trình sô: 31-Ctr/TU ngày 5/3/2021').symbol).toBe('31-CTr/TU');
    expect(only('Kế hoạch số 12-Kh/TU').symbol).toBe('12-KH/TU');
    expect(findReferences('số 12-KH/tu')).toEqual([]);
    // Before a Party committee only: an adapter's or a cable's code is none (review 37).
    expect(findReferences('the 2-Pa/TV adapter or the 1-Cv/DC cable')).toEqual([]);
  });
});

describe('findReferences: a unit’s closing "Tr", a company’s boards in ASCII (audit 85)', () => {
  it('keeps a closing "r" after capitals, and still cuts a glued word', () => {
    expect(only('Công văn số 15/UBND-KTr ngày 3/4/2024').symbol).toBe('15/UBND-KTr');
    expect(only('Quyết định số 12/QĐ-UBNDngày 3/4/2024').symbol).toBe('12/QĐ-UBND');
  });
  it('restores the Đ of HĐQT and HĐTV', () => {
    expect(only('Resolution No. 369/NQ-HDTV dated August 30, 2023')).toMatchObject({
      symbol: '369/NQ-HĐTV',
      issuer: 'HĐTV',
    });
    expect(only('Nghị quyết số 02/2019/NQ-HDQT').issuer).toBe('HĐQT');
    // Not a screen's HDTV, which names no body (review 36).
    expect(findReferences('Camera hỗ trợ xuất hình 1080i/HDTV qua cổng HDMI.')).toEqual([]);
  });
  it('keeps CT a Chỉ thị of an inspectorate (review 36)', () => {
    expect(only('Chỉ thị số 01/CT-TTr ngày 15/01/2019 của Chánh Thanh tra tỉnh')).toMatchObject({
      typeCode: 'CT',
      typeName: 'Chỉ thị',
    });
  });
});

describe('findReferences: a body of the Prime Minister’s (audit 32)', () => {
  it.each([
    ['Thực hiện Kế hoạch số 02/KH-TCTTg ngày 15/01/2024', '02/KH-TCTTg', { typeCode: 'KH', issuer: 'TCTTg' }],
    ['Công văn số 32/TCTTTg về việc', '32/TCTTTg', { typeCode: null, issuer: 'TCTTTg' }],
    ['Công văn 45/BCĐTTg-VP', '45/BCĐTTg-VP', { typeCode: null, issuer: 'BCĐTTg' }],
  ])('%s: keeps TTg as written', (text, symbol, fields) => {
    for (const form of [text, text.normalize('NFD')]) expect(only(form)).toMatchObject({ symbol, ...fields });
  });

  it('still splits a type code glued to TTg, its hyphen lost (review 12)', () => {
    expect(only('Căn cứ Quyết định số 28/2018/QĐTTg ngày 12 tháng 7 năm 2018')).toMatchObject({
      symbol: '28/2018/QĐ-TTg',
      issuedDate: '2018-07-12',
    });
    expect(only('Chỉ thị 13/2015/CTTTg').symbol).toBe('13/2015/CT-TTg');
  });

  it('keeps a code written in capitals in capitals, with the same key', () => {
    expect(only('THÔNG BÁO 23/TB-TCTTTG NGÀY').symbol).toBe('23/TB-TCTTTG');
    expect(only('Thông báo 23/TB-TCTTTg').key).toBe(only('THÔNG BÁO 23/TB-TCTTTG').key);
  });
});

describe('findReferences: a date of another year than the symbol’s (audit 36)', () => {
  it('is a neighbour’s, not the document’s', () => {
    expect(only('Dự thảo thay thế Nghị định 126/2020/NĐ-CP (07/02/2025)').issuedDate).toBeNull();
    expect(only('Nghị định 97/2023/NĐ-CP | 06/09/2024 |').issuedDate).toBeNull();
    expect(only('Nghị định 97/2023/NĐ-CP ngày 31/12/2023').issuedDate).toBe('2023-12-31');
  });
});

describe('findReferences: audit 38', () => {
  it('reads a Party symbol that lost its hyphen, before a known issuer', () => {
    expect(only('theo hướng dẫn số 22HD/TWĐTN ngày 28/6/2013')).toMatchObject({
      symbol: '22-HD/TWĐTN',
      typeCode: 'HD',
      issuer: 'TWĐTN',
      issuedDate: '2013-06-28',
    });
    expect(only('Căn cứ Nghị quyết số 20NQ/TW ngày 25/10/2017').symbol).toBe('20-NQ/TW');
    // Not before an unknown one, nor a word glued to a number.
    expect(symbols('Phòng 12AB/CD tầng 3')).toEqual([]);
  });

  it('takes no court code with a year for a type code and an issuer ("QĐXX")', () => {
    expect(
      symbols('Quyết định đưa vụ án ra xét xử số: 02/2022/QĐXX - LĐST ngày 25 tháng 7 năm 2022'),
    ).toEqual([]);
    expect(only('Căn cứ Quyết định số 28/2018/QĐTTg').symbol).toBe('28/2018/QĐ-TTg');
    // A joint type's first issuer, unknown, its first hyphen lost (review 14).
    expect(only('Thông tư liên tịch số 07/2008/TTLTBTM-BTC ngày 5/5/2008').symbol).toBe(
      '07/2008/TTLT-BTM-BTC',
    );
  });
});

describe('findReferences: a district department’s dispatch with no unit (audit 40)', () => {
  it('reads the symbol alone, as a listing’s cell holds it, with its body’s name', () => {
    const [found] = findReferences('2104/PGDĐT');
    expect([found?.symbol, found?.typeName, found?.issuer]).toEqual(['2104/PGDĐT', 'Công văn', 'PGDĐT']);
    expect(extractDispatch('Số: 2104/PGDĐT\nV/v hướng dẫn kiểm tra nội bộ trường học')?.issuingBody).toBe(
      'Phòng Giáo dục và Đào tạo',
    );
    expect(findReferences('315/PNV 12/PTCKH 88/PLĐTBXH').map((r) => r.symbol)).toEqual([
      '315/PNV',
      '12/PTCKH',
      '88/PLĐTBXH',
    ]);
  });

  it('not an unknown code alone', () => {
    expect(findReferences('2104/PGDX 12/PTK')).toEqual([]);
  });
});

describe('findReferences: audits 66 and 70', () => {
  it('reads a joint plan in the Party’s style', () => {
    const [found] = findReferences('Kế hoạch liên tịch số 21-KHLT/TĐTN-SGDĐT ngày 5/3/2024');
    expect([found?.symbol, found?.typeCode, found?.typeName, found?.issuedDate]).toEqual([
      '21-KHLT/TĐTN-SGDĐT',
      'KHLT',
      'Kế hoạch liên tịch',
      '2024-03-05',
    ]);
  });

  it('cuts an English month glued to a symbol by the next element', () => {
    expect(findReferences('Quyết định 980/QĐ-VNPT-HĐTVJun 12, 2024').map((r) => r.symbol)).toEqual([
      '980/QĐ-VNPT-HĐTV',
    ]);
    expect(findReferences('Quyết định 1320/QĐ-VNPT-KHDNFeb 3, 2023').map((r) => r.symbol)).toEqual([
      '1320/QĐ-VNPT-KHDN',
    ]);
  });
});

describe('findReferences: audit 71', () => {
  it('reads no standard’s year after a code and a colon', () => {
    expect(
      findReferences('vượt quy chuẩn QCVN 01-MT:2015/BTNMT từ 3 đến 5 lần; Quyết định số 12/QĐ-UBND').map(
        (r) => r.symbol,
      ),
    ).toEqual(['12/QĐ-UBND']);
    // A header's "Số:" glued to its number stays a header's.
    expect(findReferences('Số:2015/QĐ-UBND').map((r) => r.symbol)).toEqual(['2015/QĐ-UBND']);
  });
});

describe('findReferences: an issuer abbreviation between a symbol and its date (audit 75)', () => {
  it('reads the date past the abbreviation only when "ngày" follows it', () => {
    expect(only('Nghị quyết số 01/2007/NQ-HĐTP TANDTC ngày 02/10/2007 hướng dẫn').issuedDate).toBe(
      '2007-10-02',
    );
    expect(only('Thông tư 02/2018/TT-VKSTC VKSNDTC NGÀY 5/3/2018').issuedDate).toBe('2018-03-05');
    expect(only('Nghị quyết số 01/2007/NQ-HĐTP TANDTC, ngày 02/10/2007 Tòa án').issuedDate).toBeNull();
    expect(only('Công văn 12/UBND-KT UBND tỉnh ngày 02/10/2007').issuedDate).toBeNull();
    expect(only('Công văn 12/UBND-KT V ngày 02/10/2007').issuedDate).toBeNull();
    // A headline's word in capitals is no issuer (review 32).
    expect(only('TRIỂN KHAI NGAY CÔNG ĐIỆN 07/CĐ-TTG TRONG NGÀY 2/2/2026').issuedDate).toBeNull();
    expect(only('NHỮNG ĐIỂM MỚI CỦA THÔNG TƯ 10/2024/TT-BTC SAU NGÀY 15/8/2024').issuedDate).toBeNull();
  });
});

describe('findReferences: the Party’s QĐi typed with the look-alike Ð (audit 77)', () => {
  it('reads it as QĐi', () => {
    expect(only('Quy định số 11-QÐi/TW, ngày 18/02/2019 của Bộ Chính trị')).toMatchObject({
      symbol: '11-QĐi/TW',
      typeCode: 'QĐi',
      issuedDate: '2019-02-18',
    });
  });
});

describe('findReferences: the Supreme Court judges’ council written in ASCII (audit 81)', () => {
  it('restores its Đ', () => {
    expect(only('Resolution No. 04/2019/NQ-HDTP dated 18th of June, 2019 on process')).toMatchObject({
      symbol: '04/2019/NQ-HĐTP',
      issuer: 'HĐTP',
      typeName: 'Nghị quyết',
      issuedDate: '2019-06-18',
    });
  });
});

describe('findReferences: an English "No." glued to its number (audit 86)', () => {
  it('reads the number after "No." as after "No. "', () => {
    expect(only('has just promulgated Decision No.18/QD-UBND approving').symbol).toBe('18/QĐ-UBND');
    expect(only('Circular no.12/2020/TT-BTC').symbol).toBe('12/2020/TT-BTC');
    expect(only('OFFICIAL LETTER NO.3456/TCT-CS').symbol).toBe('3456/TCT-CS');
  });
  it('still rejects a number after any other dot, or after "No." of no document', () => {
    expect(findReferences('Kino.18/QD-UBND, https://x.vn/No.18/QD-UBND, v1.18/QD-UBND')).toEqual([]);
    // An address's lot (review 36).
    expect(findReferences('Factory address: Lot No.25/KCN-VSIP II, Hoa Phu Ward')).toEqual([]);
  });
});

describe('findReferences: a header number spaced before a known body, a law’s term typed apart (audit 79)', () => {
  it('reads "Số: 46 /VKSTC" after "số", not a spaced slash in prose', () => {
    expect(only('Số: 46 /VKSTC\nHà nội, ngày 11 tháng 11 năm 1995').symbol).toBe('46/VKSTC');
    expect(findReferences('năm 2020 / UBND tỉnh')).toEqual([]);
    expect(findReferences('tour số 05 /HN-SG')).toEqual([]);
    // Not after "số" in prose (review 33).
    expect(findReferences('Địa điểm: Phòng họp số 2 /UBND huyện Bình Chánh.')).toEqual([]);
    expect(findReferences('theo Biểu số 02 /BYT ban hành kèm theo').map((r) => r.symbol)).toEqual([]);
  });

  it('joins "QH 13" into the term, and only two digits ending cleanly', () => {
    expect(only('Luật Ngân sách nhà nước số 83/2015/QH 13 ngày 25 tháng 6 năm 2015;')).toMatchObject({
      symbol: '83/2015/QH13',
      issuer: 'QH13',
      issuedDate: '2015-06-25',
    });
    expect(findReferences('Luật số 83/2015/QH 130 người')).toEqual([]);
  });
});

describe('findReferences: the President’s order (audit 93)', () => {
  it('reads "L-CTN" as a Lệnh of the Chủ tịch nước', () => {
    expect(findReferences('Lệnh 18/2013/L-CTN Về việc công bố Hiến pháp')).toMatchObject([
      { symbol: '18/2013/L-CTN', typeCode: 'L', typeName: 'Lệnh', issuer: 'CTN' },
    ]);
    // Another body's "L" is a lot's, a size's, a company's order (review 40).
    expect(
      findReferences(
        'Số lô: 12/2023/L-VNM, size 2/L-XL, Lệnh xuất kho số 15/L-XK ngày 03/5/2024, lô 08/2020/L-LK6',
      ),
    ).toEqual([]);
    // A law of 1992–2001, numbered in the Party's shape.
    expect(findReferences('Bộ luật Dân sự số 44-L/CTN ngày 28/10/1995')).toMatchObject([
      { symbol: '44-L/CTN', typeName: 'Luật', issuer: 'CTN', issuedDate: '1995-10-28' },
    ]);
  });
});

describe('findReferences: a coordination rule between bodies (audit 95)', () => {
  it('reads QCPH as a joint type, its slash before the bodies as a hyphen', () => {
    const [found] = findReferences(
      'Quy chế phối hợp số 01/QCPH/UBND-UBMTTQ ngày 05/3/2010 giữa UBND tỉnh và UBMTTQ',
    );
    expect([found?.raw, found?.symbol, found?.typeCode, found?.issuer, found?.issuedDate]).toEqual([
      '01/QCPH/UBND-UBMTTQ',
      '01/QCPH-UBND-UBMTTQ',
      'QCPH',
      'UBND-UBMTTQ',
      '2010-03-05',
    ]);
  });
});

describe('findReferences: Hồ Chí Minh City’s education department (audit 101)', () => {
  it('reads GDĐT after a spaced slash, with a spaced en dash before its unit', () => {
    expect(
      findReferences('Số : 4144 /GDĐT – VP Thành phố Hồ Chí Minh, ngày 25 tháng 11 năm 2018'),
    ).toMatchObject([{ raw: '4144 /GDĐT – VP', symbol: '4144/GDĐT-VP', issuer: 'GDĐT' }]);
  });
});

describe('findReferences: a university’s dispatch with a space after its slash (audit 111)', () => {
  it('reads a spaced slash before an unknown body after a type word and "số"', () => {
    expect(
      findReferences('Nhà trường đã có công văn số 215/ ĐHV-ĐT về việc triển khai đăng ký học'),
    ).toMatchObject([{ raw: '215/ ĐHV-ĐT', symbol: '215/ĐHV-ĐT', issuer: 'ĐHV', typeName: 'Công văn' }]);
    // Not without the type word, nor with one segment only.
    expect(findReferences('số 215/ ĐHV-ĐT, công văn số 215/ ĐHV về việc')).toEqual([]);
  });

  it('reads a header’s "Số:" before a spaced slash and an unknown body with its unit (audit 113)', () => {
    expect(findReferences('Số: 194 /TCTDTT-TTTTCI Hà Nội, ngày 03 tháng 03 năm 2021')).toMatchObject([
      { symbol: '194/TCTDTT-TTTTCI', issuedDate: '2021-03-03' },
    ]);
    // Not after "Số:" in the middle of a line, nor with a space after the slash as well.
    expect(findReferences('tổ 12, Số: 1125 /BVXP-KHTH; Số: 12 / AB-CD')).toEqual([]);
    // A one-segment code too, a unit's (audit 115).
    expect(findReferences('Số: 11 /KHCN      Tp. Hồ Chí Minh, ngày 03 tháng 6 năm 2014')).toMatchObject([
      { symbol: '11/KHCN', issuedDate: '2014-06-03' },
    ]);
  });
});

describe('findReferences: a header flowed column by column under a long V/v line (audit 127)', () => {
  it('dates the number by the dating line past the V/v, the Quốc hiệu and the rule', () => {
    const vv =
      'V/v: Báo cáo, đề xuất về nhu cầu hoạt động xe 4 bánh có gắn động cơ (chạy bằng năng lượng có điện hoặc động cơ xăng) để chở khách tham quan, du lịch trong khu vực hạn chế tại các khu du lịch, di tích và đô thị';
    const header = `BỘ GIAO THÔNG VẬN TẢI\n-------\nSố: 565/BGTVT-VT\n${vv}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nHà Nội, ngày 17 tháng 01 năm 2018\nKính gửi: Thủ tướng Chính phủ`;
    expect(only(header).issuedDate).toBe('2018-01-17');
    // Not past a line of the body's text of that length.
    expect(only(header.replace(vv, vv.replace('V/v: ', 'Thực hiện: '))).issuedDate).toBeNull();
  });
});

describe('findReferences: "Cà Mau" and "Mậu" before a number are no form’s "Mẫu" (audit 232)', () => {
  it.each([
    ['UBND tỉnh Cà Mau vừa có văn bản 4567/UBND-KT về việc ứng phó sạt lở', '4567/UBND-KT'],
    ['the People’s Committee of Ca Mau province issued Official Letter No. 0691/UBND-NNXD', '0691/UBND-NNXD'],
    // After a dot or across a line break too (review 91).
    ['UBND TP.Cà Mau có văn bản 4567/UBND-KT', '4567/UBND-KT'],
    ['UBND tỉnh Cà\nMau có văn bản 4567/UBND-KT', '4567/UBND-KT'],
  ])('%s', (text, symbol) => {
    for (const form of [text, text.normalize('NFD')])
      expect(findReferences(form).map((r) => r.symbol)).toEqual([symbol]);
  });

  it('nor is the year "Mậu Tuất" a form’s "Mẫu"', () => {
    for (const text of ['chúc Tết Mậu Tuất theo văn bản 123/UBND-VX', 'TẾT MẬU TUẤT 123/UBND-VX'])
      expect(symbols(text.normalize('NFD'))).toEqual(['123/UBND-VX']);
  });

  it('still reads "Mẫu" alone as a form’s number', () => {
    expect(findReferences('theo Mẫu 12/UBND-VP, nhập Mẫu 13/UBND-VP và biểu mẫu 03/ĐK')).toEqual([]);
    // After a shift ("ca") or the police ("CA") too (review 92).
    expect(findReferences('trả lương theo ca mẫu 05/KK-TNCN, PC08 CA mẫu 01/ĐK-TCT')).toEqual([]);
  });
});
