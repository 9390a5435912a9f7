import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionItem } from '../lib/storage';
import { type FakeServer, SERVER_URL, signedInSession, signedInToFakeServer, TOKEN } from './fake-server';
import { handleMessage } from './handlers';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

interface Seen {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

/** The task and register routes on top of FakeServer (sign-in, tokens, the error envelope). */
function installRoutes(server: FakeServer) {
  const requests: Seen[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input instanceof Request ? input.url : input));
    const path = url.pathname;
    const mine = /^\/api\/dispatches\/\d+\/tasks$/.test(path) || path === '/api/export/register.json';
    if (!mine || server.down) return server.fetch(input, init);
    const headers = new Headers(init.headers);
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    requests.push({ method: (init.method ?? 'GET').toUpperCase(), url, headers, body });
    if (headers.get('Authorization') !== `Bearer ${TOKEN}`)
      return json(401, { error: { code: 'unauthorized', message: 'Sign in first' } });
    if (path === '/api/dispatches/404/tasks')
      return json(404, { error: { code: 'not_found', message: 'No such dispatch' } });
    if (path.endsWith('/tasks')) {
      if (!body?.title)
        return json(422, {
          error: {
            code: 'validation_failed',
            message: 'The body is not valid',
            details: [{ path: 'title', message: 'Too small' }],
          },
        });
      return json(201, { id: 9, ...body, dueDate: body.dueInWorkingDays ? '2026-12-03' : body.dueDate });
    }
    return json(200, { columns: ['Ngày đến'], items: [], nextCursor: null });
  });
  vi.stubGlobal('fetch', fetch);
  return { requests };
}

let server: FakeServer;

beforeEach(async () => {
  server = await signedInToFakeServer();
});

describe('assigning a task', () => {
  it('posts the task to the dispatch with the token, and answers the task with the due date the server counted', async () => {
    const { requests } = installRoutes(server);
    const task = { title: 'Báo cáo kết quả', leadUnitId: 2, coordinatingUnitIds: [5], dueInWorkingDays: 5 };
    const answer = await handleMessage({ type: 'assign-task', dispatchId: 31, task }, undefined);
    expect(answer).toEqual({ ok: true, data: { id: 9, ...task, dueDate: '2026-12-03' } });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.method).toBe('POST');
    expect(requests[0]?.url.href).toBe(`${SERVER_URL}/api/dispatches/31/tasks`);
    expect(requests[0]?.headers.get('Authorization')).toBe(`Bearer ${TOKEN}`);
    expect(requests[0]?.body).toEqual(task);
  });

  it('says why the server refused, naming the field', async () => {
    installRoutes(server);
    expect(
      await handleMessage(
        { type: 'assign-task', dispatchId: 31, task: { title: '', leadUnitId: 2 } },
        undefined,
      ),
    ).toEqual({ ok: false, error: 'The body is not valid (title: Too small)' });
    expect(
      await handleMessage(
        { type: 'assign-task', dispatchId: 404, task: { title: 'x', leadUnitId: 2 } },
        undefined,
      ),
    ).toEqual({ ok: false, error: 'No such dispatch' });
  });

  it('ends the session on a dead token', async () => {
    installRoutes(server);
    await sessionItem.setValue({ ...signedInSession(), token: 'revoked' });
    const answer = await handleMessage(
      { type: 'assign-task', dispatchId: 31, task: { title: 'x', leadUnitId: 2 } },
      undefined,
    );
    expect(answer).toMatchObject({ ok: false });
    expect(await sessionItem.getValue()).toBeNull();
  });
});

describe('reading the register', () => {
  it('asks for the year or period and the page, leaving out what was not given', async () => {
    const { requests } = installRoutes(server);
    const answer = await handleMessage(
      { type: 'register-page', year: 2026, from: '2026-04-01', to: '2026-06-30', cursor: 'abc', limit: 500 },
      undefined,
    );
    expect(answer).toEqual({ ok: true, data: { columns: ['Ngày đến'], items: [], nextCursor: null } });
    const params = Object.fromEntries(requests[0]?.url.searchParams ?? []);
    expect(params).toEqual({
      year: '2026',
      from: '2026-04-01',
      to: '2026-06-30',
      cursor: 'abc',
      limit: '500',
    });
    await handleMessage({ type: 'register-page', year: 2025 }, undefined);
    expect(requests[1]?.url.search).toBe('?year=2025');
  });

  it('answers signed out without calling the server', async () => {
    const { requests } = installRoutes(server);
    await sessionItem.setValue(null);
    expect(await handleMessage({ type: 'register-page', year: 2026 }, undefined)).toMatchObject({
      ok: false,
    });
    expect(requests).toHaveLength(0);
  });
});
