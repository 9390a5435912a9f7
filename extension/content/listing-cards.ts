/**
 * Listings built of list items or cards instead of a table (vbpl.vn's `<ul class="listLaw">`,
 * a portal's grid of "Văn bản mới"): sibling elements of one tag, at least two, most of them
 * opening with a document reference (after its type word at most: "Nghị định 30/2020/NĐ-CP").
 * Each such item is a row: its reference, its link, its heading as the row's name and its lines,
 * from which the background reads its fields (background/card-fields.ts). A news article's
 * paragraphs do not open with references; cells are left to listing-table.ts.
 * @module
 */
import type { DocumentReference } from '../../shared/references';
import { opensWithReference, TYPE_WORDS } from '../../shared/references/context';
import { foldText } from '../../shared/references/fold';
import type { ReportedRow } from '../lib/page-scan';
import { isBlock } from './block-elements';
import { elementLine, elementText, firstLine, textStart } from './element-text';
import { labeledFields, symbolLabelLength } from './field-labels';
import { BARE_DATE, DATE_ONLY } from './listing-date';
import { firstWebLink, gridListingRows, hiddenItem } from './listing-table';
import { findReferencesAround } from './references-around';

/** How far above a reference its card may be. */
const MAX_CARD_DEPTH = 6;
/** Where the walk up stops: a table's cells are read as a table, and the page is no card. */
const CARD_BOUNDS = new Set(['td', 'th', 'tr', 'table', 'body']);
/** A date in brackets closing a line ("… (02/07/2024)"): when it was posted, not part of the name. */
const TRAILING_DATE = /\s*\(\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s*\)$/;
/** How many lines of a card, its heading first, are searched for a symbol line. */
const SYMBOL_LINE_DEPTH = 3;
/** How much of a card's text those lines are looked for in. */
const CARD_START = 400;

/**
 * A letter. In brackets: the build writes a bare `\p{L}` out as `new RegExp("\\p{L}", "u")` (esbuild,
 * for the browsers it targets), which the content script's size budget feels (DESIGN.md §6).
 */
const LETTER = /[\p{L}]/u;

const sameTag = (a: Element | null, b: Element) => a?.localName === b.localName;

/** The text without a closing bracketed date, looked for in its last characters only (the pattern backtracks over spaces). */
function withoutTrailingDate(text: string): string {
  const cut = Math.max(0, text.length - 40);
  return text.slice(0, cut) + text.slice(cut).replace(TRAILING_DATE, '');
}

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
      (sameTag(element.previousElementSibling, element) ||
        sameTag(element.nextElementSibling, element) ||
        // A <dl>'s names stand between their fields: <dt> <dd> <dt> <dd> (audits 29 and 36).
        (element.localName === 'dt' && parent.querySelectorAll('dt').length > 1) ||
        isLoneGroup(parent))
    )
      containers.push(parent);
    element = parent;
  }
  return containers;
}

/**
 * Lists side by side of one kind (lists under headings): one parent, each under a heading of one
 * tag ("<h3>"s; not a page's <h1> over a list of its own details; review 57). A list is its own.
 */
export const isGroupmate = (a: Element, b: Element) =>
  a.parentElement === b.parentElement &&
  a.previousElementSibling?.localName === b.previousElementSibling?.localName;

/**
 * A list of one item among lists of its kind under headings ("<h3>Thông tư</h3><ul>1</ul>
 * <h3>Quyết định</h3><ul>3</ul>"; audit 142): its item may be a row as theirs are, read alone;
 * page-detector.ts keeps it when the item links to its document and a list of its kind holds
 * rows of other documents (not a "Văn bản nổi bật" box over the list holding its document;
 * review 55). Not lists after other text: a document page's boxes under its text, a column's
 * boxes (review 55).
 */
function isLoneGroup(list: Element): boolean {
  const around = [...(list.parentElement?.children ?? [])];
  const mates = around.filter((other) => isGroupmate(other, list));
  return (
    // <ul>, <ol> (and <dl>): what groups of items are written in (a <blockquote> too, whose
    // prose links nowhere: page-detector.ts asks for the item's link; review 58).
    list.localName[1] === 'l' &&
    // One item (it holds the reference it was found for).
    !list.children[1] &&
    mates.length > 1 &&
    // Lists and their headings only (<h1>…<h6>, <header>, <hgroup>, a rule <hr>), up to the last
    // list (a pager may follow): after a document's own text, such lists are its boxes.
    around
      .slice(0, around.indexOf(mates[mates.length - 1] as Element))
      .every((other) => isGroupmate(other, list) || other.localName[0] === 'h')
  );
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
 * at least two and at least half of that tag's children, opening with a reference; or, when
 * the page's chrome shares the cards' tag (`<div class="menu">` before `<div class="doc-item">`
 * cards, all under <body>), items of one tag and class. A grid of rows and cells is read by
 * its header's labels (listing-table.ts). Pauses by yielding when `shouldYield` says so.
 */
export function* readCardListing(
  container: Element,
  shouldYield: () => boolean,
): Generator<void, ReportedRow[]> {
  const grid = gridListingRows(container);
  if (grid && grid.length > 1) return grid;
  const items = [...container.children];
  if (inSentence(container, items)) return [];
  const byTag = (item: Element) => item.localName;
  const byClass = (item: Element) => `${byTag(item)}.${item.className}`;
  const rows = yield* readItems(items, byTag, shouldYield, isLoneGroup(container) ? 1 : 2);
  // Read again by class only when that groups the items otherwise.
  if (rows.length > 0 || new Set(items.map(byClass)).size === new Set(items.map(byTag)).size) return rows;
  return yield* readItems(items, byClass, shouldYield);
}

/**
 * Whether the items are links or spans within a sentence ("Văn bản căn cứ: <a>85/2024/NĐ-CP</a>;
 * <a>16/2023/QH15</a>"): inline, with words or a comma or semicolon between them. Such a
 * sentence cites documents; it lists none.
 */
function inSentence(container: Element, items: Element[]): boolean {
  if (items.some(isBlock)) return false;
  for (let node = container.firstChild; node; node = node.nextSibling)
    if (node.nodeType === 3 && /[\p{L},;]/u.test((node as Text).data)) return true;
  return false;
}

/** `least`: how many items of a kind, and distinct documents among them, make a listing. */
function* readItems(
  items: Element[],
  kindOf: (item: Element) => string,
  shouldYield: () => boolean,
  least = 2,
): Generator<void, ReportedRow[]> {
  const tags = new Map<string, ItemsOfTag>();
  for (const item of items) {
    const tag = tags.get(kindOf(item)) ?? { count: 0, misses: 0, rows: [], rejected: false };
    tags.set(kindOf(item), tag);
    tag.count++;
  }
  for (const item of items) {
    const tag = tags.get(kindOf(item)) as ItemsOfTag;
    if (tag.count < least || tag.rejected || hiddenItem(item)) continue;
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
  // A listing names several documents: paragraphs of an article that each open with the one it
  // is about ("Nghị định 100/2024/NĐ-CP có hiệu lực …") are its text, not a listing.
  for (const { rows, rejected } of tags.values())
    if (!rejected && new Set(rows.map((row) => row.reference.key)).size >= least && rows.length > best.length)
      best = rows;
  return best;
}

interface Opening {
  reference: DocumentReference;
  /** The text it opens ("Quyết định số 210/QĐ-UBND ngày 01/03/2024 về việc …"). */
  text: string;
  /** The heading above a symbol line ("Số: 45/KH-TA | …"): the card's subject. */
  title?: string;
  /** A date alone after the item's name on its line ("… mùa mưa</a><span>18/11/2024</span>"). */
  date?: string;
}

/**
 * Whether the text opens with the reference at `start`, after its type word or a symbol label
 * ("Số hiệu: 05/2024/TT-BNV"), a posting date or, in a list item, a counter at most.
 */
export function opensWithItsReference(text: string, start: number, listItem = false): boolean {
  if (opensWithReference(text, start)) return true;
  // After its posting date: "[12/09/2024] Quyết định số 145/QĐ-UBND ngày … về việc …" (audit 44).
  // In square brackets only: an article's timeline ("15/3/2024: Quyết định số …", "(15/3/2024)
  // Công văn …") is no listing (a review of audit 22).
  // After a list item's counter: "1. Văn bản hợp nhất 14/VBHN-BTC …" (audit 76); an article's
  // numbered paragraphs citing documents are no listing (review 32).
  const label =
    symbolLabelLength(text) ||
    (/^\s*\[/.test(text)
      ? (BARE_DATE.exec(text)?.[0].length ?? 0)
      : listItem
        ? (/^\s*\d{1,3}\. /.exec(text)?.[0].length ?? 0)
        : 0);
  return label > 0 && label <= start && opensWithReference(text.slice(label), start - label);
}

/**
 * The text with the reference it opens with (after its type word at most), a trailing date in
 * brackets cut; after a symbol label, the text is the reference's own part of the line ("Số
 * hiệu: 05/2024/TT-BNV | Ngày ban hành: …").
 */
function opening(line: string): Opening | null {
  const label = symbolLabelLength(line);
  const own = label > 0 ? (line.slice(label).split(' | ')[0] as string) : line;
  // After its type's abbreviation: "CV 4555/BGDĐT-GDPT", "KH 335/KH-UBND" (audit 116).
  const text = withoutTrailingDate(own).replace(/^[A-ZĐ]{2,3} (?=\d)/, '');
  const reference = findReferencesAround(text)[0];
  if (!reference || !opensWithReference(text, reference.start)) return null;
  // The bracketed date cut off still dates the row when nothing else does.
  return { reference, text, date: DATE_ONLY.exec(own.slice(text.length))?.[1] };
}

/**
 * The reference an item opens with: its first line's (past a counter: "1", "01."), or its first
 * link's when that link is on the first line or under a badge. A link that opens the line and says more than its
 * reference is the item's name: what follows it ("(02/07/2024)", a view count) is not.
 */
export function openingReference(item: Element): Opening | null {
  const line = firstLine(item);
  const link = item.querySelector('a[href]');
  const linked = link ? elementLine(link) : '';
  // A badge may stand on the first line, before the linked name ("Công văn", "Mới"; audit 27).
  const ofLink = linked !== '' && (line.includes(linked) || isBadge(line)) ? opening(linked) : null;
  if (ofLink && line.startsWith(linked) && LETTER.test(ofLink.text.slice(ofLink.reference.end))) {
    // "… Ban hành: 31/07/2024" after the link on its line dates it too (audit 36).
    const rest = line.slice(linked.length);
    // Only an issuing date's own label: "Ngày xuất bản", "Ngày áp dụng" … are others' (review 14).
    const date =
      DATE_ONLY.exec(rest)?.[1] ??
      (/^\s*(?:ngày\s+)?(?:ban hành|ký)\s*:/iu.test(rest) ? labeledFields(rest.trim())[0]?.[1] : undefined);
    return date ? { ...ofLink, date } : ofLink;
  }
  return opening(line) ?? ofLink ?? symbolLineBelow(item, line, linked);
}

/**
 * A card's badge: its document's type ("Công văn", "Thông tư liên tịch", "CV", "QĐ") or "Mới",
 * "New", "Hot": any word of two or three letters, as those and a type's initials are; or a type
 * beside a capitalised "Mới" ("Kế hoạch Mới", "Thông tưMới" in spans glued together; audits 118,
 * 138 and 154), the type in sentence case: not a box's heading ("Thông báo mới", "Thông Báo Mới",
 * "THÔNG BÁO MỚI" over its list; review 62).
 */
const BADGE = new RegExp(`^(?:(?:${TYPE_WORDS.join('|')})(?: lien tich)?|[a-z]{2,3})$`);
/** A capital, then no other, before "Mới": each class in brackets, as LETTER, to stay a literal in the build. */
const BEFORE_NEW = /^([\p{Lu}][\P{Lu}]*?) ?(?:Mới|New|Hot)\s*$/u;
const isBadge = (line: string) => BADGE.test(foldText(BEFORE_NEW.exec(line.trim())?.[1] ?? line).trim());

/**
 * A card headed by its subject gives its reference on a labelled line below ("Số: 45/KH-TA |
 * Ngày ban hành: …"): that line's opening, the heading as the title.
 */
function symbolLineBelow(item: Element, heading: string, linked: string): Opening | null {
  if (!LETTER.test(heading)) return null;
  // A <dl>'s linked name over its fields: the first <dd> after it (audit 120); not a group's label
  // in one document's fields ("Văn bản bị thay thế"; review 52).
  const next = item.localName === 'dt' && item.querySelector('a') && item.nextElementSibling;
  const text = next ? `\n${textStart(next, CARD_START)}` : textStart(item, CARD_START);
  // Or, under an item's linked name, a line that opens with the type and number ("Quyết định số
  // 166/QĐ-ĐHQG · ngày …"; audit 130).
  for (const line of text.split('\n').slice(1, SYMBOL_LINE_DEPTH)) {
    const found = symbolLabelLength(line) > 0 || linked === heading ? opening(line) : null;
    if (found) return { ...found, title: heading };
  }
  return null;
}

/**
 * One card as a row: its reference, link and heading (`name`), and its lines as written, from
 * which the background reads its fields (background/card-fields.ts), so that their readers are
 * not in the content script (DESIGN.md §6: its size budget).
 */
function readCard(item: Element, { reference, text: name, title, date }: Opening): ReportedRow {
  // A <dl>'s name reads with the fields its <dd>s give after it.
  const parts = [item];
  for (let dd = item.nextElementSibling; dd?.localName === 'dd'; dd = dd.nextElementSibling) parts.push(dd);
  return {
    reference,
    issuedDate: null,
    subject: null,
    issuingBody: null,
    url: firstWebLink(item),
    name,
    card: { lines: parts.flatMap((part) => elementText(part).split('\n')), title, date },
  };
}
