/**
 * The clerk's core story in Firefox (Debian's ESR) with the built Firefox extension: sign in
 * through the options page, open the news article, check the badge, the highlights and the
 * popup's list, save the primary dispatch and find it through the API. The Chromium files
 * cover the rest; this one shows the Firefox build works, not only that it builds.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  attributesOf,
  clickOn,
  elementIn,
  FirefoxExtension,
  firefoxAvailable,
  textOf,
  typeInto,
} from './harness/firefox';
import { FixtureServer } from './harness/pages';
import { until } from './harness/until';
import { PASSWORD, TestWorker } from './harness/worker';

const PORT = 8799;

if (!firefoxAvailable())
  console.info('Firefox not found at /usr/bin/firefox-esr: Firefox end-to-end tests skipped');

describe.skipIf(!firefoxAvailable())('the clerk clips a dispatch in Firefox', () => {
  const worker = new TestWorker(PORT);
  const pages = new FixtureServer();
  const firefox = new FirefoxExtension();
  let origin: string;
  let articleTab: number;

  beforeAll(async () => {
    await worker.prepare();
    await worker.start();
    origin = await pages.start();
    await firefox.launch();
  });

  afterAll(async () => {
    await firefox.close();
    await pages.stop();
    await worker.dispose();
  });

  const symbolsIn = (page: Page, selector: string) => attributesOf(page, selector, 'data-symbol');

  it('signs in through the options page', async () => {
    const options = await firefox.open(firefox.extensionUrl('options.html'));
    await typeInto(options, '[name="serverUrl"]', worker.url);
    await typeInto(options, '[name="email"]', 'vanthu@e2e.vn');
    await typeInto(options, '[name="password"]', PASSWORD);
    await clickOn(options, '[data-testid="sign-in"]');
    expect(await textOf(options, '[data-testid="signed-in-as"]')).toContain('vanthu');
    await options.close();
  });

  it('counts and highlights the references of a news article', async () => {
    const page = await firefox.open(`${origin}/news-3944.html`);
    articleTab = await firefox.activeTabId();
    const badge = await until(
      () => firefox.badge(articleTab),
      (text) => text === '4',
      30_000,
    ).catch(() => firefox.badge(articleTab));
    expect(badge).toBe('4');
    // Painted with the CSS Custom Highlight API, the page's markup untouched.
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(1);
    expect(await page.evaluate(() => document.querySelectorAll('article mark, article span').length)).toBe(0);
  });

  it('lists them in the popup, saves the primary dispatch, and the API has it', async () => {
    const popup = await firefox.open(firefox.extensionUrl(`popup.html?tabId=${articleTab}`));
    await elementIn(popup, '[data-testid="ref"]');
    expect((await symbolsIn(popup, '[data-testid="ref"]')).sort()).toEqual(
      ['07/CT-BCA-V28', '1315/UBND-NC', '23/2012/TT-BCA-V28', '3944/UBND-NC'].sort(),
    );
    expect(await symbolsIn(popup, '[data-testid="primary"] [data-testid="ref"]')).toEqual(['3944/UBND-NC']);
    await clickOn(popup, '[data-testid="primary"] [data-testid="save"]');
    await elementIn(popup, '[data-testid="primary"] [data-testid="ref"][data-state="saved"]');

    const token = await worker.token('admin@e2e.vn');
    const found = await worker.get<{ items: Array<{ id: number }> }>(
      '/api/dispatches/lookup?keys=3944/UBND-NC',
      token,
    );
    expect(found.items).toHaveLength(1);
    expect(await worker.get(`/api/dispatches/${found.items[0]?.id}`, token)).toMatchObject({
      symbol: '3944/UBND-NC',
      issuedDate: '2020-08-27',
      typeName: 'Công văn',
    });
    await popup.close();
  });
});
