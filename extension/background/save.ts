/**
 * `save`: record the dispatches the user chose, each with its own fresh Idempotency-Key.
 * The popup gives everything it needs in the message, and each save is queued before it is
 * first sent, so closing the popup (or the browser stopping the worker) loses nothing.
 * @module
 */
import { findReferences, symbolKey } from '../../shared/references';
import type { DispatchCreate } from '../../shared/schemas/dispatch';
import type { Messages, QueuedSave } from '../lib/messaging';
import type { ReferenceStatus } from '../lib/page-scan';
import { sessionItem } from '../lib/storage';
import { type Delivery, deliver } from './deliver';
import { prepareBody } from './dispatch-body';
import { enqueue, newEntry, settle, statusOf } from './queue';
import { backgroundText } from './text';

/** Saves sent side by side: a listing's 20 rows should not wait on each other, nor flood the server. */
const PARALLEL = 3;

/** The reference key a save belongs to: the page's own key when the popup gives it. */
export function keyOf(body: DispatchCreate): string {
  if (body.key) return body.key;
  const [reference] = findReferences(body.symbol);
  return reference && reference.start === 0 && reference.end === body.symbol.length
    ? reference.key
    : symbolKey(body.symbol);
}

export async function saveDrafts(request: Messages['save']['request']): Promise<ReferenceStatus[]> {
  const { tabId } = request;
  const statuses: (ReferenceStatus | null)[] = [];
  const entries: { index: number; entry: QueuedSave }[] = [];
  for (const [index, draft] of request.drafts.entries()) {
    const prepared = await prepareBody(draft, {
      unitIds: request.recipientUnitIds,
      groupIds: request.recipientGroupIds,
    });
    const key =
      typeof draft.key === 'string' && draft.key ? draft.key : prepared.ok ? keyOf(prepared.body) : '';
    if (!prepared.ok) {
      // Refused before any network: nothing to queue, the user corrects the fields.
      statuses[index] = {
        key: key || String(draft.symbol ?? ''),
        state: 'error',
        dispatchId: null,
        error: prepared.error,
      };
      continue;
    }
    statuses[index] = null;
    entries.push({ index, entry: newEntry(prepared.body, key, tabId) });
  }
  if (entries.length === 0) return statuses as ReferenceStatus[];

  await enqueue(entries.map(({ entry }) => entry));
  if (!(await sessionItem.getValue())) {
    // Kept in the queue: signing in sends them. The user is told to sign in now.
    const t = await backgroundText();
    const error = t('notSignedIn');
    for (const { index, entry } of entries)
      statuses[index] = { key: entry.key, state: 'error', dispatchId: null, error };
    return statuses as ReferenceStatus[];
  }

  // Once the server is found unreachable, the rest of this batch waits in the queue instead of
  // each timing out in turn.
  let unreachable: Delivery | null = null;
  let next = 0;
  const worker = async () => {
    while (next < entries.length) {
      const { index, entry } = entries[next++] as (typeof entries)[number];
      if (unreachable) {
        statuses[index] = statusOf(entry, unreachable);
        continue;
      }
      const delivery = await deliver(entry);
      if (delivery.kind === 'retry') unreachable = delivery;
      statuses[index] = await settle(entry, delivery, { keepRejected: false });
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, entries.length) }, worker));
  return statuses as ReferenceStatus[];
}
