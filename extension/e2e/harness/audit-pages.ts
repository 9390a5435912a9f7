/**
 * The page audits' pages (extension/content/testing/audit-pages.ts) in real Chromium: served on
 * 127.0.0.1 as whole documents, and read back as the popup gets them, from the background's
 * per-tab state once the page's scan has settled.
 * @module
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AuditPage } from '../../content/testing/audit-pages';
import type { PageScan } from '../../lib/page-scan';
import type { ExtensionBrowser } from './browser';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Serves page i of `pages` at /i; `close` stops the server. */
export async function serveAuditPages(
  pages: readonly AuditPage[],
): Promise<{ origin: string; close: () => void }> {
  const server = createServer((request, response) => {
    const page = pages[Number((request.url ?? '').slice(1))];
    if (!page) {
      response.writeHead(404).end();
      return;
    }
    response
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(
        `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(page.title)}</title></head><body>${page.html}</body></html>`,
      );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => server.close(),
  };
}

/** A scan unchanged over this many reads, READ_EVERY_MS apart, is the page's settled reading. */
const SETTLED_READS = 4;
const READ_EVERY_MS = 150;
const GIVE_UP_MS = 8_000;

/**
 * The tab's scan once it has stopped changing (or the last one read), looked at from `notBeforeMs`
 * after the call: a page that changes after load (audit 40) may sit still for a while first.
 */
export async function settledScan(
  browser: ExtensionBrowser,
  tabId: number,
  url: string,
  notBeforeMs = 0,
): Promise<PageScan | null> {
  await new Promise((resolve) => setTimeout(resolve, notBeforeMs));
  let last = '';
  let unchanged = 0;
  let scan: PageScan | null = null;
  for (const start = Date.now(); Date.now() - start < GIVE_UP_MS; ) {
    await new Promise((resolve) => setTimeout(resolve, READ_EVERY_MS));
    const read = await browser.background.evaluate(async (id: number) => {
      const key = `tab:${id}`; // the background's per-tab state (lib/storage.ts, tabStateItem)
      const state = (await chrome.storage.session.get(key))[key] as { scan?: unknown } | undefined;
      return (state?.scan ?? null) as PageScan | null;
    }, tabId);
    const current = read && read.url === url ? read : null;
    const json = JSON.stringify(current);
    unchanged = current && json === last ? unchanged + 1 : 0;
    last = json;
    scan = current;
    if (unchanged >= SETTLED_READS) break;
  }
  return scan;
}
