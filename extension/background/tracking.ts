/**
 * The background's answers to the messages of lib/messages/tracking.ts. Every call goes through
 * `withApi`, so a dead token ends the session like any other call, and resolves to an `Answer`.
 * @module
 */

import type { TrackingMessages } from '../lib/messages/tracking';
import type { Handlers } from '../lib/messaging';

export const trackingHandlers: Handlers<TrackingMessages> = {};
