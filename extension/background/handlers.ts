/**
 * The background's answer to every message of the contract (lib/messaging.ts), one case each.
 * @module
 */
import type { Message, MessageResponse, MessageType } from '../lib/messaging';
import { adminHandlers } from './admin';
import { exportFile, getDispatchStatus, getOverview, searchDispatches } from './dashboard';
import { dispatchActionHandlers } from './dispatch-actions';
import { acknowledge, getDispatch, getInbox, getTask, showWaiting, updateTask } from './inbox';
import { getOrganisation } from './organisation';
import { readPageReport } from './page-reading';
import { flushQueue, removeQueued } from './queue';
import { readQueue } from './queue-store';
import { saveDrafts } from './save';
import { onPageScanned, tabStateForPopup } from './scans';
import { describeFailure, getSession, signIn, signOut, withApi } from './session';
import { forgetAllStatuses } from './tabs';
import { trackingHandlers } from './tracking';

/** The dashboard areas' messages, each answered by its own module. */
const areaHandlers: Record<string, ((request: never) => Promise<unknown>) | undefined> = {
  ...adminHandlers,
  ...trackingHandlers,
  ...dispatchActionHandlers,
};

/** `tabId`, `frameId`: the tab and frame of the sender, for messages from a content script. */
export async function handleMessage(
  message: Message,
  tabId: number | undefined,
  frameId?: number,
): Promise<MessageResponse<MessageType>> {
  switch (message.type) {
    case 'page-scanned':
      if (tabId !== undefined) await onPageScanned(tabId, readPageReport(message.report), frameId);
      return undefined;
    case 'get-tab-state':
      return tabStateForPopup(message.tabId);
    case 'save':
      return saveDrafts(message);
    case 'distribute': {
      const { dispatchId, unitIds, groupIds } = message;
      const result = await withApi((api) => api.distribute(dispatchId, { unitIds, groupIds }));
      return result.ok ? { ok: true } : { ok: false, error: await describeFailure(result) };
    }
    case 'get-organisation':
      return getOrganisation();
    case 'get-session':
      return getSession();
    case 'sign-in': {
      const answer = await signIn(message);
      // What the server said about the pages was said to the previous user.
      if (answer.ok) await Promise.all([forgetAllStatuses(), showWaiting(0)]);
      return answer;
    }
    case 'sign-out': {
      const session = await signOut();
      await Promise.all([forgetAllStatuses(), showWaiting(0)]);
      return session;
    }
    case 'get-queue':
      return readQueue();
    case 'retry-queue':
      return flushQueue({ force: true });
    case 'remove-queued':
      return removeQueued(message.id);
    case 'get-inbox':
      return getInbox();
    case 'get-dispatch':
      return getDispatch(message.dispatchId);
    case 'ack':
      return acknowledge(message.dispatchId, message.note);
    case 'get-task':
      return getTask(message.taskId);
    case 'update-task':
      return updateTask(message.taskId, message.patch);
    case 'dashboard-overview':
      return getOverview(message.from, message.to);
    case 'dashboard-dispatches':
      return searchDispatches(message.q, message.cursor);
    case 'dispatch-status':
      return getDispatchStatus(message.dispatchId);
    case 'export-file':
      return exportFile(message);
    default: {
      const handler = areaHandlers[(message as { type: string }).type];
      if (handler) return (await handler(message as never)) as MessageResponse<MessageType>;
      // A message this version does not know (an older or newer part of the extension).
      return undefined;
    }
  }
}
