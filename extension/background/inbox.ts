/**
 * The side panel's calls: a unit head's inbox (dispatches addressed to the unit and the unit's
 * tasks), a dispatch's detail, acknowledgement and task reports. All through `withApi`, so a
 * dead token ends the session like any other call.
 *
 * The side panel's routes stay in this file; the calls themselves go through lib/api.ts
 * (`typedClient`, `callApi`), so every call resolves to an ApiResult, never rejects.
 * @module
 */
import { browser } from 'wxt/browser';
import type { Task, TaskPatch } from '../../shared/schemas/task';
import { type ApiResult, callApi, typedClient } from '../lib/api';
import type { Answer, Inbox, InboxItem } from '../lib/messaging';
import type { StoredSession } from '../lib/storage';
import { toAnswer, withApi } from './session';

/** Most dispatches and tasks the panel reads at once (one page of the API). */
const PAGE = 100;

function client(session: StoredSession) {
  return typedClient(session.serverUrl, session.token);
}

/**
 * The toolbar's global badge: how many dispatches wait for the unit head's acknowledgement.
 * A page's own count is set per tab and wins over it, so the page badge is unchanged; this
 * shows where no page count applies (a tab never scanned). Cleared for everyone else.
 */
export async function showWaiting(count: number): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ text: count > 0 ? String(count) : '' });
}

/** The earliest due date among the unfinished tasks of each dispatch. */
export function nearestDues(tasks: readonly Task[]): Map<number, string> {
  const dues = new Map<number, string>();
  for (const task of tasks) {
    if (task.status === 'done' || !task.dueDate) continue;
    const current = dues.get(task.dispatchId);
    if (!current || task.dueDate < current) dues.set(task.dispatchId, task.dueDate);
  }
  return dues;
}

/** Not yet acknowledged first; within each, the nearest deadline first, then the newest. */
export function sortInbox(items: InboxItem[]): InboxItem[] {
  return [...items].sort((a, b) => {
    if (a.state !== b.state) return a.state === 'pending' ? -1 : 1;
    if (a.nearestDue !== b.nearestDue) {
      if (!a.nearestDue) return 1;
      if (!b.nearestDue) return -1;
      return a.nearestDue < b.nearestDue ? -1 : 1;
    }
    return (b.issuedDate ?? '').localeCompare(a.issuedDate ?? '') || b.id - a.id;
  });
}

export async function getInbox(): Promise<Answer<Inbox>> {
  const result = await withApi(async (_, session) => {
    const unitId = session.user.unitId ?? null;
    const api = client(session);
    const limit = String(PAGE);
    const [dispatches, tasks] = await Promise.all([
      callApi(() => api.api.dispatches.$get({ query: { limit } })),
      callApi(() =>
        api.api.tasks.$get({ query: unitId === null ? { limit } : { limit, unitId: String(unitId) } }),
      ),
    ]);
    if (!dispatches.ok) return dispatches;
    // The inbox is still worth showing when the tasks cannot be read.
    const taskList = tasks.ok ? tasks.data.items : [];
    const dues = nearestDues(taskList);
    const items = dispatches.data.items.map(
      (d): InboxItem => ({
        id: d.id,
        symbol: d.symbol,
        subject: d.subject,
        issuingBody: d.issuingBody,
        issuedDate: d.issuedDate,
        sourceUrl: d.sourceUrl,
        state:
          d.counts.recipients > 0 && d.counts.acknowledged < d.counts.recipients ? 'pending' : 'acknowledged',
        nearestDue: dues.get(d.id) ?? null,
      }),
    );
    // Only what was addressed to the unit: an admin or clerk sees every dispatch, with no recipients of theirs.
    const addressed = items.filter((_item, i) => (dispatches.data.items[i]?.counts.recipients ?? 0) > 0);
    const inbox: Inbox = { unitId, items: sortInbox(addressed), tasks: taskList };
    const waiting = inbox.items.filter((item) => item.state === 'pending').length;
    await showWaiting(session.user.role === 'unit_head' ? waiting : 0).catch(() => {});
    return { ok: true, status: 200, data: inbox } as ApiResult<Inbox>;
  });
  return toAnswer(result);
}

export async function getDispatch(dispatchId: number) {
  return toAnswer(
    await withApi((_, session) =>
      callApi(() => client(session).api.dispatches[':id'].$get({ param: { id: String(dispatchId) } })),
    ),
  );
}

export async function acknowledge(dispatchId: number, note: string | undefined) {
  const trimmed = note?.trim();
  // Validated by the handler (readOptionalJson), so the route declares no `json` input.
  const args = { param: { id: String(dispatchId) }, json: trimmed ? { note: trimmed } : {} };
  const result = await withApi((_, session) =>
    callApi(() => client(session).api.dispatches[':id'].ack.$post(args)),
  );
  // The badge's count of waiting dispatches changes: read it again, without waiting for it.
  if (result.ok) void getInbox().catch(() => {});
  return toAnswer(result);
}

export async function getTask(taskId: number) {
  return toAnswer(
    await withApi((_, session) =>
      callApi(() => client(session).api.tasks[':id'].$get({ param: { id: String(taskId) } })),
    ),
  );
}

export async function updateTask(taskId: number, patch: TaskPatch) {
  const args = { param: { id: String(taskId) }, json: patch };
  return toAnswer(
    await withApi((_, session) => callApi(() => client(session).api.tasks[':id'].$patch(args))),
  );
}
