/**
 * Listings built of list items or cards instead of a table (vbpl.vn's `<ul class="listLaw">`,
 * a portal's grid of "Văn bản mới"): sibling elements of one tag, at least two, most of them
 * opening with a document reference (after its type word at most: "Nghị định 30/2020/NĐ-CP").
 * Each such item is a row: its fields from labels ("Ban hành: 05/03/2020", "Trích yếu: …",
 * "Cơ quan ban hành: …"), else the subject from its next line. A news article's paragraphs do
 * not open with references; cells are left to listing-table.ts.
 * @module
 */
import { type DocumentReference, findReferences } from '../../shared/references';
import { opensWithReference } from '../../shared/references/context';
import type { ReportedRow } from '../lib/page-scan';
import { elementLine, elementText, firstLine } from './element-text';
import { normalizeLabel } from './listing-columns';
import { parseListingDate } from './listing-date';
import { firstWebLink } from './listing-table';

/** How far above a reference its card may be. */
const MAX_CARD_DEPTH = 6;
/** Where the walk up stops: a table's cells are read as a table, and the page is no card. */
const CARD_BOUNDS = new Set(['td', 'th', 'tr', 'table', 'body']);
const LABELED = /^([\p{L}\p{M} ]{2,40}?)\s*:\s*(.*)$/u;
const DATE_LABELS = ['ban hanh', 'ngay ban hanh', 'ngay'];
const BODY_LABELS = ['co quan ban hanh', 'noi ban hanh'];

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

/** The reference an item opens with: its first line's, or its first link's when that link is on the first line. */
export function openingReference(item: Element): Opening | null {
  const line = firstLine(item);
  const link = item.querySelector('a[href]');
  for (const text of [line, link ? elementLine(link) : '']) {
    if (text === '' || !line.includes(text)) continue;
    const reference = findReferences(text)[0];
    if (reference && opensWithReference(text, reference.start)) return { reference, text };
  }
  return null;
}

/**
 * One card as a row: labelled fields, else the subject from the first line after the heading
 * that is not a label. Its heading goes as the row's name, for the background to read what
 * the labels did not give ("… ngày 01/03/2024 về việc …", background/page-reading.ts).
 */
function readCard(item: Element, { reference, text: name }: Opening): ReportedRow {
  let issuedDate: string | null = null;
  let subject: string | null = null;
  let issuingBody: string | null = null;
  let nextLine: string | null = null;
  const lines = elementText(item).split('\n').slice(1);
  for (const segment of lines.flatMap((line) => line.split(' | '))) {
    const text = segment.trim();
    const labeled = LABELED.exec(text);
    if (!labeled) {
      if (/\p{L}/u.test(text)) nextLine ??= text;
      continue;
    }
    const label = normalizeLabel(labeled[1] as string);
    const value = (labeled[2] as string) || null;
    if (DATE_LABELS.includes(label)) issuedDate ??= value && parseListingDate(value);
    else if (label === 'trich yeu') subject ??= value;
    else if (BODY_LABELS.includes(label)) issuingBody ??= value;
  }
  return {
    reference,
    issuedDate: issuedDate ?? reference.issuedDate,
    subject: subject ?? nextLine,
    issuingBody,
    url: firstWebLink(item),
    name,
  };
}
