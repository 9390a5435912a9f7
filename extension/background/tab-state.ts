/**
 * Per-tab state: the page's latest scan and where each of its references stands with the
 * server. Kept in storage.session (it outlives the MV3 worker, not the browser), changed only
 * under the tab's lock, dropped when the tab closes or navigates away.
 * @module
 */
import type { QueuedSave } from '../lib/messaging';
import type { PageScan, ReferenceStatus, TabState } from '../lib/page-scan';
import { tabStateItem } from '../lib/storage';
import { showCount } from './badge';
import { mergeFrameScans, TOP_FRAME } from './frame-scans';
import { withLock } from './lock';

const lockName = (tabId: number) => `tab:${tabId}`;

/**
 * Every distinct reference key of a scan, page order: the references, then any row or primary
 * dispatch the content script did not also list among them.
 */
export function scanKeys(scan: PageScan): string[] {
  const keys = new Set<string>();
  for (const reference of scan.references) keys.add(reference.key);
  for (const row of scan.rows) keys.add(row.reference.key);
  if (scan.primary) keys.add(scan.primary.key);
  return [...keys];
}

/** The issued date the page gives each key, if any: "saved" must be the same document, not a namesake. */
export function scanDates(scan: PageScan): Map<string, string | null> {
  const dates = new Map<string, string | null>();
  const note = (key: string, date: string | null) => {
    if (date || !dates.has(key)) dates.set(key, date);
  };
  for (const reference of scan.references) note(reference.key, reference.issuedDate);
  for (const row of scan.rows) note(row.reference.key, row.issuedDate ?? row.reference.issuedDate);
  if (scan.primary) note(scan.primary.key, scan.primary.issuedDate);
  return dates;
}

export function readTabState(tabId: number): Promise<TabState | null> {
  return tabStateItem(tabId).getValue();
}

/**
 * Keeps a new scan of one of the tab's frames and shows the page's count. A rescan of the same
 * page keeps what is known of its references; another URL starts afresh. A frame's new scan
 * replaces its previous one; the tab's navigation (resetTab) forgets them all.
 */
export function recordScan(tabId: number, scan: PageScan, frameId = TOP_FRAME): Promise<TabState> {
  return withLock(lockName(tabId), async () => {
    const previous = await tabStateItem(tabId).getValue();
    const frames = {
      ...(previous?.frames ?? (previous ? { [TOP_FRAME]: previous.scan } : {})),
      [frameId]: scan,
    };
    const merged = mergeFrameScans(frames);
    const keys = scanKeys(merged);
    const statuses: Record<string, ReferenceStatus> = {};
    if (previous && previous.scan.url === merged.url) {
      for (const key of keys) {
        const known = previous.statuses[key];
        if (known) statuses[key] = known;
      }
    }
    const state: TabState = { scan: merged, frames, statuses };
    await tabStateItem(tabId).setValue(state);
    await showCount(tabId, keys.length);
    return state;
  });
}

/**
 * Records what is now known of some references of the tab (a lookup's answer, a save's
 * outcome). Nothing happens if the tab has no state: it closed or was never scanned.
 */
export function updateStatuses(tabId: number, updates: readonly ReferenceStatus[]): Promise<void> {
  if (updates.length === 0) return Promise.resolve();
  return withLock(lockName(tabId), async () => {
    const state = await tabStateItem(tabId).getValue();
    if (!state) return;
    const statuses = { ...state.statuses };
    for (const update of updates) statuses[update.key] = update;
    await tabStateItem(tabId).setValue({ ...state, statuses });
  });
}

/** Forgets the server's answers for a tab (another user signed in and may see other things). */
export function forgetStatuses(tabId: number): Promise<void> {
  return withLock(lockName(tabId), async () => {
    const state = await tabStateItem(tabId).getValue();
    if (state) await tabStateItem(tabId).setValue({ ...state, statuses: {} });
  });
}

export function clearTab(tabId: number): Promise<void> {
  return withLock(lockName(tabId), () => tabStateItem(tabId).removeValue());
}

/** Another page is loading in the tab: the old page's state and count go, in one step. */
export function resetTab(tabId: number): Promise<void> {
  return withLock(lockName(tabId), async () => {
    await tabStateItem(tabId).removeValue();
    await showCount(tabId, 0);
  });
}

/**
 * The tab's state as the popup shows it: a save still in the queue is 'pending' (or 'error'
 * once the server refused it) until it lands, whatever the last lookup said.
 */
export function withQueue(state: TabState, queue: readonly QueuedSave[]): TabState {
  const keys = new Set(scanKeys(state.scan));
  const statuses = { ...state.statuses };
  for (const entry of queue) {
    if (!keys.has(entry.key) || statuses[entry.key]?.state === 'saved') continue;
    statuses[entry.key] =
      entry.state === 'error'
        ? { key: entry.key, state: 'error', dispatchId: null, error: entry.lastError }
        : { key: entry.key, state: 'pending', dispatchId: null, error: null };
  }
  return { ...state, statuses };
}
