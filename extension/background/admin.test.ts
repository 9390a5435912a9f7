import { beforeEach, describe, expect, it, vi } from 'vitest';
import { organisationItem, sessionItem } from '../lib/storage';
import { auditQuery } from './admin';
import { type FakeServer, SERVER_URL, signedInToFakeServer, TOKEN, UNITS } from './fake-server';
import { handleMessage } from './handlers';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const user = (id: number) => ({
  id,
  email: `u${id}@example.vn`,
  name: `Người ${id}`,
  role: 'clerk',
  unitId: 1,
  active: true,
});

interface Seen {
  method: string;
  url: URL;
  body: unknown;
}

/** The admin routes on top of FakeServer (sign-in, tokens, the error envelope). */
function installAdminRoutes(server: FakeServer) {
  const seen: Seen[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input instanceof Request ? input.url : input));
    const method = (init.method ?? 'GET').toUpperCase();
    const path = url.pathname;
    if (!/^\/api\/(users|units|groups|audit)/.test(path) || server.down) return server.fetch(input, init);
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    seen.push({ method, url, body });
    if (new Headers(init.headers).get('Authorization') !== `Bearer ${TOKEN}`)
      return json(401, { error: { code: 'unauthorized', message: 'Sign in first' } });
    if (method === 'GET' && path === '/api/users') {
      // Three pages of two: the cursor is the page number.
      const page = Number(url.searchParams.get('cursor') ?? '0');
      return json(200, {
        items: [user(page * 2 + 1), user(page * 2 + 2)],
        nextCursor: page < 2 ? String(page + 1) : null,
      });
    }
    if (method === 'POST' && path === '/api/users')
      return json(422, {
        error: {
          code: 'validation_failed',
          message: 'The body is not valid',
          details: [{ path: 'password', message: 'at least 8 characters' }],
        },
      });
    if (method === 'PATCH' && path === '/api/units/2') return json(200, { ...UNITS[1], ...(body as object) });
    if (method === 'PATCH' && path === '/api/units/3')
      return json(409, { error: { code: 'conflict', message: 'A unit with this code exists' } });
    if (method === 'GET' && path === '/api/audit') return json(200, { items: [], nextCursor: null });
    return json(404, { error: { code: 'not_found', message: 'No route' } });
  });
  vi.stubGlobal('fetch', fetch);
  return seen;
}

let server: FakeServer;

beforeEach(async () => {
  server = await signedInToFakeServer();
});

describe('admin-users', () => {
  it('follows nextCursor to the last page, a hundred at a time', async () => {
    const seen = installAdminRoutes(server);
    const answer = await handleMessage({ type: 'admin-users' }, undefined);
    expect(answer).toEqual({ ok: true, data: [1, 2, 3, 4, 5, 6].map(user) });
    expect(seen.map((s) => [s.url.searchParams.get('limit'), s.url.searchParams.get('cursor')])).toEqual([
      ['100', null],
      ['100', '1'],
      ['100', '2'],
    ]);
    expect(seen.every((s) => s.url.origin === SERVER_URL)).toBe(true);
  });

  it('answers signed out without calling the server', async () => {
    const seen = installAdminRoutes(server);
    await sessionItem.setValue(null);
    const answer = await handleMessage({ type: 'admin-users' }, undefined);
    expect(answer).toMatchObject({ ok: false });
    expect(seen).toEqual([]);
  });
});

describe('admin writes', () => {
  it('hands a refused write back with its status and the fields the server named', async () => {
    const seen = installAdminRoutes(server);
    const request = { email: 'a@example.vn', name: 'A', password: 'short', role: 'clerk' as const };
    const answer = await handleMessage({ type: 'admin-create-user', user: request }, undefined);
    expect(answer).toEqual({
      ok: false,
      status: 422,
      error: 'The body is not valid (password: at least 8 characters)',
      fields: [{ path: 'password', message: 'at least 8 characters' }],
    });
    expect(seen[0]?.body).toEqual(request);
  });

  it('forgets the cached organisation after a unit changes, and keeps it when the change is refused', async () => {
    installAdminRoutes(server);
    const cache = { serverUrl: SERVER_URL, userId: 7, fetchedAt: Date.now(), units: UNITS, groups: [] };
    await organisationItem.setValue(cache as never);
    const refused = await handleMessage(
      { type: 'admin-update-unit', id: 3, patch: { code: 'CA' } },
      undefined,
    );
    expect(refused).toMatchObject({ ok: false, status: 409 });
    expect(await organisationItem.getValue()).not.toBeNull();
    const saved = await handleMessage(
      { type: 'admin-update-unit', id: 2, patch: { active: false } },
      undefined,
    );
    expect(saved).toMatchObject({ ok: true, data: { id: 2, active: false } });
    expect(await organisationItem.getValue()).toBeNull();
  });
});

describe('admin-audit', () => {
  it('sends the filter as query text, leaving out empty fields', async () => {
    const seen = installAdminRoutes(server);
    await handleMessage(
      {
        type: 'admin-audit',
        filter: { entity: 'user', actorId: 4, from: '2026-11-01', action: '' },
        cursor: 'c2',
      },
      undefined,
    );
    expect(Object.fromEntries(seen[0]?.url.searchParams ?? [])).toEqual({
      limit: '50',
      entity: 'user',
      actorId: '4',
      from: '2026-11-01',
      cursor: 'c2',
    });
  });

  it('auditQuery leaves out undefined values', () => {
    expect(auditQuery({ entity: undefined, entityId: 12 })).toEqual({ limit: '50', entityId: '12' });
  });
});
