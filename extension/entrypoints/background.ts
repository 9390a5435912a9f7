import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { Message, MessageResponse } from '../lib/messaging';
import { tabReferencesItem } from '../lib/storage';

export default defineBackground(() => {
  // MV3 browsers have `action`; Firefox MV2 has `browserAction`.
  const action = browser.action ?? browser.browserAction;

  async function handle(message: Message, tabId: number | undefined) {
    switch (message.type) {
      case 'references-found': {
        if (tabId === undefined) return undefined;
        const { count, symbols } = message;
        await tabReferencesItem(tabId).setValue({ count, symbols });
        await action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
        return undefined satisfies MessageResponse<'references-found'>;
      }
      case 'get-tab-references':
        return (await tabReferencesItem(
          message.tabId,
        ).getValue()) satisfies MessageResponse<'get-tab-references'>;
    }
  }

  // sendResponse + `return true` works in every browser; returning a promise does not.
  browser.runtime.onMessage.addListener((message: Message, sender, sendResponse) => {
    handle(message, sender.tab?.id).then(sendResponse, (error: unknown) => {
      console.error('Dispatch Tracker: message failed', message.type, error);
      sendResponse(undefined);
    });
    return true;
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void tabReferencesItem(tabId).removeValue();
  });
});
