/**
 * The toolbar badge: the number of distinct references on the tab, and for a few seconds after
 * a context-menu save, its outcome (✓ saved, … queued, ! failed) with the reason as the tooltip.
 * @module
 */
import { browser } from 'wxt/browser';

/** How long a save's outcome replaces the count on the badge. */
export const FLASH_MS = 4_000;

// MV3 browsers have `action`; Firefox MV2 has `browserAction`.
function action() {
  return browser.action ?? browser.browserAction;
}

/** The count, or nothing at all when there is nothing: an empty badge says "nothing here". */
export async function showCount(tabId: number, count: number): Promise<void> {
  await action().setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
}

/** The toolbar button's own tooltip, put back after a flash. */
function defaultTitle(): string {
  const manifest = browser.runtime.getManifest();
  return manifest.action?.default_title ?? manifest.browser_action?.default_title ?? manifest.name;
}

export type FlashKind = 'saved' | 'pending' | 'error';
const FLASH: Record<FlashKind, { text: string; color: string }> = {
  saved: { text: '✓', color: '#15803d' },
  pending: { text: '…', color: '#b45309' },
  error: { text: '!', color: '#b91c1c' },
};
/** The count's own colour, put back after a flash. */
const COUNT_COLOR = '#1d4ed8';

/**
 * Shows a save's outcome on the tab's badge, then puts the count back. The worker may be
 * stopped before the timer fires; the next scan of the page sets the count again anyway.
 */
export async function flash(tabId: number, kind: FlashKind, title: string, count: () => Promise<number>) {
  const { text, color } = FLASH[kind];
  await action().setBadgeBackgroundColor({ tabId, color });
  await action().setBadgeText({ tabId, text });
  await action().setTitle({ tabId, title });
  setTimeout(() => {
    void (async () => {
      await action().setBadgeBackgroundColor({ tabId, color: COUNT_COLOR });
      await action().setTitle({ tabId, title: defaultTitle() });
      await showCount(tabId, await count());
    })().catch(() => {
      // The tab closed meanwhile: nothing to restore.
    });
  }, FLASH_MS);
}

/** Once per start: the count's colour as the default for every tab. */
export async function initBadge(): Promise<void> {
  await action().setBadgeBackgroundColor({ color: COUNT_COLOR });
}
