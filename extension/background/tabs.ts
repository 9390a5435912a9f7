/**
 * Tabs coming and going: a closed tab's state is dropped; a tab that starts loading another
 * page loses the old page's count at once (the new page's scan, if any, brings its own).
 * @module
 */
import { storage } from 'wxt/utils/storage';
import { clearTab, forgetStatuses, resetTab } from './tab-state';

/** The ids of the tabs with a state (each kept under `tab:<id>` in storage.session). */
async function trackedTabs(): Promise<number[]> {
  const keys = Object.keys(await storage.snapshot('session'));
  return keys.flatMap((key) => {
    const match = /^tab:(\d+)$/.exec(key);
    return match ? [Number(match[1])] : [];
  });
}

/** After a sign-in or sign-out: every tab's "already saved" marks belonged to the previous user. */
export async function forgetAllStatuses(): Promise<void> {
  await Promise.all((await trackedTabs()).map((tabId) => forgetStatuses(tabId)));
}

export async function onTabRemoved(tabId: number): Promise<void> {
  await clearTab(tabId);
}

/**
 * `status: 'loading'` is a navigation or a reload of the tab (same-document changes, such as
 * a single-page app's pushState, do not load). The content script scans the new page after.
 */
export async function onTabUpdated(tabId: number, change: { status?: string }): Promise<void> {
  if (change.status !== 'loading') return;
  await resetTab(tabId);
}
