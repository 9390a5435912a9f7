/**
 * The dashboard talks to the background only through a `send` function (tests hand in a fake).
 * @module
 */
import { type Messages, type MessageType, sendMessage } from '../../lib/messaging';

/** Posts one message to the background and resolves with its answer (`browser.runtime.sendMessage`). */
export type Send = (message: unknown) => Promise<unknown>;
export type Request = <T extends MessageType>(
  type: T,
  request: Messages[T]['request'],
) => Promise<Messages[T]['response']>;

export function requester(send: Send): Request {
  return (type, request) => sendMessage(type, request, send);
}

export const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
