/**
 * The background's answers to the messages of lib/messages/admin.ts. Every call goes through
 * `withApi`, so a dead token ends the session like any other call, and resolves to an `Answer`.
 * @module
 */

import type { AdminMessages } from '../lib/messages/admin';
import type { Handlers } from '../lib/messaging';

export const adminHandlers: Handlers<AdminMessages> = {};
