/**
 * Where each reference of a page goes in the popup. Every distinct reference key is shown
 * exactly once: in the primary block when it is the page's dispatch, in its listing row when a
 * row names it, otherwise in the list of other documents.
 * @module
 */
import type { DispatchDraft, DocumentReference } from '../../../shared/references';
import type { ListingRow, PageScan, ReferenceStatus, SaveState } from '../../lib/page-scan';

export interface PrimaryItem {
  draft: DispatchDraft;
  /**
   * The listing row naming the primary dispatch, when there is one (a listing page whose first
   * row the engine took for the page's dispatch): shown inside the primary block, so that the
   * reference still appears once and still sits inside a row.
   */
  row: ListingRow | null;
}

export interface PageItems {
  primary: PrimaryItem | null;
  /** Listing rows other than the primary's, one per key, page order. */
  rows: ListingRow[];
  /** References neither primary nor in a row, one per key, page order. */
  others: DocumentReference[];
  /** Every distinct key shown: what the badge counts. */
  count: number;
}

export function pageItems(scan: PageScan): PageItems {
  const shown = new Set<string>();
  const primaryKey = scan.primary?.key ?? null;
  if (primaryKey !== null) shown.add(primaryKey);

  let primaryRow: ListingRow | null = null;
  const rows: ListingRow[] = [];
  for (const row of scan.rows) {
    const key = row.reference.key;
    if (key === primaryKey && primaryRow === null) primaryRow = row;
    if (shown.has(key)) continue; // the same document listed twice is one document
    shown.add(key);
    rows.push(row);
  }

  const others: DocumentReference[] = [];
  for (const reference of scan.references) {
    if (shown.has(reference.key)) continue;
    shown.add(reference.key);
    others.push(reference);
  }

  return {
    primary: scan.primary ? { draft: scan.primary, row: primaryRow } : null,
    rows,
    others,
    count: shown.size,
  };
}

/**
 * The status to show for a key. The background's is the truth once it knows anything
 * (it moves pending to saved when the queue drains); until it does, the answer the popup got
 * to its own save stands in, so a save shows at once rather than at the next refresh.
 */
export function statusOf(
  key: string,
  background: Readonly<Record<string, ReferenceStatus>>,
  local: Readonly<Record<string, ReferenceStatus>>,
): ReferenceStatus {
  const known = background[key];
  if (known && known.state !== 'new') return known;
  return local[key] ?? known ?? { key, state: 'new', dispatchId: null, error: null };
}

/** Saved and waiting documents cannot be saved again from the popup (no double queueing). */
export function canSave(state: SaveState): boolean {
  return state === 'new' || state === 'error';
}
