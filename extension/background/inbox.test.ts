import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Task } from '../../shared/schemas/task';
import type { Inbox } from '../lib/messaging';
import { sessionItem, soonDaysItem } from '../lib/storage';
import { showCount } from './badge';
import { type FakeServer, SERVER_URL, signedInSession, signedInToFakeServer, TOKEN } from './fake-server';
import { handleMessage } from './handlers';
import { nearestDues, sortInbox } from './inbox';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function dispatch(id: number, symbol: string, issuedDate: string, acknowledged: number, recipients = 1) {
  return {
    id,
    symbol,
    key: symbol,
    subject: `Trích yếu ${symbol}`,
    issuingBody: 'UBND tỉnh',
    issuedDate,
    sourceUrl: `https://portal.example.gov.vn/${id}`,
    counts: { recipients, acknowledged },
  };
}

function task(id: number, dispatchId: number, dueDate: string | null, status: Task['status'] = 'todo') {
  return {
    id,
    dispatchId,
    title: `Nhiệm vụ ${id}`,
    leadUnitId: 1,
    coordinatingUnitIds: [],
    dueDate,
    status,
    progress: 0,
    // 18:00 UTC on the due date is already the next day in Vietnam: finished late.
    completedAt: status === 'done' && dueDate ? `${dueDate}T18:00:00.000Z` : null,
  };
}

/** An open task as `GET /api/me/inbox` lists it, with its deadline state. */
function inboxTask(
  id: number,
  dispatchId: number,
  dueDate: string,
  state: 'trong_han' | 'sap_den_han',
  daysLeft: number,
) {
  return {
    id,
    dispatchId,
    dispatchSymbol: `${dispatchId}/UBND-VP`,
    title: `Nhiệm vụ ${id}`,
    leadUnitId: 1,
    dueDate,
    status: 'todo',
    progress: 0,
    completedAt: null,
    deadlineState: state,
    daysLeft,
  };
}

/** The side panel's routes on top of FakeServer (sign-in, tokens, the error envelope). */
function installPanelRoutes(server: FakeServer) {
  const acked = new Set<number>();
  const requests: { method: string; url: URL; body: unknown }[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input instanceof Request ? input.url : input));
    const method = (init.method ?? 'GET').toUpperCase();
    const path = url.pathname;
    const mine =
      path === '/api/me/inbox' ||
      path === '/api/tasks' ||
      /^\/api\/(dispatches|tasks)(\/\d+(\/ack)?)?$/.test(path);
    if (!mine || server.down) return server.fetch(input, init);
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    requests.push({ method, url, body });
    if (new Headers(init.headers).get('Authorization') !== `Bearer ${TOKEN}`)
      return json(401, { error: { code: 'unauthorized', message: 'Sign in first' } });
    if (method === 'GET' && path === '/api/me/inbox') {
      const pending = [3, 1].filter((id) => !acked.has(id));
      // Task 5 is beyond the task list's page: only the inbox has it.
      const soon = inboxTask(5, 1, '2026-11-27', 'sap_den_han', 1);
      return json(200, {
        scope: 'unit',
        unitId: 1,
        today: '2026-11-26',
        soonDays: Number(url.searchParams.get('soonDays')),
        counts: { unacknowledged: pending.length, openTasks: 3, overdueTasks: 0, dueSoon: 1 },
        dispatches: pending.map((id) => ({
          ...dispatch(id, `${id}/UBND-VP`, `2026-0${id}-05`, 0),
          receivedDate: '2026-11-01',
          receivedNumber: id,
          urgency: 'normal',
          sentAt: '2026-11-01T01:00:00.000Z',
          pendingUnits: 1,
          nextDueDate: id === 1 ? '2026-11-27' : null,
        })),
        tasks: [
          soon,
          inboxTask(2, 1, '2026-12-01', 'trong_han', 5),
          inboxTask(1, 1, '2026-12-10', 'trong_han', 14),
        ],
        dueSoon: [soon],
      });
    }
    if (method === 'GET' && path === '/api/dispatches')
      return json(200, {
        items: [
          dispatch(1, '1/UBND-VP', '2026-01-05', acked.has(1) ? 1 : 0),
          dispatch(2, '2/UBND-VP', '2026-02-05', 1),
          dispatch(3, '3/UBND-VP', '2026-03-05', acked.has(3) ? 1 : 0),
          // An admin's view may hold dispatches not addressed to anyone: not in an inbox.
          dispatch(4, '4/UBND-VP', '2026-04-05', 0, 0),
        ],
        nextCursor: null,
      });
    if (method === 'GET' && path === '/api/tasks')
      return json(200, {
        items: [task(1, 1, '2026-12-10'), task(2, 1, '2026-12-01'), task(3, 3, '2026-11-01', 'done')],
        nextCursor: null,
      });
    const ack = /^\/api\/dispatches\/(\d+)\/ack$/.exec(path);
    if (method === 'POST' && ack) {
      acked.add(Number(ack[1]));
      return json(200, { id: 1, dispatchId: Number(ack[1]), note: body?.note ?? null });
    }
    const one = /^\/api\/dispatches\/(\d+)$/.exec(path);
    if (method === 'GET' && one) return json(200, { id: Number(one[1]), cites: [], citedBy: [] });
    const taskPath = /^\/api\/tasks\/(\d+)$/.exec(path);
    if (taskPath && method === 'GET')
      return json(200, { ...task(Number(taskPath[1]), 1, null), updates: [] });
    if (taskPath && method === 'PATCH') {
      if (taskPath[1] === '9')
        return json(403, { error: { code: 'forbidden', message: "Only the lead unit's head reports" } });
      return json(200, { ...task(Number(taskPath[1]), 1, null), ...body, updates: [{ id: 1, ...body }] });
    }
    return json(404, { error: { code: 'not_found', message: 'No route' } });
  });
  vi.stubGlobal('fetch', fetch);
  return { requests, acked };
}

let server: FakeServer;

beforeEach(async () => {
  server = await signedInToFakeServer();
});

describe('get-inbox', () => {
  it('lists what waits from /api/me/inbox, then what the unit acknowledged, with deadline states and counts', async () => {
    const { requests } = installPanelRoutes(server);
    await soonDaysItem.setValue(5);
    const answer = await handleMessage({ type: 'get-inbox' }, undefined);
    expect(answer).toMatchObject({ ok: true });
    const inbox = (answer as { data: Inbox }).data;
    expect(inbox.unitId).toBe(1);
    expect(inbox.items.map((i) => [i.id, i.state, i.nearestDue, i.sourceUrl])).toEqual([
      [1, 'pending', '2026-11-27', 'https://portal.example.gov.vn/1'],
      [3, 'pending', null, 'https://portal.example.gov.vn/3'],
      [2, 'acknowledged', null, 'https://portal.example.gov.vn/2'],
    ]);
    // Due soon first; the done task (listed, not in the inbox) last, its state worked out here.
    expect(inbox.tasks.map((t) => [t.id, t.deadlineState, t.daysLeft])).toEqual([
      [5, 'sap_den_han', 1],
      [2, 'trong_han', 5],
      [1, 'trong_han', 14],
      [3, 'tre_han', -25],
    ]);
    expect(inbox).toMatchObject({
      today: '2026-11-26',
      soonDays: 5,
      counts: { unacknowledged: 2, openTasks: 3, overdueTasks: 0, dueSoon: 1 },
    });
    const mine = requests.find((r) => r.url.pathname === '/api/me/inbox');
    expect(mine?.url.searchParams.get('soonDays')).toBe('5');
    const tasks = requests.find((r) => r.url.pathname === '/api/tasks');
    expect(tasks?.url.searchParams.get('unitId')).toBe('1');
    expect(requests.every((r) => r.url.origin === SERVER_URL)).toBe(true);
  });

  it('still lists what waits when the dispatch and task lists fail', async () => {
    installPanelRoutes(server);
    const original = globalThis.fetch;
    vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) =>
      new URL(String(input)).pathname === '/api/me/inbox'
        ? original(input, init)
        : Promise.resolve(json(503, { error: { code: 'unavailable', message: 'Bận' } })),
    );
    const answer = (await handleMessage({ type: 'get-inbox' }, undefined)) as { ok: true; data: Inbox };
    expect(answer.data.items.map((i) => [i.id, i.state])).toEqual([
      [1, 'pending'],
      [3, 'pending'],
    ]);
    expect(answer.data.tasks.map((t) => t.id)).toEqual([5, 2, 1]);
  });

  it('shows a unit head the waiting count on the global badge, below any page count, and clears it on sign-out', async () => {
    installPanelRoutes(server);
    await handleMessage({ type: 'get-inbox' }, undefined);
    // A clerk or admin has no inbox of their own: no count.
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    const head = signedInSession();
    await sessionItem.setValue({ ...head, user: { ...head.user, role: 'unit_head' } });
    await showCount(5, 3);
    await handleMessage({ type: 'get-inbox' }, undefined);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('3');
    await handleMessage({ type: 'ack', dispatchId: 1 }, undefined);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('1'));
    await handleMessage({ type: 'sign-out' }, undefined);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('answers signed out without calling the server', async () => {
    const { requests } = installPanelRoutes(server);
    await sessionItem.setValue(null);
    const answer = await handleMessage({ type: 'get-inbox' }, undefined);
    expect(answer).toMatchObject({ ok: false });
    expect(requests).toHaveLength(0);
  });

  it('says the server is unreachable, and a 401 ends the session', async () => {
    installPanelRoutes(server);
    server.down = true;
    const down = await handleMessage({ type: 'get-inbox' }, undefined);
    expect(down).toMatchObject({ ok: false });
    expect((down as { error: string }).error).toContain(SERVER_URL);
    server.down = false;
    await sessionItem.setValue({ ...signedInSession(), token: 'revoked' });
    expect(await handleMessage({ type: 'get-inbox' }, undefined)).toMatchObject({ ok: false });
    expect(await sessionItem.getValue()).toBeNull();
  });
});

describe('ack, dispatch detail and task reports', () => {
  it('acknowledges with a trimmed note, then the inbox shows it acknowledged', async () => {
    const { requests } = installPanelRoutes(server);
    expect(await handleMessage({ type: 'ack', dispatchId: 3, note: '  Đã nhận  ' }, undefined)).toMatchObject(
      {
        ok: true,
        data: { dispatchId: 3, note: 'Đã nhận' },
      },
    );
    await handleMessage({ type: 'ack', dispatchId: 1, note: '   ' }, undefined);
    const posts = requests.filter((r) => r.method === 'POST');
    expect(posts.map((r) => [r.url.pathname, r.body])).toEqual([
      ['/api/dispatches/3/ack', { note: 'Đã nhận' }],
      ['/api/dispatches/1/ack', {}],
    ]);
    const inbox = (await handleMessage({ type: 'get-inbox' }, undefined)) as { data: Inbox };
    expect(inbox.data.items.every((i) => i.state === 'acknowledged')).toBe(true);
  });

  it('reads a dispatch and a task, and reports on a task or says why not', async () => {
    const { requests } = installPanelRoutes(server);
    expect(await handleMessage({ type: 'get-dispatch', dispatchId: 5 }, undefined)).toMatchObject({
      ok: true,
      data: { id: 5, cites: [], citedBy: [] },
    });
    expect(await handleMessage({ type: 'get-task', taskId: 7 }, undefined)).toMatchObject({
      ok: true,
      data: { id: 7, updates: [] },
    });
    const patch = { status: 'in_progress' as const, progress: 50, note: 'Đang làm' };
    expect(await handleMessage({ type: 'update-task', taskId: 7, patch }, undefined)).toMatchObject({
      ok: true,
      data: { id: 7, status: 'in_progress', progress: 50 },
    });
    expect(requests.at(-1)).toMatchObject({ method: 'PATCH', body: patch });
    expect(await handleMessage({ type: 'update-task', taskId: 9, patch }, undefined)).toEqual({
      ok: false,
      error: "Only the lead unit's head reports",
    });
  });
});

describe('inbox order', () => {
  it('puts the nearest deadline of unfinished tasks on each dispatch', () => {
    const tasks = [task(1, 1, '2026-12-10'), task(2, 1, '2026-12-01'), task(3, 2, '2026-01-01', 'done')];
    expect([...nearestDues(tasks as unknown as Task[])]).toEqual([[1, '2026-12-01']]);
  });

  it('sorts pending before acknowledged, then by nearest deadline, then newest', () => {
    const item = (
      id: number,
      state: 'pending' | 'acknowledged',
      nearestDue: string | null,
      issuedDate: string,
    ) => ({
      id,
      symbol: String(id),
      subject: '',
      issuingBody: null,
      sourceUrl: null,
      issuedDate,
      state,
      nearestDue,
    });
    const sorted = sortInbox([
      item(1, 'acknowledged', '2026-01-01', '2026-01-01'),
      item(2, 'pending', null, '2026-05-01'),
      item(3, 'pending', null, '2026-06-01'),
      item(4, 'pending', '2026-12-01', '2026-01-01'),
    ]);
    expect(sorted.map((i) => i.id)).toEqual([4, 3, 2, 1]);
  });
});
