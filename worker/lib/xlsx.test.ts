/** The .xlsx writer, read back with the test's own zip reader (worker/test/unzip.ts). */
import { describe, expect, it } from 'vitest';
import { slowCrc32, unzip, unzipText } from '../test/unzip';
import { columnName, crc32, rowXml, xlsxBytes, xmlEscape } from './xlsx';

const encode = (text: string) => new TextEncoder().encode(text);

const PARTS = [
  '[Content_Types].xml',
  '_rels/.rels',
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  'xl/styles.xml',
  'xl/worksheets/sheet1.xml',
];

describe('crc32', () => {
  it('gives the check value of the standard', () => {
    expect(crc32(encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it('continues over chunks and agrees with a bit-by-bit CRC', () => {
    const text = encode('Công văn số 3944/UBND-NC về việc phòng, chống thiên tai');
    expect(crc32(text.subarray(20), crc32(text.subarray(0, 20)))).toBe(crc32(text));
    expect(crc32(text)).toBe(slowCrc32(text));
  });
});

describe('xml text', () => {
  it('escapes markup and drops characters XML forbids', () => {
    expect(xmlEscape(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;',
    );
    expect(xmlEscape('a\u0000b\u0007c\td\ne\u000bf\uffff')).toBe('abc\td\nef');
  });

  it('names columns as A1 does', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });

  it('writes numbers as numbers, text as inline strings, and skips empty cells', () => {
    expect(rowXml([1, 'Sở Y tế', null, '', '=1+1'], 2)).toBe(
      '<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t xml:space="preserve">Sở Y tế</t></is></c>' +
        '<c r="E2" t="inlineStr"><is><t xml:space="preserve">=1+1</t></is></c></row>',
    );
    expect(rowXml(['Số đến'], 1, true)).toContain('<c r="A1" s="1" t="inlineStr">');
  });
});

describe('xlsxBytes', () => {
  it('packs the six parts of a workbook with correct CRCs and Vietnamese intact', async () => {
    async function* pages() {
      yield [[1, 'Ủy ban nhân dân tỉnh Hà Tĩnh', 'về việc <khẩn> & "gấp"']];
      yield [];
      yield [
        [2, 'Sở Giáo dục và Đào tạo', null],
        [3, 'Đường dây nóng', 'ghi chú'],
      ];
    }
    const bytes = await xlsxBytes('Sổ đến: 2026', ['Số đến', 'Tác giả', 'Trích yếu'], pages());
    expect(unzip(bytes).map((entry) => entry.name)).toEqual(PARTS);
    const parts = unzipText(bytes);
    const sheet = parts.get('xl/worksheets/sheet1.xml') as string;
    expect(sheet.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>')).toBe(true);
    expect(sheet.match(/<row /g)).toHaveLength(4);
    expect(sheet).toContain(
      '<row r="1"><c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">Số đến</t>',
    );
    expect(sheet).toContain('<t xml:space="preserve">Ủy ban nhân dân tỉnh Hà Tĩnh</t>');
    expect(sheet).toContain('về việc &lt;khẩn&gt; &amp; &quot;gấp&quot;');
    expect(sheet).toContain('<row r="4"><c r="A4"><v>3</v></c>');
    expect(sheet).toContain('Đường dây nóng');
    // The sheet name loses the character Excel refuses.
    expect(parts.get('xl/workbook.xml')).toContain('<sheet name="Sổ đến  2026" sheetId="1" r:id="rId1"/>');
    expect(parts.get('xl/styles.xml')).toContain('<font><b/>');
    expect(parts.get('[Content_Types].xml')).toContain('PartName="/xl/worksheets/sheet1.xml"');
    expect(parts.get('xl/_rels/workbook.xml.rels')).toContain('Target="worksheets/sheet1.xml"');
    expect(parts.get('_rels/.rels')).toContain('Target="xl/workbook.xml"');
  });

  it('writes a valid workbook with no rows: the header alone', async () => {
    const bytes = await xlsxBytes('Trống', ['Số đến', 'Ghi chú'], []);
    expect(unzip(bytes).map((entry) => entry.name)).toEqual(PARTS);
    const sheet = unzipText(bytes).get('xl/worksheets/sheet1.xml') as string;
    expect(sheet.match(/<row /g)).toHaveLength(1);
    expect(sheet.endsWith('</row></sheetData></worksheet>')).toBe(true);
  });

  it('is the same bytes for the same rows', async () => {
    const rows = [[[1, 'a']]];
    expect(await xlsxBytes('S', ['x', 'y'], rows)).toEqual(await xlsxBytes('S', ['x', 'y'], rows));
  });
});
