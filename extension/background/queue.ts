/**
 * The offline queue's life: a save enters it before its first attempt (so a worker stopped
 * mid-request loses nothing), leaves it once the server has it, waits in it while the server
 * cannot be reached, and stays in it as 'error' when the server refuses it, for the user to see.
 * @module
 */
import type { DispatchCreate } from '../../shared/schemas/dispatch';
import type { QueuedSave } from '../lib/messaging';
import type { ReferenceStatus } from '../lib/page-scan';
import { sessionItem } from '../lib/storage';
import { type Delivery, deliver, isInFlight } from './deliver';
import { withLock } from './lock';
import { backoff, changeQueue, readQueue } from './queue-store';
import { updateStatuses } from './tab-state';

export function newEntry(
  body: DispatchCreate,
  key: string,
  tabId: number | null,
  now = Date.now(),
): QueuedSave {
  return {
    id: crypto.randomUUID(),
    // Chosen once, here, and sent with every attempt of this save.
    idempotencyKey: crypto.randomUUID(),
    key,
    body,
    tabId,
    attempts: 0,
    nextAttemptAt: now + backoff(1),
    lastError: null,
    state: 'pending',
  };
}

/**
 * Puts saves in the queue ahead of their first attempt. A newer save of the same reference
 * replaces any older one still queued: the latest fields the user typed are the ones that count.
 */
export function enqueue(entries: readonly QueuedSave[]): Promise<void> {
  const keys = new Set(entries.map((entry) => entry.key));
  return changeQueue((queue) => ({
    queue: [...queue.filter((entry) => !keys.has(entry.key) || isInFlight(entry.id)), ...entries],
    result: undefined,
  }));
}

/** The status an outcome gives the reference, as the popup shows it. */
export function statusOf(entry: QueuedSave, delivery: Delivery): ReferenceStatus {
  switch (delivery.kind) {
    case 'saved':
      return { key: entry.key, state: 'saved', dispatchId: delivery.dispatchId, error: delivery.warning };
    case 'retry':
      return { key: entry.key, state: 'pending', dispatchId: null, error: null };
    case 'sign-in':
    case 'rejected':
      return { key: entry.key, state: 'error', dispatchId: null, error: delivery.error };
  }
}

/**
 * Applies an attempt's outcome to the queue and to the tab the save came from.
 * `keepRejected`: a refused save stays queued as 'error' (a retry the user did not watch) or
 * leaves the queue (a save the user is looking at, who is told right away).
 */
export async function settle(
  entry: QueuedSave,
  delivery: Delivery,
  { keepRejected, now = Date.now() }: { keepRejected: boolean; now?: number },
): Promise<ReferenceStatus> {
  await changeQueue((queue) => {
    const rest = queue.filter((queued) => queued.id !== entry.id);
    const current = queue.find((queued) => queued.id === entry.id);
    // Gone meanwhile (the user removed it, or a newer save replaced it): nothing to keep.
    if (!current || delivery.kind === 'saved' || (delivery.kind === 'rejected' && !keepRejected))
      return { queue: rest, result: undefined };
    const kept: QueuedSave =
      delivery.kind === 'retry'
        ? {
            ...current,
            attempts: current.attempts + 1,
            nextAttemptAt: now + backoff(current.attempts + 1),
            lastError: delivery.error,
          }
        : delivery.kind === 'sign-in'
          ? // Not an attempt that failed: it waits, untouched, for the next sign-in.
            { ...current, lastError: delivery.error }
          : { ...current, state: 'error', lastError: delivery.error };
    return { queue: queue.map((queued) => (queued.id === entry.id ? kept : queued)), result: undefined };
  });
  const status = statusOf(entry, delivery);
  // 'pending' shows from the queue itself; the tab keeps what is final.
  if (entry.tabId !== null && status.state !== 'pending' && delivery.kind !== 'sign-in')
    await updateStatuses(entry.tabId, [status]);
  return status;
}

/**
 * Sends what waits in the queue, oldest first, one at a time (one flush at a time). `force`
 * sends everything pending now (the popup asked, or the server just answered); otherwise
 * only what its backoff allows. When the server is unreachable the rest wait as long as the
 * entry that found out, instead of each finding out in turn.
 */
export function flushQueue({ force }: { force: boolean }): Promise<QueuedSave[]> {
  return withLock('flush', async () => {
    if (!(await sessionItem.getValue())) return readQueue();
    const now = Date.now();
    const due = (await readQueue()).filter(
      (entry) => entry.state === 'pending' && !isInFlight(entry.id) && (force || entry.nextAttemptAt <= now),
    );
    for (const [index, entry] of due.entries()) {
      const delivery = await deliver(entry);
      await settle(entry, delivery, { keepRejected: true });
      if (delivery.kind === 'retry' || delivery.kind === 'sign-in') {
        const waiting = new Set(due.slice(index + 1).map((rest) => rest.id));
        if (delivery.kind === 'retry') await postpone(waiting, entry.attempts + 1, delivery.error);
        break;
      }
    }
    return readQueue();
  });
}

/** The entries not tried this round wait like the one that was. */
function postpone(ids: ReadonlySet<string>, attempts: number, error: string): Promise<void> {
  if (ids.size === 0) return Promise.resolve();
  const until = Date.now() + backoff(attempts);
  return changeQueue((queue) => ({
    queue: queue.map((entry) =>
      ids.has(entry.id)
        ? { ...entry, nextAttemptAt: Math.max(entry.nextAttemptAt, until), lastError: error }
        : entry,
    ),
    result: undefined,
  }));
}

/** Least time between two flushes started by successful API calls. */
const KICK_INTERVAL_MS = 30_000;
let lastKick = 0;

/**
 * The server just answered a signed-in call: whatever waits may go now. At most once every
 * 30 s, so a busy page does not turn every lookup into a round of retries.
 */
export function kickQueue(now = Date.now()): void {
  if (now - lastKick < KICK_INTERVAL_MS) return;
  lastKick = now;
  void flushQueue({ force: true }).catch((error: unknown) =>
    console.error('Dispatch Tracker: retry failed', error),
  );
}

/** For tests: the next kick flushes whatever the time. */
export function resetKick(): void {
  lastKick = 0;
}

/** The user gives up a queued save (typically one the server refused). */
export function removeQueued(id: string): Promise<QueuedSave[]> {
  return changeQueue((queue) => {
    const rest = queue.filter((entry) => entry.id !== id);
    return { queue: rest, result: rest };
  });
}
