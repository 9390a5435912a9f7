/**
 * The little of the extension API the tests call inside the extension's service worker
 * (through playwright's `evaluate`), typed for the test code that sends it there.
 */
declare const chrome: {
  tabs: {
    query(filter: {
      active?: boolean;
      lastFocusedWindow?: boolean;
    }): Promise<Array<{ id?: number; url?: string }>>;
  };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
};
