/**
 * Wires the background together. Every listener is added synchronously as the worker starts:
 * an MV3 service worker is woken by an event only if its listener exists by then.
 * @module
 */
import { browser } from 'wxt/browser';
import type { Message } from '../lib/messaging';
import { sessionItem } from '../lib/storage';
import { initBadge } from './badge';
import { followLanguage, onMenuClick, registerContextMenu } from './context-menu';
import { handleMessage } from './handlers';
import {
  NOTIFY_ALARM,
  onNotificationClicked,
  onSessionChanged,
  pollInbox,
  scheduleInboxPoll,
} from './notifications';
import { flushQueue, kickQueue } from './queue';
import { RETRY_ALARM, scheduleRetry } from './queue-store';
import { setSuccessListener } from './session';
import { onTabRemoved, onTabUpdated } from './tabs';

function logFailure(what: string) {
  return (error: unknown) => console.error(`Dispatch Tracker: ${what} failed`, error);
}

export function startBackground(): void {
  // Any signed-in call that succeeds means the server is back: send what waits.
  setSuccessListener(() => kickQueue());

  // sendResponse + `return true` works in every browser; returning a promise does not.
  browser.runtime.onMessage.addListener((message: Message, sender, sendResponse) => {
    handleMessage(message, sender.tab?.id, sender.frameId).then(sendResponse, (error: unknown) => {
      logFailure(`message ${message?.type}`)(error);
      sendResponse(undefined);
    });
    return true;
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETRY_ALARM) void flushQueue({ force: false }).catch(logFailure('retry'));
    if (alarm.name === NOTIFY_ALARM) void pollInbox().catch(logFailure('inbox poll'));
  });
  // Absent where the permission is not granted: the rest of the background must still start.
  browser.notifications?.onClicked.addListener((id) => {
    void onNotificationClicked(id).catch(logFailure('notification click'));
  });
  sessionItem.watch((session, previous) => {
    void onSessionChanged(session?.token ?? null, previous?.token ?? null).catch(logFailure('inbox poll'));
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void onTabRemoved(tabId).catch(logFailure('tab clean-up'));
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    void onTabUpdated(tabId, change).catch(logFailure('tab reset'));
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    void onMenuClick(info, tab).catch(logFailure('context-menu save'));
  });
  void registerContextMenu().catch(logFailure('context menu'));
  followLanguage();

  void initBadge().catch(logFailure('badge'));
  // Alarms may not survive a browser restart: set it again, and send what is already due.
  void flushQueue({ force: false })
    .then(() => scheduleRetry())
    .catch(logFailure('retry'));
  void scheduleInboxPoll().catch(logFailure('inbox poll'));
}
