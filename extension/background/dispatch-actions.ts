/**
 * The background's answers to the messages of lib/messages/dispatch-actions.ts. Every call goes through
 * `withApi`, so a dead token ends the session like any other call, and resolves to an `Answer`.
 * @module
 */

import type { DispatchActionMessages } from '../lib/messages/dispatch-actions';
import type { Handlers } from '../lib/messaging';

export const dispatchActionHandlers: Handlers<DispatchActionMessages> = {};
