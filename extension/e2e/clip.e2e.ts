/**
 * The clerk's story in real Chromium with the built extension, against the real worker:
 * sign in through the options page, open a news article, a document page, a listing and a
 * page that changes after load, check the badge and the popup, save, and check the API; then
 * save while the server is down and check the save lands exactly once when it is back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, ExtensionBrowser } from './harness/browser';
import { FixtureServer } from './harness/pages';
import { until } from './harness/until';
import { PASSWORD, TestWorker } from './harness/worker';

const PORT = 8797;

interface LookupAnswer {
  items: Array<{ key: string; id: number; symbol: string }>;
}

if (!chromiumAvailable()) console.info('Chromium not found at /usr/bin/chromium: end-to-end tests skipped');

describe.skipIf(!chromiumAvailable())('the clerk clips dispatches in Chromium', () => {
  const worker = new TestWorker(PORT);
  const pages = new FixtureServer();
  const browser = new ExtensionBrowser();
  let origin: string;
  let apiToken: string;

  beforeAll(async () => {
    await worker.prepare();
    await worker.start();
    origin = await pages.start();
    await browser.launch();
    apiToken = await worker.token('admin@e2e.vn');
  });

  afterAll(async () => {
    await browser.close();
    await pages.stop();
    await worker.dispose();
  });

  const tabs = new Map<string, number>();

  /** Opens a fixture page in a new tab and remembers the tab (it is active right now). */
  async function openPage(name: string) {
    const url = `${origin}/${name}`;
    const page = await browser.open(url);
    const tabId = await browser.tabId(url);
    tabs.set(name, tabId);
    return { page, tabId };
  }

  async function popupFor(name: string) {
    const tabId = tabs.get(name) ?? (await openPage(name)).tabId;
    const popup = await browser.open(browser.extensionUrl(`popup.html?tabId=${tabId}`));
    await popup.waitForSelector('[data-testid="ref"]');
    return { popup, tabId };
  }

  /** The tab's badge once it shows `expected`, or its last text after 30 s. */
  const badgeOnceSettled = (tabId: number, expected: string) =>
    until(
      () => browser.badge(tabId),
      (text) => text === expected,
      30_000,
    ).catch(() => browser.badge(tabId));

  const symbolsIn = (popup: Awaited<ReturnType<typeof popupFor>>['popup'], selector: string) =>
    popup.$$eval(selector, (elements) => elements.map((e) => e.getAttribute('data-symbol')));

  it('signs in through the options page', async () => {
    const options = await browser.open(browser.extensionUrl('options.html'));
    await options.fill('[name="serverUrl"]', worker.url);
    await options.fill('[name="email"]', 'vanthu@e2e.vn');
    await options.fill('[name="password"]', PASSWORD);
    await options.click('[data-testid="sign-in"]');
    const signedIn = await options.waitForSelector('[data-testid="signed-in-as"]');
    expect(await signedIn.textContent()).toContain('vanthu');
    await options.close();
  });

  it('counts the references of a news article, lists them once each and marks the primary', async () => {
    const { page, tabId } = await openPage('news-3944.html');
    expect(await badgeOnceSettled(tabId, '4')).toBe('4');
    // Highlighting never rewrites the page: the article's markup is as served, its script ran.
    expect(await page.evaluate(() => document.querySelectorAll('article mark, article span').length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pageScriptRan?: boolean }).pageScriptRan)).toBe(
      true,
    );

    const { popup } = await popupFor('news-3944.html');
    expect((await symbolsIn(popup, '[data-testid="ref"]')).sort()).toEqual(
      ['07/CT-BCA-V28', '1315/UBND-NC', '23/2012/TT-BCA-V28', '3944/UBND-NC'].sort(),
    );
    expect(await symbolsIn(popup, '[data-testid="primary"] [data-testid="ref"]')).toEqual(['3944/UBND-NC']);
    await popup.close();
  });

  it('saves the primary dispatch, which the API then returns with its fields', async () => {
    const { popup } = await popupFor('news-3944.html');
    await popup.click('[data-testid="primary"] [data-testid="save"]');
    await popup.waitForSelector('[data-testid="primary"] [data-testid="ref"][data-state="saved"]');
    const found = await worker.get<LookupAnswer>('/api/dispatches/lookup?keys=3944/UBND-NC', apiToken);
    expect(found.items).toHaveLength(1);
    const dispatch = await worker.get<Record<string, unknown>>(
      `/api/dispatches/${found.items[0]?.id}`,
      apiToken,
    );
    expect(dispatch).toMatchObject({
      symbol: '3944/UBND-NC',
      issuedDate: '2020-08-27',
      issuer: 'UBND',
      typeName: 'Công văn',
    });
    expect(String(dispatch.subject)).toContain('đẩy mạnh phong trào toàn dân bảo vệ ANTQ');
    await popup.close();
  });

  it('reads a portal document page and its header, skipping hidden text', async () => {
    await openPage('document-594.html');
    const { popup } = await popupFor('document-594.html');
    expect(await symbolsIn(popup, '[data-testid="primary"] [data-testid="ref"]')).toEqual(['594/KH-UBND']);
    const all = await symbolsIn(popup, '[data-testid="ref"]');
    expect(all.sort()).toEqual(['16/KH-HĐTĐKT', '19/CT-TTg', '594/KH-UBND'].sort());
    await popup.close();
  });

  it('reads a document shown in an iframe of the portal page as part of that page', async () => {
    const { page, tabId } = await openPage('framed-document.html');
    // The frame's three references and the page's own one, on one badge.
    expect(await badgeOnceSettled(tabId, '4')).toBe('4');
    const { popup } = await popupFor('framed-document.html');
    expect(await symbolsIn(popup, '[data-testid="primary"] [data-testid="ref"]')).toEqual(['594/KH-UBND']);
    const all = await symbolsIn(popup, '[data-testid="ref"]');
    expect(all.sort()).toEqual(['16/KH-HĐTĐKT', '19/CT-TTg', '3944/UBND-NC', '594/KH-UBND'].sort());
    await popup.close();
    // The frame removed, its references go with it: the page's own one is left.
    await page.evaluate(() => document.querySelector('iframe')?.remove());
    expect(await badgeOnceSettled(tabId, '1')).toBe('1');
  });

  it('lists the rows of a listing table and saves the checked ones', async () => {
    await openPage('listing.html');
    const { popup } = await popupFor('listing.html');
    expect(await popup.$$eval('[data-testid="row"]', (rows) => rows.length)).toBe(3);
    const rowSymbols = await symbolsIn(popup, '[data-testid="row"] [data-testid="ref"]');
    expect(rowSymbols).toEqual(['594/KH-UBND', '5928/KH-UBND', '415/QĐ-UBND']);
    const checkboxes = await popup.$$('[data-testid="row"] input[type="checkbox"]');
    await checkboxes[1]?.check();
    await checkboxes[2]?.check();
    await popup.click('[data-testid="save-selected"]');
    await popup.waitForSelector(
      '[data-testid="row"] [data-testid="ref"][data-symbol="415/QĐ-UBND"][data-state="saved"]',
    );
    const found = await worker.get<LookupAnswer>(
      '/api/dispatches/lookup?keys=5928/KH-UBND,415/QĐ-UBND',
      apiToken,
    );
    expect(found.items.map((item) => item.symbol).sort()).toEqual(['415/QĐ-UBND', '5928/KH-UBND']);
    const row = await worker.get<Record<string, unknown>>(
      `/api/dispatches/${found.items.find((item) => item.symbol === '5928/KH-UBND')?.id}`,
      apiToken,
    );
    expect(row).toMatchObject({ issuedDate: '2020-09-05', issuingBody: 'UBND thành phố' });
    await popup.close();
  });

  it('lists a list of document cards as rows with their labelled fields', async () => {
    await openPage('cards.html');
    const { popup } = await popupFor('cards.html');
    const rowSymbols = await symbolsIn(popup, '[data-testid="row"] [data-testid="ref"]');
    expect(rowSymbols).toEqual(['30/2020/NĐ-CP', '01/2011/TT-BNV', '15/2024/QĐ-UBND']);
    // A listing names other documents: none of them is the page's own.
    expect(await popup.$$('[data-testid="primary"] [data-testid="ref"]')).toHaveLength(0);
    const checkboxes = await popup.$$('[data-testid="row"] input[type="checkbox"]');
    await checkboxes[1]?.check();
    await popup.click('[data-testid="save-selected"]');
    await popup.waitForSelector(
      '[data-testid="row"] [data-testid="ref"][data-symbol="01/2011/TT-BNV"][data-state="saved"]',
    );
    const found = await worker.get<LookupAnswer>('/api/dispatches/lookup?keys=01/2011/TT-BNV', apiToken);
    const saved = await worker.get<Record<string, unknown>>(
      `/api/dispatches/${found.items[0]?.id}`,
      apiToken,
    );
    expect(saved).toMatchObject({
      issuedDate: '2011-01-19',
      issuingBody: 'Bộ Nội vụ',
      subject: 'Hướng dẫn thể thức và kỹ thuật trình bày văn bản hành chính',
    });
    expect(String(saved.sourceUrl)).toMatch(/\/van-ban\/01-2011\.html$/);
    await popup.close();
  });

  it('keeps up with a page that adds content after load', async () => {
    const { tabId } = await openPage('dynamic.html');
    expect(await badgeOnceSettled(tabId, '2')).toBe('2');
  });

  it('follows a single-page portal to its new address without a reload', async () => {
    const { page, tabId } = await openPage('dynamic.html');
    expect(await badgeOnceSettled(tabId, '2')).toBe('2');
    // Only the address changes: no mutation to rescan, the address watcher alone reports it.
    await page.evaluate(() => history.pushState({}, '', '/tin-moi.html?trang=2'));
    // The background forgets a tab's page when its address changes: the new one must be reported.
    expect(
      await until(
        () => browser.reportedUrl(tabId),
        (url) => url?.endsWith('/tin-moi.html?trang=2') ?? false,
        15_000,
      ),
    ).toBe(`${origin}/tin-moi.html?trang=2`);
  });

  it('queues a save made while the server is down and delivers it exactly once', async () => {
    await worker.stop();
    const { popup } = await popupFor('document-594.html');
    await popup.click('[data-testid="primary"] [data-testid="save"]');
    await popup.waitForSelector('[data-testid="primary"] [data-testid="ref"][data-state="pending"]');
    await popup.close();

    await worker.start();
    // Opening the popup asks the background to try its queue now (the alarm would, later).
    const again = await popupFor('document-594.html');
    await until(
      () => worker.get<LookupAnswer>('/api/dispatches/lookup?keys=594/KH-UBND', apiToken),
      (answer) => answer.items.length > 0,
      90_000,
    );
    await again.popup.close();
    const list = await worker.get<{ items: Array<{ symbol: string }> }>(
      '/api/dispatches?q=594&limit=100',
      apiToken,
    );
    expect(list.items.filter((item) => item.symbol === '594/KH-UBND')).toHaveLength(1);
  });
});
