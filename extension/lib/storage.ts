import { storage } from 'wxt/utils/storage';
import type { TabReferences } from './tab-references';

/**
 * What was found on a tab, kept in session storage so that it survives the background
 * service worker being stopped while the tab stays open. Cleared when the tab closes.
 */
export function tabReferencesItem(tabId: number) {
  return storage.defineItem<TabReferences>(`session:tab-references:${tabId}`);
}
