/**
 * The little of the extension API the tests call inside the extension's service worker
 * (through playwright's `evaluate`), typed for the test code that sends it there.
 */
declare const chrome: {
  tabs: { query(filter: Record<string, never>): Promise<Array<{ id?: number; url?: string }>> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
};
