/**
 * The little of Firefox's extension API (MV2: `browserAction`) the tests call inside an
 * extension page (through puppeteer's `evaluate`), typed for the test code that sends it there.
 */
declare const browser: {
  tabs: {
    query(filter: { active?: boolean; lastFocusedWindow?: boolean }): Promise<Array<{ id?: number }>>;
  };
  browserAction: { getBadgeText(details: { tabId: number }): Promise<string> };
};
