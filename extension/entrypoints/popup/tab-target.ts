/**
 * Which tab the popup acts on: the one named by `?tabId=<id>` (so the popup can be opened in a
 * full tab, by the clerk or by a test, and still act on the page), otherwise the active tab of
 * the current window.
 * @module
 */

/** The tab id of `?tabId=<id>`, or null when absent or not a positive whole number. */
export function tabIdFromSearch(search: string): number | null {
  const value = new URLSearchParams(search).get('tabId');
  if (value === null || !/^\d{1,15}$/.test(value)) return null;
  const id = Number(value);
  return id > 0 ? id : null;
}

export async function resolveTabId(
  search: string,
  activeTabId: () => Promise<number | null>,
): Promise<number | null> {
  return tabIdFromSearch(search) ?? (await activeTabId());
}
