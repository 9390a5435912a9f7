/**
 * Listing tables ("Số/Ký hiệu | Ngày ban hành | Trích yếu | Cơ quan ban hành", a link per
 * row): each body row with a reference in its symbol cell becomes one dispatch candidate with
 * the row's own fields and link. Cells are placed on a grid, rowspans and colspans counted, so
 * a grouped two-row header ("Văn bản" over "Số ký hiệu | Ngày ban hành") labels each column
 * with its lowest label.
 * @module
 */

import { opensWithReference } from '../../shared/references/context';
import type { ReportedRow } from '../lib/page-scan';
import { elementLine, elementText, textStart } from './element-text';
import { labeledDate, labeledField, withoutLabel } from './field-labels';
import { type ListingColumns, listingColumns } from './listing-columns';
import { dateLine, parseListingDate } from './listing-date';
import { findReferencesAround } from './references-around';

/**
 * A table row and the cell covering each of its column positions (a cell from above when a
 * rowspan reaches down), or a row of a grid built of other elements (`gridListingRows`).
 */
export interface GridRow {
  row: Element;
  cells: (Element | undefined)[];
}

interface TableRow extends GridRow {
  row: HTMLTableRowElement;
  cells: (HTMLTableCellElement | undefined)[];
}

export interface ListingLayout {
  columns: ListingColumns;
  /** Each column's label, lowest first. */
  labels: string[];
  /** The rows under the header, in table order, placed as they are read: iterate once. */
  bodyRows: Iterable<GridRow>;
}

/**
 * Rows searched for the header: a title, even a search form (ASP.NET portals put one in the
 * listing's own table), can sit above the labels; the search stops at the first data row, a
 * row whose cells fill the grid's width and open with a reference (`isDataRow`).
 */
const HEADER_SEARCH_ROWS = 10;
/** How much of a row's text is searched for a reference: a layout table's rows may hold the page. */
const DATA_ROW_TEXT = 500;
/** How much of a cell is read as a label: a layout table's cells may hold the page. */
const MAX_LABEL = 200;
/** The deepest a grouped header goes. */
const HEADER_DEPTH = 3;
/** How far up from a table without a header its header's own table is looked for. */
const HEADER_TABLE_DEPTH = 3;
/** Rows read to tell a header-less listing's columns from what their cells hold. */
const SAMPLE_ROWS = 6;
/** At most this much before a symbol in a cell that is the symbol alone ("Số: "). */
const SYMBOL_LEAD = 6;
/** The longest row read as a date heading ("Ngày 12/03/2024", "Thứ Hai, 12/03/2024"). */
const HEADING_DATE = 40;

/**
 * The table's listing columns and body rows, or null when the table is not a listing. A table
 * whose first row is already data takes the labels of a header-only table just before it, with
 * as many columns (`headerTableBefore`), unless `alone`.
 */
export function listingLayout(table: HTMLTableElement, alone = false): ListingLayout | null {
  const grid = placeRows(ownRows(table));
  const placed: TableRow[] = [];
  const place = (count: number) => {
    while (placed.length < count) {
      const next = grid.next();
      if (next.done) return;
      placed.push(next.value);
    }
  };
  for (let top = 0; top < HEADER_SEARCH_ROWS; top++) {
    place(top + 1);
    const first = placed[top];
    if (!first) return null;
    const { row } = first;
    if (row.parentElement === table.tFoot) continue;
    // A grouped header goes down as far as its rowspans reach.
    let depth = 1;
    for (const cell of ownCells(row)) depth = Math.max(depth, Math.min(cell.rowSpan, HEADER_DEPTH));
    place(top + depth);
    const labels = lowestLabels(placed.slice(top, top + depth));
    // "Số ký hiệu | 73/2024/NĐ-CP | Ngày ban hành | …": a document's metadata, whose labels and
    // values alternate; a header names no document.
    const columns = labels.some(holdsReference) ? null : listingColumns(labels);
    if (columns) {
      const bodyRows = bodyRowsOf(table, placed.slice(top + depth), grid);
      return { columns, labels, bodyRows };
    }
    if (row.parentElement !== table.tHead && isDataRow(first, placed)) {
      // Data from the first row on: the body of a grid whose header is a table of its own.
      const header = top > 0 || alone ? null : headerTableBefore(table);
      if (header?.labels.length === first.cells.length)
        return { ...header, bodyRows: bodyRowsOf(table, placed, grid) };
      place(top + SAMPLE_ROWS);
      // Not under a header of other labels ("Căn cứ | Phối hợp | Hạn", colspans or not): titles of
      // two cells at most ("VĂN BẢN MỚI | Xem tất cả »").
      const titled = placed
        .slice(0, top)
        .every(({ cells }) => new Set(cells).size < Math.min(3, first.cells.length));
      const rows = placed.slice(top);
      const columns = alone || !titled ? null : columnsByContent(rows);
      return columns && { columns, labels: [], bodyRows: bodyRowsOf(table, rows, grid) };
    }
  }
  return null;
}

const holdsReference = (text: string) => findReferencesAround(text).length > 0;

const isSentence = (text: string) => text.split(' ').length > 3;

/** A cell that is a document's symbol alone, or with the document's date under it. */
function isSymbolCell(text: string): boolean {
  const reference = findReferencesAround(text)[0];
  const rest = reference ? text.slice(reference.end).trim() : '';
  return !!reference && reference.start <= SYMBOL_LEAD && (!rest || !!dateLine(rest));
}

/** A cell that opens with a document's name: its type word, "số" at most, and its symbol. */
function isNameCell(text: string): boolean {
  const reference = findReferencesAround(text)[0];
  return !!reference && opensWithReference(text, reference.start);
}

/**
 * The columns of a listing without a header row (NukeViet's "list_other": symbol | date |
 * trích yếu), told by what every sampled row's cells hold: a column of symbols alone, then
 * maybe a column of dates alone, and the longest column of sentences after them that differ row
 * by row (not a body's name repeated: "UBND tỉnh Bắc Giang"); null unless there are both a symbol
 * and a subject column. Rows alike are asked for, so a layout table or a document's
 * metadata is none.
 */
function columnsByContent(sample: readonly TableRow[]): ListingColumns | null {
  const width = sample[0]?.cells.length;
  const rows = sample.filter(({ cells }) => cells.length === width && new Set(cells).size === width);
  const columns: ListingColumns = {
    symbol: -1,
    named: false,
    issuedDate: null,
    subject: null,
    issuingBody: null,
  };
  let longest = 0;
  for (let column = 0; rows.length > 1 && column < (width as number); column++) {
    const texts = rows.map(({ cells }) => elementLine(cells[column] as Element));
    const length = texts.join().length;
    if (columns.symbol < 0) {
      if (texts.every(isSymbolCell)) columns.symbol = column;
      // "Kế hoạch số 14092/KH-UBND ngày 09/12/2024 của UBND tỉnh triển khai …" (audit 96): a
      // column of documents' names, read as a "Tên văn bản" column is.
      else if (texts.every(isNameCell)) {
        columns.symbol = column;
        columns.subject = column;
        columns.named = true;
      }
    } else if (columns.issuedDate === null && texts.every(dateLine)) columns.issuedDate = column;
    // Each row's own sentences, the longest: not a body's name or a signer repeated down the
    // column, nor shorter names beside the trích yếu.
    else if (new Set(texts).size === texts.length && texts.every(isSentence) && length > longest) {
      longest = length;
      columns.subject = column;
    }
  }
  return columns.subject === null ? null : columns;
}

/**
 * Whether a row may be a listing's data: cells side by side, as many column positions as the
 * widest row so far (not a title in one spanning cell: "Văn bản hướng dẫn Luật 31/2024/QH15"),
 * and a reference within the start of its text.
 */
function isDataRow({ row, cells }: GridRow, placed: readonly GridRow[]): boolean {
  if (new Set(cells).size < 2) return false;
  for (const other of placed) if (other.cells.length > cells.length) return false;
  return holdsReference(textStart(row, DATA_ROW_TEXT));
}

/**
 * The layout of the table nearest before this one, close around it, when it holds a listing's
 * header and no rows: a grid with a fixed header puts its labels in a table of their own
 * (`<table class="header">` over `<div><table class="body">`).
 */
function headerTableBefore(table: HTMLTableElement): ListingLayout | null {
  let element: Element | null = table;
  for (let depth = 0; element && depth < HEADER_TABLE_DEPTH; depth++, element = element.parentElement) {
    const sibling = element.previousElementSibling;
    const tables = sibling?.localName === 'table' ? [sibling] : sibling?.querySelectorAll('table');
    const before = tables?.[tables.length - 1] as HTMLTableElement | undefined;
    if (!before) continue;
    const layout = listingLayout(before, true);
    return layout?.bodyRows[Symbol.iterator]().next().done ? layout : null;
  }
  return null;
}

function* bodyRowsOf(
  table: HTMLTableElement,
  placed: GridRow[],
  rest: Iterator<GridRow>,
): Generator<GridRow> {
  for (let next = placed.shift() ?? rest.next().value; next; next = placed.shift() ?? rest.next().value) {
    const parent = next.row.parentElement;
    if (parent !== table.tHead && parent !== table.tFoot) yield next;
  }
}

/**
 * The table's own rows, not those of a table nested in one of its cells (a listing inside a
 * layout table): browsers leave them out of `table.rows`, happy-dom does not.
 */
function ownRows(table: HTMLTableElement): HTMLTableRowElement[] {
  return [...table.rows].filter((row) => row.closest('table') === table);
}

/** The row's own cells, not those of a table nested in one of them. */
function ownCells(row: HTMLTableRowElement): HTMLTableCellElement[] {
  return [...row.cells].filter((cell) => cell.parentElement === row);
}

/** Each row with the cell covering each column position, rowspans and colspans counted. */
function* placeRows(rows: HTMLTableRowElement[]): Generator<TableRow> {
  // By column: the cell of a row above and how many rows further down it reaches.
  const above: { cell: HTMLTableCellElement; rows: number }[] = [];
  for (const row of rows) {
    const cells: HTMLTableCellElement[] = [];
    let column = 0;
    const skipHeld = (all: boolean) => {
      for (; column < above.length; column++) {
        const held = above[column];
        if (held && held.rows > 0) {
          held.rows--;
          cells[column] = held.cell;
        } else if (!all) return;
      }
    };
    for (const cell of ownCells(row)) {
      skipHeld(false);
      for (let span = Math.max(1, cell.colSpan); span > 0; span--) {
        above[column] = { cell, rows: Math.max(1, cell.rowSpan) - 1 };
        cells[column++] = cell;
      }
    }
    skipHeld(true);
    yield { row, cells };
  }
}

/** The lowest non-empty label of each column of a header's rows; a cell holding a table (a layout table's) is none. */
function lowestLabels(header: readonly TableRow[]): string[] {
  const labels: string[] = [];
  for (const { cells } of header) {
    cells.forEach((cell, column) => {
      const label =
        cell && !cell.querySelector('table') ? textStart(cell, MAX_LABEL).replace(/\s+/g, ' ') : '';
      if (label !== '') labels[column] = label;
    });
  }
  return Array.from(labels, (label) => label ?? '');
}

/** A cell's text without its column's label, '' for no cell. */
function cellText(row: GridRow, layout: ListingLayout, column: number | null, read = elementText): string {
  const cell = column === null ? undefined : row.cells[column];
  return cell ? withoutLabel(read(cell), layout.labels[column as number]) : '';
}

function field(row: GridRow, layout: ListingLayout, column: number | null): string | null {
  return cellText(row, layout, column, elementLine) || null;
}

/**
 * The subject cell's text and the date of a "Ngày ban hành: 12/06/2024" line in it, that line
 * cut from the text (portals without a date column put it under the trích yếu).
 */
function subjectAndDate(row: GridRow, layout: ListingLayout): [string | null, string | null] {
  let date: string | null = null;
  const text = cellText(row, layout, layout.columns.subject)
    .split('\n')
    .filter((line) => {
      const found = labeledDate(line);
      date ??= found;
      return !found;
    })
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return [text || null, date];
}

/** The element's first link to a web page, absolute. */
export function firstWebLink(element: Element): string | null {
  for (const anchor of element.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const url = anchor.href;
    if (url.startsWith('http://') || url.startsWith('https://')) return url;
  }
  return null;
}

/**
 * One listing row, or null when its symbol cell holds no reference (a sub-header, a note). A
 * "Tên văn bản" cell is reported with its text as the row's name, for the background to read
 * the named document from (background/page-reading.ts); its first reference stands until then.
 */
export function readListingRow(row: GridRow, layout: ListingLayout): ReportedRow | null {
  const { columns } = layout;
  if (!row.cells[columns.symbol]) return null;
  let symbolText = cellText(row, layout, columns.symbol);
  let reference = findReferencesAround(symbolText)[0];
  const split =
    !reference &&
    SPLIT_SYMBOL.exec(
      `${layout.labels[columns.symbol - 1]} ${cellText(row, layout, columns.symbol - 1)}\n${symbolText}`,
    );
  if (split) {
    symbolText = `${split[1]}/${split[2]}`;
    reference = findReferencesAround(symbolText)[0];
  }
  if (!reference) return null;
  // Without a date column, the date may sit under the symbol ("Số hiệu / Ngày ban hành").
  const dateText =
    columns.issuedDate === null && !columns.named
      ? symbolText.slice(reference.end)
      : field(row, layout, columns.issuedDate);
  const [subject, subjectDate] = subjectAndDate(row, layout);
  const issuedDate = (dateText ? parseListingDate(dateText) : null) ?? subjectDate;
  // "Số hiệu / Trích yếu": the trích yếu on the lines under the symbol, in its cell (audit 21); a
  // named row's is in its name, which the background reads.
  const subjectInSymbolCell = columns.subject === columns.symbol;
  const read: ReportedRow = {
    reference,
    // Its own only: the content script reads no reference's date (references-around.ts).
    issuedDate,
    subject: !subjectInSymbolCell ? subject : columns.named ? null : linesUnder(symbolText, reference.end),
    issuingBody: field(row, layout, columns.issuingBody),
    url: firstWebLink(row.row),
  };
  // A date the content script does not read ("October 24, 2024") goes as written (audit 74).
  if (!issuedDate && dateText) read.dateText = dateText;
  if (columns.named) read.name = symbolText;
  return read;
}

/**
 * The lines of a cell under the one its reference ends on, but for a short date line ("Ngày
 * 05/03/2024"), up to a field; null for none.
 */
function linesUnder(text: string, end: number): string | null {
  const lines: string[] = [];
  for (const line of text.slice(end).split('\n').slice(1)) {
    // A field ends it ("Hiệu lực: …", "Người ký: …"), but for a labelled trích yếu, its value.
    if (FIELD_LINE.test(line)) {
      const field = labeledField(line);
      if (field?.[0] === 'subject') lines.push(field[1]);
      break;
    }
    if (!(line.length < HEADING_DATE && parseListingDate(line))) lines.push(line);
  }
  return lines.join(' ').replace(/\s+/g, ' ').trim() || null;
}

/**
 * A symbol in two fields, its number labelled "Số" over its code (audits 8 and 42): "Số | Ký
 * hiệu" columns ("1187 | SNN-TL", the number's cell put over the code's with its column's
 * label), or "Số: 1245⏎Ký hiệu: QĐ-UBND" in one cell. Read only where the symbol's cell holds
 * no symbol of its own; never a serial number's column ("STT | Ký hiệu": 3 over QĐ-UBND).
 */
const SPLIT_SYMBOL = /(?:^|\n)\s*Số\s*:?\s*(\d+)\s*\n\s*(?:Ký hiệu\s*:?\s*)?(.*)/is;

/** A group's counter in a cell of its own: "I", "II.", "A", "1". */
const GROUP_COUNTER = /^(?:[IVX]+|[A-Z]|\d\d?)\.?$/;

/** A line that opens with a label and its colon: a field, not words of a trích yếu. */
const FIELD_LINE = /^[^:\d]{2,30}:/;

/**
 * Reads a table's body rows in order, as records rather than rows: a row whose symbol cell is
 * the row above's continues that row's document; a row of one cell without a reference whose
 * only text is a date heads a group, dating its rows that show no date of their own
 * (`fallbackDate`: a posting date as often as an issuing date); any other such row right after
 * a row without a subject is that row's subject, on a line of its own (not a pager or a count),
 * and otherwise heads a group its rows report (`group`: the background reads a body's name in it).
 */
export function listingRowReader(layout: ListingLayout): (row: GridRow) => ReportedRow | null {
  let groupDate: string | null = null;
  let group = '';
  let last: ReportedRow | null = null;
  let symbolCell: Element | undefined;
  return (row) => {
    const cell = row.cells[layout.columns.symbol];
    // A symbol cell held down from the row above (rowspan): that document's second line, not another.
    if (cell && cell === symbolCell) return null;
    symbolCell = cell;
    const read = readListingRow(row, layout);
    // Used after the row's own date only (background/page-reading.ts).
    if (read && groupDate) read.fallbackDate = groupDate;
    if (read && group) read.group = group;
    // Only a row of one cell (spanning the table) heads a group or carries a subject; one of a
    // group's counter and its heading heads a group ("I | Hội đồng nhân dân tỉnh"; audit 74).
    let text = '';
    let counted = false;
    if (!read) {
      const [first, second, third] = new Set(row.cells);
      counted = !third && !!second && GROUP_COUNTER.test(elementLine(first as Element));
      if (!second || counted) text = elementLine(counted ? (second as Element) : row.row);
    }
    if (text) {
      const date = text.length < HEADING_DATE ? parseListingDate(text) : null;
      if (last && !last.subject && !date && !counted && ownsSubjectLine(layout, text)) last.subject = text;
      else {
        groupDate = date;
        if (!date) group = text;
      }
    }
    last = read;
    return read;
  };
}

/**
 * A pager or a count under a listing ("Trang 1 2 3 Sau »", "1 2 3 Sau", "Đầu tiên ‹ Trước 1 2 Tiếp ›
 * Cuối cùng", "Tổng số: 15 văn bản"): no one's subject, unlike "Tiếp tục …", "Đầu tư …".
 */
const PAGER_OR_COUNT =
  /^(?:trang|tổng|hiển thị|xem)|^(?:[\d\s«»‹›<>|.,:…-]|tiếp|theo|sau|trước|đầu|tiên|cuối|cùng)*$/iu;

/**
 * Whether a one-cell row is the trích yếu of the document in the row above (which has none):
 * not in a named listing, whose subjects are in its names, and not a pager or a count.
 */
function ownsSubjectLine({ columns }: ListingLayout, text: string): boolean {
  return !columns.named && !PAGER_OR_COUNT.test(text);
}

/**
 * The layout of a grid built of other elements than a table (ARIA role=row/cell, CSS
 * display:table-row divs) whose header is this row: cells of listing labels, no reference.
 */
function gridHeader(row: Element | null | undefined): ListingLayout | null {
  if (!row || row.childElementCount < 2 || holdsReference(textStart(row, DATA_ROW_TEXT))) return null;
  const labels = Array.from(row.children, (cell) => textStart(cell, MAX_LABEL).replace(/\s+/g, ' '));
  const columns = listingColumns(labels);
  return columns && { columns, labels, bodyRows: [] };
}

/**
 * An item the page hides itself (a closed tab's pane, the hidden attribute: audit 47; a draft's,
 * an inline `display:none`: audits 50 and 54) is no row the clerk sees. One a style sheet hides
 * is read: a carousel's other slides are the listing's rows (review 22: a home page's box of new
 * documents, one slide shown, became that document's page), though a responsive page's copy
 * hidden by its class is read twice; as is one not yet faded in (`visibility: hidden`; review 20).
 */
export const hiddenItem = (item: Element): boolean =>
  !!(item as HTMLElement).hidden || (item as HTMLElement).style?.display === 'none';

/**
 * The rows of a grid of other elements than a table, its cells matched to the header's labels
 * by position as a table's are; null when the container is no such grid. Its header row opens
 * it, or closes the group just before it (ARIA rowgroups: one for the header, one for the body).
 */
export function gridListingRows(container: Element): ReportedRow[] | null {
  const layout =
    gridHeader(container.firstElementChild) ?? gridHeader(container.previousElementSibling?.lastElementChild);
  if (!layout) return null;
  const rows: ReportedRow[] = [];
  for (const row of container.children) {
    const cells = [...row.children];
    const read =
      cells.length === layout.labels.length && !hiddenItem(row) && readListingRow({ row, cells }, layout);
    if (read) rows.push(read);
  }
  return rows;
}

/** Every row of every listing table under `root`, in page order (tests; the detector goes table by table). */
export function listingRowsUnder(root: ParentNode): ReportedRow[] {
  const rows: ReportedRow[] = [];
  for (const table of root.querySelectorAll('table')) {
    const layout = listingLayout(table);
    if (!layout) continue;
    const read = listingRowReader(layout);
    for (const row of layout.bodyRows) {
      const found = read(row);
      if (found) rows.push(found);
    }
  }
  return rows;
}
