/**
 * Opening the extension's own pages in a tab (the dashboard from the popup and side panel, the
 * side panel's page from a notification).
 * @module
 */
import { browser } from 'wxt/browser';

export type ExtensionPage = '/dashboard.html' | '/sidepanel.html';

/**
 * The page's URL. WXT types `getURL` with the paths `wxt prepare` generates, which the
 * type-check does not run (imports: false), hence the plain signature here.
 */
export function extensionPageUrl(path: ExtensionPage): string {
  return (browser.runtime as unknown as { getURL(path: string): string }).getURL(path);
}

export async function openExtensionPage(path: ExtensionPage): Promise<void> {
  await browser.tabs.create({ url: extensionPageUrl(path) });
}
