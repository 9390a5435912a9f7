/**
 * Reading exported spreadsheets back in tests: the cells of an .xlsx sheet and of a CSV, each
 * parsed by the test's own small reader rather than the writer's code.
 * @module
 */

/** The cells of each row of sheet1.xml, as text, empty cells filled in. */
export function sheetRows(xml: string): string[][] {
  const fromXml = (text: string) =>
    text
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  const column = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return [...xml.matchAll(/<row r="(\d+)">(.*?)<\/row>/g)].map((row) => {
    const cells: string[] = [];
    for (const cell of (row[2] as string).matchAll(
      /<c r="([A-Z]+)\d+"[^>]*>(?:<v>(.*?)<\/v>|<is><t xml:space="preserve">(.*?)<\/t><\/is>)<\/c>/gs,
    )) {
      const index = column(cell[1] as string);
      while (cells.length < index) cells.push('');
      cells.push(fromXml(cell[2] ?? cell[3] ?? ''));
    }
    return cells;
  });
}

/** RFC 4180 rows of the CSV (after its BOM), trailing empty cells dropped to match the sheet. */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i += 1) {
    const ch = body[i] as string;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += ch;
  }
  return rows.map((r) => {
    const trimmed = [...r];
    while (trimmed.length > 0 && trimmed[trimmed.length - 1] === '') trimmed.pop();
    return trimmed;
  });
}
