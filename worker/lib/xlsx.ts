/**
 * A minimal Office Open XML (.xlsx) writer, no dependency: one worksheet of inline strings and
 * numbers with a bold, frozen header row, packed in a zip of stored (uncompressed) entries with
 * CRC-32s computed here. Every value is XML-escaped (characters XML 1.0 forbids are dropped) and
 * the text is UTF-8, so Vietnamese reads as typed. Values are never formulas: a cell that starts
 * with "=" is text, so nothing typed by anyone runs in a spreadsheet.
 * @module
 */
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const encoder = new TextEncoder();

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE, as zip uses it) of `bytes`; pass the previous result to continue over chunks. */
export function crc32(bytes: Uint8Array, previous = 0): number {
  let crc = ~previous >>> 0;
  for (let i = 0; i < bytes.length; i += 1)
    crc = (CRC_TABLE[(crc ^ (bytes[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  return ~crc >>> 0;
}

/** Characters XML 1.0 does not allow at all (tab, line feed and carriage return it does). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters to drop.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text as XML character data or attribute value. */
export function xmlEscape(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A1-style column letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Excel's limit on one cell's text. */
const MAX_CELL_CHARS = 32_767;

function cell(value: unknown, ref: string, style: string): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'number' && Number.isFinite(value)) return `<c r="${ref}"${style}><v>${value}</v></c>`;
  const text = (value instanceof Date ? value.toISOString() : String(value)).slice(0, MAX_CELL_CHARS);
  return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${xmlEscape(text)}</t></is></c>`;
}

/** One `<row>`; `header` rows use the bold style (index 1 of styles.xml). */
export function rowXml(values: unknown[], rowNumber: number, header = false): string {
  const style = header ? ' s="1"' : '';
  const cells = values.map((value, i) => cell(value, `${columnName(i)}${rowNumber}`, style)).join('');
  return `<row r="${rowNumber}">${cells}</row>`;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

const CONTENT_TYPES = `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`;

const ROOT_RELS = `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

const WORKBOOK_RELS = `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`;

const STYLES = `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** A sheet name Excel accepts: at most 31 characters, none of \ / ? * [ ] :. */
function sheetName(name: string): string {
  const clean = name
    .replace(/[\\/?*[\]:]/g, ' ')
    .trim()
    .slice(0, 31);
  return clean || 'Sheet1';
}

function workbookXml(name: string): string {
  return `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="${xmlEscape(sheetName(name))}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
}

const SHEET_START = `${XML_HEAD}<worksheet xmlns="${MAIN_NS}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>`;
const SHEET_END = '</sheetData></worksheet>';

export interface ZipEntry {
  name: string;
  /** The content, possibly in several chunks (written one after the other). */
  chunks: Uint8Array[];
}

// 1980-01-01 00:00 in MS-DOS form: a fixed time keeps the output reproducible.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** A zip archive of stored entries (no compression, no zip64: entries below 4 GiB). */
export function zipStored(entries: ZipEntry[]): Uint8Array[] {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    let crc = 0;
    let size = 0;
    for (const chunk of entry.chunks) {
      crc = crc32(chunk, crc);
      size += chunk.length;
    }
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true); // version needed: 2.0
    local.setUint16(6, 0x0800, true); // names are UTF-8
    local.setUint16(8, 0, true); // stored
    local.setUint16(10, DOS_TIME, true);
    local.setUint16(12, DOS_DATE, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, size, true);
    local.setUint32(22, size, true);
    local.setUint16(26, name.length, true);
    local.setUint16(28, 0, true);
    parts.push(new Uint8Array(local.buffer), name, ...entry.chunks);

    const header = new DataView(new ArrayBuffer(46));
    header.setUint32(0, 0x02014b50, true);
    header.setUint16(4, 20, true); // made by: 2.0, MS-DOS attributes
    header.setUint16(6, 20, true);
    header.setUint16(8, 0x0800, true);
    header.setUint16(10, 0, true);
    header.setUint16(12, DOS_TIME, true);
    header.setUint16(14, DOS_DATE, true);
    header.setUint32(16, crc, true);
    header.setUint32(20, size, true);
    header.setUint32(24, size, true);
    header.setUint16(28, name.length, true);
    // extra length, comment length, disk number, internal and external attributes: 0
    header.setUint32(42, offset, true);
    central.push(new Uint8Array(header.buffer), name);
    offset += 30 + name.length + size;
  }
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  return [...parts, ...central, new Uint8Array(end.buffer)];
}

/** Rows given at once or page by page (an export reads the register a page at a time). */
export type Rows = Iterable<unknown[][]> | AsyncIterable<unknown[][]>;

/** The parts of an .xlsx file of one sheet: `header` in bold, then the rows of every page. */
export async function xlsxParts(name: string, header: string[], pages: Rows): Promise<Uint8Array[]> {
  const sheet: Uint8Array[] = [encoder.encode(SHEET_START + rowXml(header, 1, true))];
  let rowNumber = 1;
  for await (const page of pages) {
    if (page.length === 0) continue;
    sheet.push(
      encoder.encode(
        page
          .map((values) => {
            rowNumber += 1;
            return rowXml(values, rowNumber);
          })
          .join(''),
      ),
    );
  }
  sheet.push(encoder.encode(SHEET_END));
  const text = (value: string) => [encoder.encode(value)];
  return zipStored([
    { name: '[Content_Types].xml', chunks: text(CONTENT_TYPES) },
    { name: '_rels/.rels', chunks: text(ROOT_RELS) },
    { name: 'xl/workbook.xml', chunks: text(workbookXml(name)) },
    { name: 'xl/_rels/workbook.xml.rels', chunks: text(WORKBOOK_RELS) },
    { name: 'xl/styles.xml', chunks: text(STYLES) },
    { name: 'xl/worksheets/sheet1.xml', chunks: sheet },
  ]);
}

/** The whole file in one buffer. */
export async function xlsxBytes(name: string, header: string[], pages: Rows): Promise<Uint8Array> {
  const parts = await xlsxParts(name, header, pages);
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

/**
 * An .xlsx download. Unlike the CSV it cannot be streamed as it is read (the zip's sizes and
 * CRCs come before the data), so the encoded sheet is held in memory: about 0.5 KB a row.
 */
export async function xlsxResponse(
  filename: string,
  name: string,
  header: string[],
  pages: Rows,
): Promise<Response> {
  const bytes = await xlsxBytes(name, header, pages);
  return new Response(bytes, {
    headers: {
      'content-type': XLSX_CONTENT_TYPE,
      'content-disposition': `attachment; filename="${filename}"`,
      'content-length': String(bytes.length),
    },
  });
}
