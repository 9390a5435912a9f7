/**
 * One attempt at one save, and what it means: landed, try again later, needs a sign-in, or
 * refused for good. Used alike by a fresh save and by the retry queue, always with the save's
 * own Idempotency-Key, so an attempt whose answer was lost is answered, not recorded, again.
 * @module
 */
import { isTransient } from '../lib/api';
import type { QueuedSave } from '../lib/messaging';
import { describeFailure, withApi } from './session';
import { backgroundText } from './text';

export type Delivery =
  /** Recorded now or before (a duplicate counts); `warning` if the recipients were not added. */
  | { kind: 'saved'; dispatchId: number; warning: string | null }
  /** The server could not take it now (unreachable, 5xx, busy): keep it and try later. */
  | { kind: 'retry'; error: string }
  /** Nobody is signed in, or the token died: keep it until someone signs in. */
  | { kind: 'sign-in'; error: string }
  /** The server refused it (4xx): retrying the same body would be refused again. */
  | { kind: 'rejected'; error: string };

/** Saves being sent right now, so the queue does not send one a second time alongside. */
const inFlight = new Set<string>();

export function isInFlight(id: string): boolean {
  return inFlight.has(id);
}

export async function deliver(entry: QueuedSave): Promise<Delivery> {
  inFlight.add(entry.id);
  try {
    return await attempt(entry);
  } finally {
    inFlight.delete(entry.id);
  }
}

async function attempt(entry: QueuedSave): Promise<Delivery> {
  // The retry queue is woken by successes; its own successes need not wake it again.
  const created = await withApi((api) => api.createDispatch(entry.body, entry.idempotencyKey), {
    wakeQueue: false,
  });
  if (!created.ok) {
    const error = await describeFailure(created);
    if (created.status === 401) return { kind: 'sign-in', error };
    return isTransient(created) ? { kind: 'retry', error } : { kind: 'rejected', error };
  }
  const dispatch = created.data;
  // A new record was distributed with it, in one transaction; the server leaves an existing
  // record's recipients alone, so a duplicate is distributed here.
  const unitIds = entry.body.recipientUnitIds ?? [];
  const groupIds = entry.body.recipientGroupIds ?? [];
  let warning: string | null = null;
  if (dispatch.duplicate && unitIds.length + groupIds.length > 0) {
    const sent = await withApi((api) => api.distribute(dispatch.id, { unitIds, groupIds }), {
      wakeQueue: false,
    });
    if (!sent.ok) {
      const t = await backgroundText();
      warning = t('notDistributed', { reason: await describeFailure(sent) });
    }
  }
  return { kind: 'saved', dispatchId: dispatch.id, warning };
}
