/**
 * Listing tables ("Số/Ký hiệu | Ngày ban hành | Trích yếu | Cơ quan ban hành", a link per
 * row): each body row with a reference in its symbol cell becomes one dispatch candidate with
 * the row's own fields and link.
 * @module
 */
import { findReferences } from '../../shared/references';
import type { ReportedRow } from '../lib/page-scan';
import { elementLine, elementText } from './element-text';
import { type ListingColumns, listingColumns } from './listing-columns';
import { parseListingDate } from './listing-date';

export interface ListingLayout {
  columns: ListingColumns;
  /** The rows under the header, in table order. */
  bodyRows: HTMLTableRowElement[];
}

/** Rows above the body that may be the header (a title row can sit above the labels). */
const HEADER_CANDIDATES = 3;

/** The table's listing columns and body rows, or null when the table is not a listing. */
export function listingLayout(table: HTMLTableElement): ListingLayout | null {
  const rows = Array.from(table.rows);
  const head = table.tHead;
  const candidates = head
    ? rows.filter((row) => row.parentElement === head)
    : rows.slice(0, HEADER_CANDIDATES);
  for (const headerRow of candidates) {
    const columns = listingColumns(rowLabels(headerRow));
    if (!columns) continue;
    const start = rows.indexOf(headerRow) + 1;
    const bodyRows = rows
      .slice(start)
      .filter((row) => row.parentElement !== head && row.parentElement !== table.tFoot);
    return { columns, bodyRows };
  }
  return null;
}

/** The label of every column position of a row, a cell spanning two columns counted in both. */
function rowLabels(row: HTMLTableRowElement): string[] {
  const labels: string[] = [];
  for (const cell of Array.from(row.cells)) {
    const label = elementLine(cell);
    for (let span = Math.max(1, cell.colSpan); span > 0; span--) labels.push(label);
  }
  return labels;
}

/** The cell covering column position `column`, colspans counted. */
function cellAt(row: HTMLTableRowElement, column: number): HTMLTableCellElement | null {
  let position = 0;
  for (const cell of Array.from(row.cells)) {
    position += Math.max(1, cell.colSpan);
    if (column < position) return cell;
  }
  return null;
}

function field(row: HTMLTableRowElement, column: number | null): string | null {
  if (column === null) return null;
  const cell = cellAt(row, column);
  const text = cell ? elementLine(cell) : '';
  return text === '' ? null : text;
}

/** The row's first link to a web page, absolute. */
function rowLink(row: HTMLTableRowElement): string | null {
  for (const anchor of Array.from(row.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
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
export function readListingRow(row: HTMLTableRowElement, columns: ListingColumns): ReportedRow | null {
  const symbolCell = cellAt(row, columns.symbol);
  if (!symbolCell) return null;
  const symbolText = elementText(symbolCell);
  const reference = findReferences(symbolText)[0];
  if (!reference) return null;
  const dateText = field(row, columns.issuedDate);
  const issuedDate = dateText ? parseListingDate(dateText) : null;
  const issuingBody = field(row, columns.issuingBody);
  const url = rowLink(row);
  if (columns.named) {
    const subject = columns.subject === columns.symbol ? null : field(row, columns.subject);
    return { reference, issuedDate, subject, issuingBody, url, name: symbolText };
  }
  return {
    reference,
    issuedDate: issuedDate ?? reference.issuedDate,
    subject: field(row, columns.subject),
    issuingBody,
    url,
  };
}

/** Every row of every listing table under `root`, in page order (tests; the detector goes table by table). */
export function listingRowsUnder(root: ParentNode): ReportedRow[] {
  const rows: ReportedRow[] = [];
  for (const table of Array.from(root.querySelectorAll('table'))) {
    const layout = listingLayout(table);
    if (!layout) continue;
    for (const row of layout.bodyRows) {
      const read = readListingRow(row, layout.columns);
      if (read) rows.push(read);
    }
  }
  return rows;
}
