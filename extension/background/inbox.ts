/**
 * The side panel's calls: a unit head's inbox (dispatches addressed to the unit and the unit's
 * tasks, with `GET /api/me/inbox`'s counts and deadline states), a dispatch's detail,
 * acknowledgement and task reports. All through `withApi`, so a
 * dead token ends the session like any other call.
 *
 * The side panel's routes stay in this file; the calls themselves go through lib/api.ts
 * (`typedClient`, `callApi`), so every call resolves to an ApiResult, never rejects.
 * @module
 */
import { browser } from 'wxt/browser';
import type { DeadlineState, Inbox as ServerInbox } from '../../shared/schemas/inbox';
import type { Task, TaskPatch } from '../../shared/schemas/task';
import { type ApiResult, callApi, typedClient } from '../lib/api';
import { toPanelTask } from '../lib/deadline-state';
import type { Answer, Inbox, InboxItem, PanelTask } from '../lib/messaging';
import { type StoredSession, soonDaysItem } from '../lib/storage';
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

/**
 * A dispatch as the panel lists it. Pending ones come from the inbox and acknowledged ones from
 * the dispatch list, but both show the same fields of the dispatch; only where its source, state
 * and nearest due date come from differs.
 */
function inboxItem(
  dispatch: Pick<InboxItem, 'id' | 'symbol' | 'subject' | 'issuingBody' | 'issuedDate'>,
  shown: Pick<InboxItem, 'sourceUrl' | 'state' | 'nearestDue'>,
): InboxItem {
  return {
    id: dispatch.id,
    symbol: dispatch.symbol,
    subject: dispatch.subject,
    issuingBody: dispatch.issuingBody,
    issuedDate: dispatch.issuedDate,
    ...shown,
  };
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

/** `GET /api/me/inbox`: what the user must act on, with exact counts and deadline states. */
function callInbox(session: StoredSession, soonDays: number): Promise<ApiResult<ServerInbox>> {
  const query = { soonDays: String(soonDays) };
  return callApi(() => client(session).api.me.inbox.$get({ query }));
}

/** The inbox alone, for the notifications' poll. */
export function readMyInbox(soonDays: number): Promise<ApiResult<ServerInbox>> {
  return withApi((_, session) => callInbox(session, soonDays));
}

/** Late first, then due soon, then in time, each by due date; finished tasks last. */
const STATE_ORDER: Record<DeadlineState, number> = {
  qua_han: 0,
  sap_den_han: 1,
  trong_han: 2,
  tre_han: 3,
  dung_han: 3,
};

export function sortTasks(tasks: PanelTask[]): PanelTask[] {
  return [...tasks].sort(
    (a, b) =>
      STATE_ORDER[a.deadlineState] - STATE_ORDER[b.deadlineState] ||
      (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
      a.id - b.id,
  );
}

/**
 * The side panel's inbox. What waits comes from `GET /api/me/inbox` (exact, and the badge's
 * count); the unit's recent dispatches already acknowledged and the tasks it only coordinates
 * or has finished come from the dispatch and task lists, which the panel can do without.
 */
export async function getInbox(): Promise<Answer<Inbox>> {
  const soonDays = await soonDaysItem.getValue();
  const result = await withApi(async (_, session) => {
    const unitId = session.user.unitId ?? null;
    const api = client(session);
    const limit = String(PAGE);
    const [mine, dispatches, tasks] = await Promise.all([
      callInbox(session, soonDays),
      callApi(() => api.api.dispatches.$get({ query: { limit } })),
      callApi(() =>
        api.api.tasks.$get({ query: unitId === null ? { limit } : { limit, unitId: String(unitId) } }),
      ),
    ]);
    if (!mine.ok) return mine;
    const server = mine.data;
    const listed = dispatches.ok ? dispatches.data.items : [];
    const taskList = tasks.ok ? tasks.data.items : [];
    const dues = nearestDues(taskList);
    const pendingIds = new Set(server.dispatches.map((d) => d.id));
    const sources = new Map(listed.map((d) => [d.id, d.sourceUrl ?? null]));
    const pending = server.dispatches.map((d) =>
      inboxItem(d, {
        sourceUrl: sources.get(d.id) ?? null,
        state: 'pending',
        nearestDue: d.nextDueDate ?? dues.get(d.id) ?? null,
      }),
    );
    // Addressed to the unit (an admin's list holds dispatches sent to no one) and acknowledged by it.
    const acknowledged = listed
      .filter(
        (d) =>
          !pendingIds.has(d.id) && d.counts.recipients > 0 && d.counts.acknowledged >= d.counts.recipients,
      )
      .map((d) =>
        inboxItem(d, {
          sourceUrl: d.sourceUrl ?? null,
          state: 'acknowledged',
          nearestDue: dues.get(d.id) ?? null,
        }),
      );
    const stated = new Map(server.tasks.map((task) => [task.id, task]));
    const fromList = new Set(taskList.map((task) => task.id));
    const panelTasks = [
      ...taskList.map((task) => toPanelTask(task, stated.get(task.id), server.today, server.soonDays)),
      // Open tasks the unit leads beyond the list's page (an office's inbox holds everyone's: not theirs).
      ...server.tasks
        .filter((task) => server.scope === 'unit' && !fromList.has(task.id))
        .map((task) => toPanelTask(task, task, server.today, server.soonDays)),
    ];
    const inbox: Inbox = {
      unitId,
      items: sortInbox([...pending, ...acknowledged]),
      tasks: sortTasks(panelTasks),
      counts: server.counts,
      today: server.today,
      soonDays: server.soonDays,
    };
    await showWaiting(session.user.role === 'unit_head' ? server.counts.unacknowledged : 0).catch(() => {});
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
