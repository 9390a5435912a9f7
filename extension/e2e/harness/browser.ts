/**
 * Debian's Chromium with the built extension loaded, driven by playwright-core.
 * @module
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { ROOT } from '../../../scripts/lib/d1';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION = join(ROOT, '.output', 'chrome-mv3');

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

export class ExtensionBrowser {
  private readonly profile = mkdtempSync(join(tmpdir(), 'dispatch-e2e-chromium-'));
  context!: BrowserContext;
  background!: Worker;
  extensionId!: string;
  /** What the extension pages' Content Security Policy refused, as Chromium reported it. */
  readonly cspViolations: string[] = [];

  async launch(): Promise<void> {
    this.context = await chromium.launchPersistentContext(this.profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--disable-extensions-except=${EXTENSION}`,
        `--load-extension=${EXTENSION}`,
      ],
    });
    this.context.on('page', (page) =>
      page.on('console', (message) => {
        if (message.text().includes('Content Security Policy')) this.cspViolations.push(message.text());
      }),
    );
    this.background = this.context.serviceWorkers()[0] ?? (await this.context.waitForEvent('serviceworker'));
    this.extensionId = new URL(this.background.url()).host;
  }

  extensionUrl(path: string): string {
    return `chrome-extension://${this.extensionId}/${path}`;
  }

  async open(url: string): Promise<Page> {
    const page = await this.context.newPage();
    await page.goto(url);
    return page;
  }

  /**
   * The id of the tab showing `url`, from the extension's side. Without the `tabs`
   * permission the extension cannot read tab URLs, so the page must be the one just opened:
   * it is the active tab.
   */
  async tabId(url: string): Promise<number> {
    return this.background.evaluate(async (target) => {
      const tabs = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      const tab = tabs.find((t) => t.url === undefined || t.url === target);
      if (tab?.id === undefined) throw new Error(`no active tab showing ${target}`);
      return tab.id;
    }, url);
  }

  async badge(tabId: number): Promise<string> {
    return this.background.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  }

  /** The address of the tab's page as the background last heard it from the content script. */
  async reportedUrl(tabId: number): Promise<string | null> {
    return this.background.evaluate(async (id) => {
      const key = `tab:${id}`; // the background's per-tab state (lib/storage.ts, tabStateItem)
      const state = (await chrome.storage.session.get(key))[key] as { scan?: { url?: string } } | undefined;
      return state?.scan?.url ?? null;
    }, tabId);
  }

  async close(): Promise<void> {
    await this.context?.close();
    rmSync(this.profile, { recursive: true, force: true });
  }
}
