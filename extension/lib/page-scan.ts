/**
 * What the content script reports about a page, and what the background keeps per tab:
 * the contract between the extension's parts (content script → background → popup).
 * @module
 */
import type { DispatchDraft, DocumentReference } from '../../shared/references';

/** One row of a listing: a table's ("Số/Ký hiệu | Ngày ban hành | Trích yếu | Cơ quan ban hành") or a card's. */
export interface ListingRow {
  /** The row's reference, as the engine read it from the row's symbol cell. */
  reference: DocumentReference;
  issuedDate: string | null;
  subject: string | null;
  issuingBody: string | null;
  /** Absolute URL of the row's link (the document page), or null. */
  url: string | null;
}

/**
 * A reference as the content script reports it: without its issued date, with the text around
 * it (`around`, the reference starting at `at` in it), from which the background reads the date
 * (background/reference-completion.ts). The date readers are thus not in the content script, which
 * has a size budget (DESIGN.md §6).
 */
export type ReportedReference = DocumentReference & { around?: string; at?: number };

/**
 * A listing row as the content script reports it. `name`: the row's "Tên văn bản" cell, when
 * the listing has no symbol column of its own ("Quyết định số 15/2024/QĐ-UBND về việc …"), or a
 * list item's heading (content/listing-cards.ts): the background reads the row's document,
 * subject, date and issuing body from it (background/page-reading.ts), so that the content
 * script does not carry `extractDispatch`. Each field the row gives itself (a column, a
 * labelled "Trích yếu:") wins over what the name says.
 */
export interface ReportedRow extends ListingRow {
  reference: ReportedReference;
  name?: string;
  /**
   * The subject when neither the row (`subject`) nor its name gives one: a card's first line
   * after its heading, which may be a teaser ("Sở Nội vụ đề nghị …") or a "Xem thêm" as well
   * as the document's subject. Not kept in the `ListingRow` the background reads.
   */
  fallbackSubject?: string;
  /**
   * A date a card shows with no label saying what it is (a line of its own, or right after its
   * name): the document's date more often than not, so it dates the row when nothing else does.
   */
  fallbackDate?: string;
  /**
   * The text of a one-cell row heading the row's group in its table ("HỘI ĐỒNG NHÂN DÂN TỈNH" in
   * a Công báo's contents): its issuing body when the background reads it as a body's name.
   */
  group?: string;
  /** The row is in a sidebar box beside the page's main content ("Văn bản mới"). */
  aside?: boolean;
  /**
   * The row is in a box headed as related documents ("Văn bản liên quan", "Tin liên quan"): the
   * portal's beside a news report about its own dispatch (background/page-reading.ts).
   */
  related?: boolean;
  /** A date cell's text the content script read no date in ("October 24, 2024"), for the background. */
  dateText?: string;
  /** A card's text, whose fields the background reads (background/card-fields.ts). */
  card?: CardText;
}

/** A listing card's text as the content script reports it (content/listing-cards.ts). */
export interface CardText {
  /** The card's lines, its heading's among them, as rendered. */
  lines: string[];
  /** The heading above a symbol line ("Số: 45/KH-TA | …"): the card's subject. */
  title?: string;
  /** A date alone after the card's name on its line, or cut from its end in brackets. */
  date?: string;
}

/**
 * content script → background, after each (incremental) scan of a frame: what the page shows,
 * before the background reads its primary dispatch (background/page-reading.ts).
 */
export interface PageReport {
  url: string;
  title: string;
  /** Every distinct reference on the page (one per key, first occurrence, page order). */
  references: ReportedReference[];
  /** The page's main text, one block a line, bounded (content/main-text.ts). */
  mainText: string;
  /** Rows of listings (tables and cards), in page order. */
  rows: ReportedRow[];
}

/** A page as the background keeps it and the popup shows it: a frame's report, read. */
export interface PageScan {
  url: string;
  title: string;
  /** Every distinct reference on the page (one per key, first occurrence, page order). */
  references: DocumentReference[];
  /** The page's primary dispatch (a document page or an article about one), or null. */
  primary: DispatchDraft | null;
  /**
   * Whether the primary dispatch is the one a document header gives ("Số: 594/KH-UBND"): what
   * decides between the primaries of a page and of its frames (background/frame-scans.ts).
   */
  primaryInHeader?: boolean;
  /** Rows of listings (tables and cards), in page order. */
  rows: ListingRow[];
}

/** Where a reference stands with the server, as the popup shows it. */
export type SaveState = 'new' | 'saved' | 'pending' | 'error';

export interface ReferenceStatus {
  key: string;
  state: SaveState;
  /** The recorded dispatch, once saved. */
  dispatchId: number | null;
  /** Why the last save failed (shown to the user), when state is 'error'. */
  error: string | null;
}

/** What the background keeps per tab (storage.session) and the popup reads. */
export interface TabState {
  /** The page as one: its frames' scans merged (background/frame-scans.ts). */
  scan: PageScan;
  /** Each frame's own scan, by frame id (0: the top document); absent in older states. */
  frames?: Record<string, PageScan>;
  /** By reference key. */
  statuses: Record<string, ReferenceStatus>;
}
