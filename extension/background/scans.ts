/**
 * A page's scan arriving from the content script, and the popup asking about the tab: the
 * scan is kept and counted on the badge at once; the server is asked afterwards (signed in
 * only) which of the page's references it already has.
 * @module
 */
import type { PageScan, TabState } from '../lib/page-scan';
import { sessionItem } from '../lib/storage';
import { withLock } from './lock';
import { lookupStatuses } from './lookup';
import { readQueue } from './queue-store';
import { readTabState, recordScan, scanDates, updateStatuses, withQueue } from './tab-state';

/** The popup waits this long at most for the server's "already saved" answer. */
const POPUP_LOOKUP_TIMEOUT_MS = 3_000;

/**
 * Asks the server about the tab's references: those it was never asked about, or (`all`)
 * every one it has not already said it has. One lookup at a time per tab, so a burst of
 * rescans asks about each new key once.
 */
function refreshStatuses(tabId: number, { all, timeoutMs }: { all: boolean; timeoutMs?: number }) {
  return withLock(`lookup:${tabId}`, async () => {
    const state = await readTabState(tabId);
    if (!state || !(await sessionItem.getValue())) return;
    const dates = scanDates(state.scan);
    for (const key of [...dates.keys()]) {
      const known = state.statuses[key];
      if (known && (!all || known.state === 'saved')) dates.delete(key);
    }
    if (dates.size === 0) return;
    const statuses = await lookupStatuses(dates, { timeoutMs });
    // "Not recorded" says nothing new about a save the server refused: its reason stays shown.
    const news = statuses?.filter((s) => s.state === 'saved' || state.statuses[s.key]?.state !== 'error');
    if (news) await updateStatuses(tabId, news);
  });
}

/** `frameId`: which frame of the tab scanned (0, the default: the top document). */
export async function onPageScanned(tabId: number, scan: PageScan, frameId?: number): Promise<void> {
  await recordScan(tabId, scan, frameId);
  // Not awaited: the content script has no use for the answer.
  void refreshStatuses(tabId, { all: false }).catch((error: unknown) =>
    console.error('Dispatch Tracker: lookup failed', error),
  );
}

/** The tab as the popup shows it, with the server's latest word and the queue's saves. */
export async function tabStateForPopup(tabId: number): Promise<TabState | null> {
  if (!(await readTabState(tabId))) return null;
  await refreshStatuses(tabId, { all: true, timeoutMs: POPUP_LOOKUP_TIMEOUT_MS });
  const state = await readTabState(tabId);
  return state ? withQueue(state, await readQueue()) : null;
}
