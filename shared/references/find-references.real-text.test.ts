import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocumentReference } from '../schemas/reference';
import { canonicalSegment } from './codes';
import { findReferences } from './find-references';
import { segmentAt } from './segment';
import { onlyReference as only } from './testing/only-reference';

describe('a space or line break beside the slash (headers filled into templates)', () => {
  it.each([
    ['Số: 125 /KH-UBND\nĐức Phổ, ngày 15 tháng 3 năm 2023', '125 /KH-UBND', '125/KH-UBND'],
    ['SỞ NỘI VỤ\nSố: 2047/ SNV-TCBC\nV/v báo cáo', '2047/ SNV-TCBC', '2047/SNV-TCBC'],
    ['Thực hiện Quyết định số 1846 /QĐ-UBND ngày 30/9/2022', '1846 /QĐ-UBND', '1846/QĐ-UBND'],
    ['Căn cứ Thông tư số 12/2023/ TT-BYT ngày 30/6/2023', '12/2023/ TT-BYT', '12/2023/TT-BYT'],
    ['Căn cứ Thông tư số 12/2023 /TT-BYT;', '12/2023 /TT-BYT', '12/2023/TT-BYT'],
    ['Căn cứ Nghị định số 43/ 2014/NĐ-CP ngày 15/5/2014', '43/ 2014/NĐ-CP', '43/2014/NĐ-CP'],
    ['Nghị định 66 / 2014/NĐ-CP hướng dẫn', '66 / 2014/NĐ-CP', '66/2014/NĐ-CP'],
    ['Căn cứ Nghị định số 148/2020/\nNĐ-CP ngày 18', '148/2020/\nNĐ-CP', '148/2020/NĐ-CP'],
    ['Căn cứ Nghị định số 148/\n2020/NĐ-CP ngày 18', '148/\n2020/NĐ-CP', '148/2020/NĐ-CP'],
    ['Căn cứ Nghị định số 148/\r\n2020/NĐ-CP ngày 18', '148/\r\n2020/NĐ-CP', '148/2020/NĐ-CP'],
    ['Công văn số 11469/\nBTC-NSNN ngày 25', '11469/\nBTC-NSNN', '11469/BTC-NSNN'],
    ['Luật số 77/2015/\nQH13 ngày 19', '77/2015/\nQH13', '77/2015/QH13'],
    ['Tờ trình số 473/TTr -\nNN&PTNT ngày 21/5/2007', '473/TTr -\nNN&PTNT', '473/TTr-NN&PTNT'],
    ['Tờ trình số 204/TTr - \r\nSNV ngày 2/5/2024', '204/TTr - \r\nSNV', '204/TTr-SNV'],
  ])('%j', (text, raw, symbol) => {
    const reference = only(text);
    expect(reference.raw).toBe(raw);
    expect(reference.symbol).toBe(symbol);
  });

  it('gives the number and year of a year split from its number', () => {
    expect(only('Nghị định số 43/ 2014/NĐ-CP')).toMatchObject({ number: '43', year: 2014, typeCode: 'NĐ' });
  });

  it('keeps the date after a spaced header number', () => {
    expect(only('Số: 125 /KH-UBND\nĐức Phổ, ngày 15 tháng 3 năm 2023').issuedDate).toBe('2023-03-15');
  });

  it.each([
    'tỷ lệ 3 / 4 số hộ',
    'ngày 27 / 8 / 2020',
    '12 / 63 tỉnh',
    'tỷ số 3 / 0',
    'giá 48 USD / tấn',
    '2 buổi / ngày',
    'Ban Chỉ đạo 127 / T.Ư',
    'kế hoạch năm 2020 / UBND tỉnh',
    'trang 5 / UBND',
    'số 12 / TB',
    'kết quả 15 / ubnd-vp',
    'lúc 10/ \n\n2020/NĐ',
  ])('rejects the look-alike %j', (text) => {
    expect(findReferences(text)).toEqual([]);
  });

  it('needs a known issuer and a unit for a spaced code-less symbol', () => {
    expect(findReferences('mục 12 / ABC-DEF')).toEqual([]);
    expect(findReferences('Số: 2047/ SNV')).toEqual([]);
  });
});

describe('drafting units with a lower-case letter inside', () => {
  it.each([
    ['Công văn số 4612/BGDĐT-GDTrH ngày 3/9/2024', '4612/BGDĐT-GDTrH', 'BGDĐT'],
    ['Công văn số 1834/SGDĐT-GDTrH về việc', '1834/SGDĐT-GDTrH', 'SGDĐT'],
    ['Công văn 2375/SGDĐT-GDTX, ngày', '2375/SGDĐT-GDTX', 'SGDĐT'],
  ])('%j', (text, symbol, issuer) => {
    const reference = only(text);
    expect(reference).toMatchObject({ raw: symbol, symbol, issuer, typeCode: null });
    expect(reference.key).toBe(reference.key.toUpperCase());
  });

  it('still cuts glued words off', () => {
    expect(only('Quyết định 2435/QĐ-UBNDNgày 5/4').raw).toBe('2435/QĐ-UBND');
    expect(only('Quyết định 2435/QĐ-UBNDvề việc').raw).toBe('2435/QĐ-UBND');
    expect(only('Thông tư 32/2020/TT-BGDĐTngày').raw).toBe('32/2020/TT-BGDĐT');
    expect(only('Số hiệu:02/2020/NĐ-CPxNgày đăng').raw).toBe('02/2020/NĐ-CP');
    expect(only('Quyết định 553/QĐ-TTg ngày').symbol).toBe('553/QĐ-TTg');
  });

  it('reads the segment whole, as written', () => {
    expect(segmentAt('GDTrH ngày', 0)).toMatchObject({ value: 'GDTrH', glued: false, lower: false });
    expect(segmentAt('UBNDNgay', 0)).toMatchObject({ value: 'UBND', glued: true });
    expect(canonicalSegment('GDTrH')).toBe('GDTrH');
    expect(canonicalSegment('CTR')).toBe('CTr');
  });

  it('does not take such a segment for an issuer', () => {
    expect(findReferences('Quyết định 1234/QĐ-BnYT ngày')).toEqual([]);
  });
});

describe('standards are not references', () => {
  it.each([
    'theo QCVN 06:2022/BXD về an toàn cháy',
    'nước sạch đạt QCVN 01-1:2018/BYT;',
    'TCVN 9362:2012 và QCVN 8-2:2011/BYT',
  ])('%j', (text) => {
    expect(findReferences(text)).toEqual([]);
  });

  it('still reads a reference after a header colon', () => {
    expect(only('Số:125/KH-UBND').symbol).toBe('125/KH-UBND');
    expect(only('Điều 1: 125/QĐ-UBND').symbol).toBe('125/QĐ-UBND');
  });
});

describe('Standing Committee resolutions without a type code', () => {
  it.each([
    ['Thực hiện Nghị quyết số 35/2023/UBTVQH15 ngày 12/7/2023', '35/2023/UBTVQH15', 2023, 'UBTVQH15'],
    [
      'Căn cứ Nghị quyết số 1211/2016/UBTVQH13 ngày 25 tháng 5 năm 2016',
      '1211/2016/UBTVQH13',
      2016,
      'UBTVQH13',
    ],
  ])('%j', (text, symbol, year, issuer) => {
    expect(only(text)).toMatchObject({ symbol, year, issuer, typeCode: null, typeName: 'Nghị quyết' });
  });

  it('names an ordinance when the text says so, a resolution otherwise', () => {
    expect(only('Pháp lệnh số 02/2022/UBTVQH15').typeName).toBe('Pháp lệnh');
    expect(only('theo văn bản 02/2022/UBTVQH15').typeName).toBe('Nghị quyết');
  });

  it('gives the date that follows', () => {
    expect(only('Nghị quyết số 35/2023/UBTVQH15 ngày 12/7/2023').issuedDate).toBe('2023-07-12');
  });
});

describe('known codes in no case of their own', () => {
  it.each([
    ['theo quyết định số 15/2012/Qđ-UbnD ngày 22/6/2012', '15/2012/Qđ-UbnD', '15/2012/QĐ-UBND'],
    ['tải quyết định 17/2012/QĐ-ubnd về giá đất', '17/2012/QĐ-ubnd', '17/2012/QĐ-UBND'],
    ['Quyết định 569/QĐ-Ttg', '569/QĐ-Ttg', '569/QĐ-TTg'],
  ])('%j', (text, raw, symbol) => {
    expect(only(text)).toMatchObject({ raw, symbol });
  });

  it('keeps code-less symbols in proper case', () => {
    expect(findReferences('Công văn số 5123/UBNd-KTN')).toEqual([]);
    expect(findReferences('tỷ lệ 3/Hu')).toEqual([]);
  });
});

describe('spacing beside slashes, generated', () => {
  const symbols = ['594/KH-UBND', '43/2014/NĐ-CP', '3944/UBND-NC', '65/2014/QH13', '35/2023/UBTVQH15'];
  const spaces = ['', ' ', '  ', '\u00a0', '\t'];
  const before = fc.constantFrom(...spaces);
  const after = fc.constantFrom(...spaces, '\n', ' \n', '\r\n ');

  it('reads the symbol as written tight, whatever spaces sit beside its slashes', () => {
    fc.assert(
      fc.property(fc.constantFrom(...symbols), before, after, before, after, (symbol, a, b, c, d) => {
        const [number, second, third] = symbol.split('/') as [string, string, string?];
        const spaced = `${number}${a}/${b}${second}${third === undefined ? '' : `${c}/${d}${third}`}`;
        const text = `Căn cứ văn bản số ${spaced} ngày 5/4/2023;`;
        const found = findReferences(text);
        expect(found.map((r) => r.symbol)).toEqual([symbol]);
        const [reference] = found as [DocumentReference];
        expect(reference.raw).toBe(spaced);
      }),
    );
  });
});
