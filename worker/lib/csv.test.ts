import { describe, expect, it } from 'vitest';
import { BOM, csvCell, csvResponse, csvRow } from './csv';

describe('csv', () => {
  it('quotes what needs quoting and neutralises formulas', () => {
    expect(csvCell('Công văn số 3944/UBND-NC')).toBe('Công văn số 3944/UBND-NC');
    expect(csvCell('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell(null)).toBe('');
    expect(csvRow([1, 'x', null])).toBe('1,x,\r\n');
  });

  it('streams a BOM, the header and every page', async () => {
    async function* pages() {
      yield [['1', 'Sở Nội vụ']];
      yield [['2', 'Công an tỉnh']];
    }
    const res = csvResponse('x.csv', ['Số', 'Đơn vị'], pages());
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)).toBe(
      `${BOM}Số,Đơn vị\r\n1,Sở Nội vụ\r\n2,Công an tỉnh\r\n`,
    );
  });
});
