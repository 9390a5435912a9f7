import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { Message, MessageResponse, MessageType } from '../lib/messaging';
import { tabReferencesItem } from '../lib/storage';

export default defineBackground(() => {
  // MV3 browsers have `action`; Firefox MV2 has `browserAction`.
  const action = browser.action ?? browser.browserAction;

  async function handle(message: Message, tabId: number | undefined): Promise<MessageResponse<MessageType>> {
    switch (message.type) {
      case 'references-found': {
        if (tabId === undefined) return undefined;
        const { count, symbols } = message;
        await tabReferencesItem(tabId).setValue({ count, symbols });
        await action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
        return undefined;
      }
      case 'get-tab-references':
        return tabReferencesItem(message.tabId).getValue();
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
