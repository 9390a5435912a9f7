import { browser } from 'wxt/browser';
import type { TabReferences } from './tab-references';

/** Every message the extension's parts send to the background, with the answer each gets. */
export interface Messages {
  /** content script → background, once per page load: what the page contains. */
  'references-found': { request: TabReferences; response: undefined };
  /** popup → background: what the given tab contains; null when it has not been scanned. */
  'get-tab-references': { request: { tabId: number }; response: TabReferences | null };
}

export type MessageType = keyof Messages;
/** A message as it travels: its type plus its request fields. */
export type Message<T extends MessageType = MessageType> = T extends MessageType
  ? { type: T } & Messages[T]['request']
  : never;
export type MessageResponse<T extends MessageType> = Messages[T]['response'];

/** Sends a typed message to the background and resolves with its typed answer. */
export function sendMessage<T extends MessageType>(
  type: T,
  request: Messages[T]['request'],
  send: (message: unknown) => Promise<unknown> = (message) => browser.runtime.sendMessage(message),
): Promise<MessageResponse<T>> {
  return send({ type, ...request }) as Promise<MessageResponse<T>>;
}
