/**
 * The offline queue as stored (storage.local, so it outlives the browser), its backoff, and
 * the alarm that wakes the background to retry. Every change goes through `changeQueue`,
 * one at a time.
 * @module
 */
import { browser } from 'wxt/browser';
import type { QueuedSave } from '../lib/messaging';
import { queueItem, sessionItem } from '../lib/storage';
import { withLock } from './lock';

export const RETRY_ALARM = 'retry-queue';

/**
 * Waits between attempts: 30 s (Chrome's shortest alarm), 1, 2, 5, 10 minutes, then every
 * 30 minutes for as long as it takes. A save is never given up for being offline.
 */
export const BACKOFF_MS = [30_000, 60_000, 120_000, 300_000, 600_000, 1_800_000] as const;

/** The wait after the `attempts`-th failed attempt (1-based). */
export function backoff(attempts: number): number {
  return BACKOFF_MS[Math.min(Math.max(attempts, 1), BACKOFF_MS.length) - 1] as number;
}

export function readQueue(): Promise<QueuedSave[]> {
  return queueItem.getValue();
}

/** Reads, changes and writes the queue under its lock, then sets the alarm for what is left. */
export function changeQueue<T>(
  change: (queue: QueuedSave[]) => { queue: QueuedSave[]; result: T },
): Promise<T> {
  return withLock('queue', async () => {
    const { queue, result } = change(await queueItem.getValue());
    await queueItem.setValue(queue);
    await scheduleRetry(queue);
    return result;
  });
}

/**
 * One alarm, at the earliest due attempt. None when nothing waits, or when nobody is signed
 * in: then nothing could be sent, and signing in starts the retry itself.
 */
export async function scheduleRetry(queue?: readonly QueuedSave[]): Promise<void> {
  const entries = queue ?? (await queueItem.getValue());
  const waiting = entries.filter((entry) => entry.state === 'pending');
  if (waiting.length === 0 || !(await sessionItem.getValue())) {
    await browser.alarms.clear(RETRY_ALARM);
    return;
  }
  const earliest = Math.min(...waiting.map((entry) => entry.nextAttemptAt));
  // Chrome refuses to fire sooner than 30 s from now; asking for sooner only logs a warning.
  await browser.alarms.create(RETRY_ALARM, { when: Math.max(earliest, Date.now() + BACKOFF_MS[0]) });
}
