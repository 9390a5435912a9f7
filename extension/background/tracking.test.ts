import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionItem } from '../lib/storage';
import { type FakeServer, SERVER_URL, signedInToFakeServer, TOKEN } from './fake-server';
import { handleMessage } from './handlers';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** The report routes on top of FakeServer (sign-in, tokens, the error envelope). */
function installReportRoutes(server: FakeServer) {
  const requests: URL[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
      const url = new URL(String(input instanceof Request ? input.url : input));
      if (!url.pathname.startsWith('/api/reports/') || server.down) return server.fetch(input, init);
      requests.push(url);
      if (new Headers(init.headers).get('Authorization') !== `Bearer ${TOKEN}`)
        return json(401, { error: { code: 'unauthorized', message: 'Sign in first' } });
      if (url.pathname === '/api/reports/tracking') {
        // Windows of the dispatches: a row, an empty window, a row, then a failure.
        const cursor = url.searchParams.get('cursor');
        if (cursor === null) return json(200, { items: [{ dispatch: { id: 9 } }], nextCursor: 'w1' });
        if (cursor === 'w1') return json(200, { items: [], nextCursor: 'w2' });
        if (cursor === 'w2') return json(200, { items: [{ dispatch: { id: 3 } }], nextCursor: 'w3' });
        if (cursor === 'w3') return json(503, { error: { code: 'unavailable', message: 'Máy chủ bận' } });
        return json(200, { items: [], nextCursor: 'loop' });
      }
      if (url.pathname === '/api/reports/units/404')
        return json(404, { error: { code: 'not_found', message: 'No such unit' } });
      if (url.pathname.startsWith('/api/reports/units/'))
        return json(200, {
          unit: { id: Number(url.pathname.split('/').at(-1)) },
          items: [],
          nextCursor: null,
        });
      if (url.pathname === '/api/reports/acknowledgements')
        return json(200, { bucket: 'day', items: [], period: Object.fromEntries(url.searchParams) });
      if (url.pathname === '/api/reports/groups')
        return json(403, { error: { code: 'forbidden', message: 'Admins only' } });
      return json(404, { error: { code: 'not_found', message: 'No route' } });
    }),
  );
  return requests;
}

let server: FakeServer;

beforeEach(async () => {
  server = await signedInToFakeServer();
});

describe('tracking messages', () => {
  it('asks for a page of the matrix with the filters, a page size and no empty parameters', async () => {
    const requests = installReportRoutes(server);
    await handleMessage(
      {
        type: 'tracking-matrix',
        unitId: 5,
        ack: 'pending',
        from: '2026-11-01',
        q: '  bao ve ',
        cursor: 'c1',
      },
      undefined,
    );
    expect(Object.fromEntries(requests[0]?.searchParams ?? [])).toEqual({
      unitId: '5',
      ack: 'pending',
      from: '2026-11-01',
      q: 'bao ve',
      limit: '20',
      cursor: 'c1',
    });
    requests.length = 0;
    await handleMessage({ type: 'tracking-matrix', q: '   ' }, undefined);
    expect(requests[0]?.search).toBe('?limit=20');
  });

  it('looks further while the windows come back short, and keeps what it found when one fails', async () => {
    const requests = installReportRoutes(server);
    expect(await handleMessage({ type: 'tracking-matrix', ack: 'pending' }, undefined)).toEqual({
      ok: true,
      data: { items: [{ dispatch: { id: 9 } }, { dispatch: { id: 3 } }], nextCursor: 'w3' },
    });
    expect(requests.map((url) => url.searchParams.get('cursor'))).toEqual([null, 'w1', 'w2', 'w3']);
    // Failing at once: the error, not an empty page.
    expect(await handleMessage({ type: 'tracking-matrix', cursor: 'w3' }, undefined)).toEqual({
      ok: false,
      error: 'Máy chủ bận',
    });
    // At most five requests for one page.
    requests.length = 0;
    await handleMessage({ type: 'tracking-matrix', cursor: 'loop' }, undefined);
    expect(requests).toHaveLength(5);
  });

  it('reads a unit’s record with its order and cursor, or says why not', async () => {
    const requests = installReportRoutes(server);
    expect(
      await handleMessage({ type: 'unit-record', unitId: 7, order: 'date', cursor: 'x' }, undefined),
    ).toMatchObject({
      ok: true,
      data: { unit: { id: 7 } },
    });
    expect(requests[0]?.href).toBe(`${SERVER_URL}/api/reports/units/7?order=date&cursor=x&limit=20`);
    expect(await handleMessage({ type: 'unit-record', unitId: 404 }, undefined)).toEqual({
      ok: false,
      error: 'No such unit',
    });
  });

  it('reads the charts’ data', async () => {
    const requests = installReportRoutes(server);
    expect(
      await handleMessage({ type: 'ack-series', from: '2026-11-01', to: '2026-11-30' }, undefined),
    ).toMatchObject({ ok: true, data: { period: { from: '2026-11-01', to: '2026-11-30' } } });
    expect(await handleMessage({ type: 'group-tasks', from: '2026-11-01' }, undefined)).toEqual({
      ok: false,
      error: 'Admins only',
    });
    expect(requests[1]?.search).toBe('?from=2026-11-01');
  });

  it('answers signed out without calling the server', async () => {
    const requests = installReportRoutes(server);
    await sessionItem.setValue(null);
    expect(await handleMessage({ type: 'tracking-matrix' }, undefined)).toMatchObject({ ok: false });
    expect(requests).toHaveLength(0);
  });
});
