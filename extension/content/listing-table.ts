/**
 * Listing tables ("Số/Ký hiệu | Ngày ban hành | Trích yếu | Cơ quan ban hành", a link per
 * row): each body row with a reference in its symbol cell becomes one dispatch candidate with
 * the row's own fields and link.
 * @module
 */
import { extractDispatch, findReferences } from '../../shared/references';
import { typeWordBefore } from '../../shared/references/context';
import { foldText } from '../../shared/references/fold';
import type { ListingRow } from '../lib/page-scan';
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
 * The document a "Tên văn bản" cell names: its symbol must open the name, after its type word
 * at most ("Quyết định số 15/2024/QĐ-UBND về việc …"). A name that opens otherwise ("Căn cứ
 * Nghị định 30/2020/NĐ-CP, …") may start with a document it only cites: no row then.
 */
function namedDocument(name: string) {
  const draft = extractDispatch(name);
  if (!draft) return null;
  const before = name.slice(0, draft.reference.start).trim();
  if (before === '') return draft;
  const type = typeWordBefore(name, draft.reference.start);
  return type && foldText(before).startsWith(foldText(type)) ? draft : null;
}

/** One listing row, or null when its symbol cell holds no reference (a sub-header, a note). */
export function readListingRow(row: HTMLTableRowElement, columns: ListingColumns): ListingRow | null {
  const symbolCell = cellAt(row, columns.symbol);
  if (!symbolCell) return null;
  const symbolText = elementText(symbolCell);
  const named = columns.named ? namedDocument(symbolText) : null;
  const reference = columns.named ? named?.reference : findReferences(symbolText)[0];
  if (!reference) return null;
  const dateText = field(row, columns.issuedDate);
  return {
    reference,
    issuedDate: (dateText ? parseListingDate(dateText) : null) ?? named?.issuedDate ?? reference.issuedDate,
    // In a "Tên văn bản" column alone, the subject is what the name says after the symbol.
    subject: columns.subject === columns.symbol ? (named?.subject ?? null) : field(row, columns.subject),
    issuingBody: field(row, columns.issuingBody),
    url: rowLink(row),
  };
}

/** Every row of every listing table under `root`, in page order (tests; the detector goes table by table). */
export function listingRowsUnder(root: ParentNode): ListingRow[] {
  const rows: ListingRow[] = [];
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
