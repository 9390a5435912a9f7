/**
 * The page audits in real Chromium, through the built extension: each page of
 * extension/content/testing/audit-pages.jsonl served on 127.0.0.1, its scan read from the
 * background's per-tab state (what the popup shows), and its differences from the expectation
 * compared with those the happy-dom page test holds it to (KNOWN_DIFFERENCES). What this finds
 * is where happy-dom and a real browser part: style sheets, layout, `<details>`, page scripts.
 *
 *   npm run build && npm run audit:chromium [-- <id pattern>]
 *
 * Not part of `npm test` (about a minute per seventy pages); the README has its last run.
 */
import { existsSync } from 'node:fs';
import { auditDifferences } from '../extension/content/testing/audit-differences';
import { KNOWN_DIFFERENCES } from '../extension/content/testing/audit-known-differences';
import { readAuditPages } from '../extension/content/testing/audit-pages';
import { serveAuditPages, settledScan } from '../extension/e2e/harness/audit-pages';
import { EXTENSION, ExtensionBrowser } from '../extension/e2e/harness/browser';

async function main(): Promise<void> {
  if (!existsSync(`${EXTENSION}/manifest.json`))
    throw new Error('no build in .output/chrome-mv3: npm run build');
  const pattern = process.argv[2] ? new RegExp(process.argv[2]) : null;
  const pages = readAuditPages();
  const chosen = pages.filter((page) => !pattern || pattern.test(page.id));
  const { origin, close } = await serveAuditPages(pages);
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
