/**
 * Listings built of list items or cards instead of a table (vbpl.vn's `<ul class="listLaw">`,
 * a portal's grid of "Văn bản mới"): sibling elements of one tag, at least two, most of them
 * opening with a document reference (after its type word at most: "Nghị định 30/2020/NĐ-CP").
 * Each such item is a row: its fields from labels ("Ban hành: 05/03/2020", "Trích yếu: …",
 * "Cơ quan ban hành: …", the listing tables' header labels: field-labels.ts), its heading as the row's name for the background to read the rest
 * from, and its next line as the subject to fall back on. A news article's paragraphs do not
 * open with references; cells are left to listing-table.ts.
 * @module
 */
import type { DocumentReference } from '../../shared/references';
import { opensWithReference } from '../../shared/references/context';
import { findReferences } from '../../shared/references/find-references';
import type { ReportedRow } from '../lib/page-scan';
import { elementLine, elementText, firstLine, isOrdinal } from './element-text';
import { labeledFields, symbolLabelLength } from './field-labels';
import { parseListingDate } from './listing-date';
import { firstWebLink } from './listing-table';

/** How far above a reference its card may be. */
const MAX_CARD_DEPTH = 6;
/** Where the walk up stops: a table's cells are read as a table, and the page is no card. */
const CARD_BOUNDS = new Set(['td', 'th', 'tr', 'table', 'body']);
/** A date in brackets closing a line ("… (02/07/2024)"): when it was posted, not part of the name. */
const TRAILING_DATE = /\s*\(\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s*\)$/;

const sameTag = (a: Element | null, b: Element) => a?.localName === b.localName;

/**
 * The elements that may hold a card listing the reference at `node` is in: the parents of its
 * ancestors that stand next to an element of their own tag, nearest first.
 */
export function cardContainersAround(node: Node): Element[] {
  const containers: Element[] = [];
  let element = node.parentElement;
  for (let depth = 0; element && depth < MAX_CARD_DEPTH; depth++) {
    if (CARD_BOUNDS.has(element.localName)) break;
    const parent = element.parentElement;
    if (
      parent &&
      (sameTag(element.previousElementSibling, element) || sameTag(element.nextElementSibling, element))
    )
      containers.push(parent);
    element = parent;
  }
  return containers;
}

interface ItemsOfTag {
  count: number;
  /** Items read that do not open with a reference. */
  misses: number;
  rows: ReportedRow[];
  /** Given up on: not a listing, its other items are not read. */
  rejected: boolean;
}

/**
 * The rows of the container's cards, or none when it is not a card listing: items of one tag,
 * at least two and at least half of that tag's children, opening with a reference. Pauses by
 * yielding when `shouldYield` says so.
 */
export function* readCardListing(
  container: Element,
  shouldYield: () => boolean,
): Generator<void, ReportedRow[]> {
  const items = Array.from(container.children);
  const tags = new Map<string, ItemsOfTag>();
  for (const item of items) {
    const tag = tags.get(item.localName) ?? { count: 0, misses: 0, rows: [], rejected: false };
    tags.set(item.localName, tag);
    tag.count++;
  }
  for (const item of items) {
    const tag = tags.get(item.localName) as ItemsOfTag;
    if (tag.count < 2 || tag.rejected) continue;
    const opening = openingReference(item);
    if (opening) tag.rows.push(readCard(item, opening));
    // A listing's items open with their documents from the first ones on (a heading item at
    // most): two misses before as many hits, or misses past half, and the tag is not one. So
    // a long article's paragraphs, whose references sit inside them, cost two reads a section.
    else if (++tag.misses * 2 > tag.count || (tag.misses >= 2 && tag.misses > tag.rows.length))
      tag.rejected = true;
    if (shouldYield()) yield;
  }
  let best: ReportedRow[] = [];
  for (const { rows, rejected } of tags.values())
    if (!rejected && rows.length > 1 && rows.length > best.length) best = rows;
  return best;
}

interface Opening {
  reference: DocumentReference;
  /** The text it opens ("Quyết định số 210/QĐ-UBND ngày 01/03/2024 về việc …"). */
  text: string;
}

/**
 * Whether the text opens with the reference at `start`, after its type word or a symbol label
 * ("Số hiệu: 05/2024/TT-BNV") at most.
 */
export function opensWithItsReference(text: string, start: number): boolean {
  if (opensWithReference(text, start)) return true;
  const label = symbolLabelLength(text);
  return label > 0 && label <= start && opensWithReference(text.slice(label), start - label);
}

/**
 * The text with the reference it opens with (after its type word at most), a trailing date in
 * brackets cut; after a symbol label, the text is the reference's own part of the line ("Số
 * hiệu: 05/2024/TT-BNV | Ngày ban hành: …").
 */
function opening(line: string): Opening | null {
  const label = symbolLabelLength(line);
  const text = (label > 0 ? (line.slice(label).split(' | ')[0] as string) : line).replace(TRAILING_DATE, '');
  const reference = findReferences(text)[0];
  return reference && opensWithReference(text, reference.start) ? { reference, text } : null;
}

/**
 * The reference an item opens with: its first line's (past a counter: "1", "01."), or its first
 * link's when that link is on the first line. A link that opens the line and says more than its
 * reference is the item's name: what follows it ("(02/07/2024)", a view count) is not.
 */
export function openingReference(item: Element): Opening | null {
  const line = firstLine(item);
  const link = item.querySelector('a[href]');
  const linked = link ? elementLine(link) : '';
  const ofLink = linked !== '' && line.includes(linked) ? opening(linked) : null;
  if (ofLink && line.startsWith(linked) && /\p{L}/u.test(ofLink.text.slice(ofLink.reference.end)))
    return ofLink;
  return opening(line) ?? ofLink;
}

/**
 * One card as a row: labelled fields, and its heading as the row's name, for the background to
 * read what the labels did not give ("… ngày 01/03/2024 về việc …", background/page-reading.ts).
 * The first line after the heading that is not a label goes as the fallback subject: a teaser
 * or a "Xem thêm" as often as the subject, it stands only when the heading gives none.
 */
function readCard(item: Element, { reference, text: name }: Opening): ReportedRow {
  let issuedDate: string | null = null;
  let subject: string | null = null;
  let issuingBody: string | null = null;
  let nextLine: string | null = null;
  const lines = elementText(item).split('\n');
  const heading = lines.findIndex((line) => !isOrdinal(line));
  // A heading that opens with a symbol label may go on with the other labels ("Số hiệu: … | Ngày ban hành: …").
  const first = symbolLabelLength(lines[heading] ?? '') > 0 ? heading : heading + 1;
  for (const segment of lines.slice(first).flatMap((line) => line.split(' | '))) {
    const text = segment.trim();
    const fields = labeledFields(text);
    if (fields.length === 0 && /\p{L}/u.test(text)) nextLine ??= text;
    for (const [role, value] of fields) {
      if (role === 'subject') subject ??= value || null;
      else if (role === 'issuingBody') issuingBody ??= value || null;
      else if (role === 'issuedDate') issuedDate ??= parseListingDate(value);
    }
  }
  return {
    reference,
    issuedDate: issuedDate ?? reference.issuedDate,
    subject,
    issuingBody,
    url: firstWebLink(item),
    name,
    ...(nextLine === null ? {} : { fallbackSubject: nextLine }),
  };
}
