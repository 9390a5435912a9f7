/**
 * Debian's Firefox ESR with the built Firefox extension installed as a temporary add-on,
 * driven by puppeteer-core over WebDriver BiDi (playwright-core drives only its own patched
 * Firefox builds, which cannot be downloaded here).
 * @module
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT } from '../../../scripts/lib/d1';
import { FIREFOX_SETTINGS } from '../../manifest-firefox';
import { until } from './until';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION = join(ROOT, '.output', 'firefox-mv2');
/** The extension's internal UUID, fixed by a preference so that its pages have a known address. */
const EXTENSION_UUID = '7d1c6f2e-3a5b-4c8d-9e0f-1a2b3c4d5e6f';

export function firefoxAvailable(): boolean {
  return existsSync(FIREFOX);
}

export class FirefoxExtension {
  browser!: Browser;
  /** An extension page kept open to call the extension's APIs from (tabs, badge). */
  private control!: Page;

  async launch(): Promise<void> {
    this.browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      // Firefox 153 lets WebDriver navigate only to http(s), file, blob and about:blank unless it
      // is started with system access: the extension's own pages are moz-extension:// ones.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_SETTINGS.id]: EXTENSION_UUID }),
      },
    });
    await this.browser.installExtension(FIREFOX_EXTENSION);
    this.control = await this.open(this.extensionUrl('options.html'));
  }

  extensionUrl(path: string): string {
    return `moz-extension://${EXTENSION_UUID}/${path}`;
  }

  async open(url: string): Promise<Page> {
    const page = await this.browser.newPage();
    if (!url.startsWith('moz-extension:')) {
      await page.goto(url);
      return page;
    }
    // Firefox loads extension pages without the navigation events BiDi waits for: start the
    // navigation, then wait for the page itself.
    // (waitForFunction would build a Function, which the pages' CSP refuses: poll instead.)
    page.goto(url).catch(() => {});
    await until(
      () => page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => ''),
      (state) => state === `${url} complete`,
      15_000,
    );
    return page;
  }

  /** The id of the active tab, the page just opened (without `tabs`, tab URLs are not readable). */
  async activeTabId(): Promise<number> {
    return this.control.evaluate(async () => {
      const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
      if (tab?.id === undefined) throw new Error('no active tab');
      return tab.id;
    });
  }

  async badge(tabId: number): Promise<string> {
    return this.control.evaluate((id) => browser.browserAction.getBadgeText({ tabId: id }), tabId);
  }

  async close(): Promise<void> {
    await this.browser?.close();
  }
}

/*
 * On extension pages, puppeteer's element handles, locators and waitForSelector do not work in
 * Firefox (they run in a realm set up on navigation events that these pages do not send, or
 * build functions the pages' CSP refuses); page.evaluate does. These helpers use only it.
 */

/** Waits until `selector` matches in the page (15 s at most). */
export async function elementIn(page: Page, selector: string): Promise<void> {
  const found = await until(
    () => page.evaluate((s) => document.querySelector(s) !== null, selector),
    (present) => present,
    15_000,
  ).catch(() => false);
  if (!found) {
    const text = await page.evaluate(() => document.body?.textContent ?? '').catch(() => '(no page)');
    throw new Error(`${selector} did not appear; the page reads: ${text.slice(0, 500)}`);
  }
}

/** The text of the element `selector` matches, once there is one. */
export async function textOf(page: Page, selector: string): Promise<string> {
  await elementIn(page, selector);
  return page.evaluate((s) => document.querySelector(s)?.textContent ?? '', selector);
}

/** The `attribute` of every element `selector` matches. */
export function attributesOf(page: Page, selector: string, attribute: string): Promise<(string | null)[]> {
  return page.evaluate(
    (s, name) => Array.from(document.querySelectorAll(s), (element) => element.getAttribute(name)),
    selector,
    attribute,
  );
}

/**
 * Fills a field and fires its input event, as typing does, so the page's handlers see it (keys
 * sent through BiDi go to the focused tab, which is not always the page being driven).
 */
export async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await elementIn(page, selector);
  await page.evaluate(
    (s, value) => {
      const field = document.querySelector(s) as HTMLInputElement;
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    },
    selector,
    text,
  );
}

export async function clickOn(page: Page, selector: string): Promise<void> {
  await elementIn(page, selector);
  await page.evaluate((s) => (document.querySelector(s) as HTMLElement).click(), selector);
}
