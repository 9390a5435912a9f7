/**
 * The page audits in real Chromium, through the built extension: each page of
 * extension/content/testing/audit-pages.jsonl served on 127.0.0.1, its scan read from the
 * background's per-tab state (what the popup shows), and its differences from the expectation
 * compared with those the happy-dom page test holds it to (KNOWN_DIFFERENCES). What this finds
 * is where happy-dom and a real browser part: style sheets, layout, `<details>`, page scripts.
 *
 *   npm run build && npm run audit:chromium [-- <id pattern>]
 *
 * Not part of `npm test` (about a minute per seventy pages); BENCHMARKS.md has its last run.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { auditDifferences } from '../extension/content/testing/audit-differences';
import { KNOWN_DIFFERENCES } from '../extension/content/testing/audit-known-differences';
import { type AuditPage, readAuditPages } from '../extension/content/testing/audit-pages';
import { EXTENSION, ExtensionBrowser } from '../extension/e2e/harness/browser';
import type { PageScan } from '../extension/lib/page-scan';

/** A scan unchanged over this many reads, 150 ms apart, is the page's settled reading. */
const SETTLED_READS = 4;
const READ_EVERY_MS = 150;
const GIVE_UP_MS = 8_000;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function pageHtml(page: AuditPage): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(page.title)}</title></head><body>${page.html}</body></html>`;
}

async function serve(pages: AuditPage[]): Promise<{ origin: string; close: () => void }> {
  const server = createServer((request, response) => {
    const page = pages[Number((request.url ?? '').slice(1))];
    if (!page) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pageHtml(page));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => server.close(),
  };
}

/** The tab's scan once it has stopped changing, or the last one read. */
async function settledScan(browser: ExtensionBrowser, tabId: number, url: string): Promise<PageScan | null> {
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

async function main(): Promise<void> {
  if (!existsSync(`${EXTENSION}/manifest.json`))
    throw new Error('no build in .output/chrome-mv3: npm run build');
  const pattern = process.argv[2] ? new RegExp(process.argv[2]) : null;
  const pages = readAuditPages();
  const chosen = pages.filter((page) => !pattern || pattern.test(page.id));
  const { origin, close } = await serve(pages);
  const browser = new ExtensionBrowser();
  await browser.launch();
  const parted: string[] = [];
  try {
    const tab = await browser.context.newPage();
    for (const page of chosen) {
      const url = `${origin}/${pages.indexOf(page)}`;
      await tab.goto(url, { waitUntil: 'load' });
      const found = auditDifferences(page, await settledScan(browser, await browser.tabId(url), url));
      const known = KNOWN_DIFFERENCES[page.id] ?? [];
      if (JSON.stringify(found) !== JSON.stringify(known)) {
        parted.push(
          `${page.id}\n    happy-dom: ${JSON.stringify(known)}\n    Chromium:  ${JSON.stringify(found)}`,
        );
      }
      process.stdout.write(found.length === 0 ? '.' : 'x');
    }
  } finally {
    await browser.close();
    close();
  }
  console.log(`\n\n${chosen.length} audit pages in Chromium through the built extension`);
  console.log(`read as in happy-dom: ${chosen.length - parted.length}; otherwise: ${parted.length}`);
  for (const line of parted) console.log(`  ${line}`);
}

await main();
