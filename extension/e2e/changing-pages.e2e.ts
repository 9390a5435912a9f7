/**
 * Pages that change after load, in real Chromium with the built extension (audit 40, written
 * blind): a listing filled from a script's data or swapped for its second page, cards appended,
 * rows filtered out or re-sorted, a document page rendered client-side or moved out of a
 * <template>, a news body injected late, a symbol corrected in place beside a ticking counter.
 * Each page's settled scan, as the popup gets it, must read as its expectation says but for the
 * differences listed in KNOWN_DIFFERENCES. Their scripts do not run in happy-dom, so these pages
 * are not in the happy-dom page audit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditDifferences } from '../content/testing/audit-differences';
import { KNOWN_DIFFERENCES } from '../content/testing/audit-known-differences';
import { readAuditPages } from '../content/testing/audit-pages';
import { serveAuditPages, settledScan } from './harness/audit-pages';
import { chromiumAvailable, ExtensionBrowser } from './harness/browser';

const PAGES = readAuditPages(new URL('./pages/changing-pages.jsonl', import.meta.url));

/** Every page's last change comes within 1.5 s of its load; its scan is read after that. */
const CHANGES_DONE_MS = 2_000;

describe.skipIf(!chromiumAvailable())('pages that change after load, in Chromium', () => {
  const browser = new ExtensionBrowser();
  let server: Awaited<ReturnType<typeof serveAuditPages>>;

  beforeAll(async () => {
    server = await serveAuditPages(PAGES);
    await browser.launch();
  });

  afterAll(async () => {
    await browser.close();
    server?.close();
  });

  it('holds the audit’s fourteen pages', () => {
    expect(PAGES.length).toBe(14);
  });

  it.each(PAGES.map((page, index) => [page.id, page, index] as const))('%s', async (_id, page, index) => {
    const url = `${server.origin}/${index}`;
    const tab = await browser.open(url);
    const scan = await settledScan(browser, await browser.tabId(url), url, CHANGES_DONE_MS);
    await tab.close();
    expect(auditDifferences(page, scan)).toEqual(KNOWN_DIFFERENCES[page.id] ?? []);
  });
});
