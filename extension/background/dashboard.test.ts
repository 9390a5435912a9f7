import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExportedFile } from '../lib/messaging';
import { sessionItem } from '../lib/storage';
import { toBase64 } from './dashboard';
import { type FakeServer, SERVER_URL, signedInSession, signedInToFakeServer, TOKEN } from './fake-server';
import { handleMessage } from './handlers';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** The dashboard's routes on top of FakeServer (sign-in, tokens, the error envelope). */
function installDashboardRoutes(server: FakeServer) {
  const requests: { method: string; url: URL; headers: Headers }[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input instanceof Request ? input.url : input));
    const path = url.pathname;
    const mine = /^\/api\/(reports|export|dispatches)(\/|$)/.test(path);
    if (!mine || server.down) return server.fetch(input, init);
    const headers = new Headers(init.headers);
    requests.push({ method: (init.method ?? 'GET').toUpperCase(), url, headers });
    if (headers.get('Authorization') !== `Bearer ${TOKEN}`)
      return json(401, { error: { code: 'unauthorized', message: 'Sign in first' } });
    if (path === '/api/reports/overview')
      return json(200, {
        period: { from: url.searchParams.get('from'), to: url.searchParams.get('to') },
        dispatches: 3,
      });
    if (path === '/api/dispatches')
      return json(200, { items: [{ id: 1, symbol: '3950/UBND-NC' }], nextCursor: 'next' });
    const status = /^\/api\/dispatches\/(\d+)\/status$/.exec(path);
    if (status) {
      if (status[1] === '404')
        return json(404, { error: { code: 'not_found', message: 'No such dispatch' } });
      return json(200, {
        dispatchId: Number(status[1]),
        totals: { recipients: 0, acknowledged: 0 },
        units: [],
      });
    }
    if (path === '/api/export/register.xlsx')
      return new Response(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff]), {
        status: 200,
        headers: {
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'content-disposition': `attachment; filename="so-den-${url.searchParams.get('year')}.xlsx"`,
        },
      });
    if (path === '/api/dispatches/31/status.csv')
      return new Response('\uFEFFSố, ký hiệu\r\n', {
        status: 200,
        headers: { 'content-type': 'text/csv; charset=utf-8' },
      });
    if (path === '/api/export/register.csv')
      return json(403, { error: { code: 'forbidden', message: 'Admins only' } });
    return json(404, { error: { code: 'not_found', message: 'No route' } });
  });
  vi.stubGlobal('fetch', fetch);
  return { requests };
}

let server: FakeServer;

beforeEach(async () => {
  server = await signedInToFakeServer();
});

describe('dashboard messages', () => {
  it('reads the overview of a period, with the token, from the signed-in server', async () => {
    const { requests } = installDashboardRoutes(server);
    const answer = await handleMessage(
      { type: 'dashboard-overview', from: '2026-11-01', to: '2026-11-30' },
      undefined,
    );
    expect(answer).toEqual({
      ok: true,
      data: { period: { from: '2026-11-01', to: '2026-11-30' }, dispatches: 3 },
    });
    expect(requests[0]?.url.href).toBe(`${SERVER_URL}/api/reports/overview?from=2026-11-01&to=2026-11-30`);
    // No period: no empty parameters.
    await handleMessage({ type: 'dashboard-overview' }, undefined);
    expect(requests[1]?.url.search).toBe('');
  });

  it('searches dispatches with the trimmed text and the cursor', async () => {
    const { requests } = installDashboardRoutes(server);
    const answer = await handleMessage(
      { type: 'dashboard-dispatches', q: '  bao ve ', cursor: 'abc' },
      undefined,
    );
    expect(answer).toMatchObject({ ok: true, data: { nextCursor: 'next' } });
    const params = requests[0]?.url.searchParams;
    expect(params?.get('q')).toBe('bao ve');
    expect(params?.get('cursor')).toBe('abc');
    await handleMessage({ type: 'dashboard-dispatches', q: '   ' }, undefined);
    expect(requests[1]?.url.searchParams.has('q')).toBe(false);
  });

  it('reads a dispatch’s status, or says why not', async () => {
    installDashboardRoutes(server);
    expect(await handleMessage({ type: 'dispatch-status', dispatchId: 7 }, undefined)).toMatchObject({
      ok: true,
      data: { dispatchId: 7, units: [] },
    });
    expect(await handleMessage({ type: 'dispatch-status', dispatchId: 404 }, undefined)).toEqual({
      ok: false,
      error: 'No such dispatch',
    });
  });

  it('downloads an export with the token and answers its bytes in base64, with the server’s file name', async () => {
    const { requests } = installDashboardRoutes(server);
    const answer = await handleMessage(
      { type: 'export-file', kind: 'register', format: 'xlsx', year: 2026 },
      undefined,
    );
    expect(answer).toMatchObject({ ok: true });
    const file = (answer as { data: ExportedFile }).data;
    expect(file.filename).toBe('so-den-2026.xlsx');
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect([...atob(file.base64)].map((c) => c.charCodeAt(0))).toEqual([0x50, 0x4b, 0x03, 0x04, 0xff]);
    expect(requests[0]?.url.href).toBe(`${SERVER_URL}/api/export/register.xlsx?year=2026`);
    expect(requests[0]?.headers.get('Authorization')).toBe(`Bearer ${TOKEN}`);
    expect(
      await handleMessage({ type: 'export-file', kind: 'register', format: 'csv', year: 2026 }, undefined),
    ).toEqual({ ok: false, error: 'Admins only' });
  });

  it('downloads the matrix of one dispatch, named after it when the server gives no name', async () => {
    const { requests } = installDashboardRoutes(server);
    const answer = await handleMessage(
      { type: 'export-file', kind: 'status', format: 'csv', dispatchId: 31 },
      undefined,
    );
    expect(requests[0]?.url.href).toBe(`${SERVER_URL}/api/dispatches/31/status.csv`);
    const file = (answer as { data: ExportedFile }).data;
    expect(file.filename).toBe('tinh-hinh-31.csv');
    expect(
      new TextDecoder('utf-8', { ignoreBOM: true }).decode(
        Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0)),
      ),
    ).toBe('\uFEFFSố, ký hiệu\r\n');
  });

  it('answers signed out without calling the server, and a 401 ends the session', async () => {
    const { requests } = installDashboardRoutes(server);
    await sessionItem.setValue(null);
    expect(await handleMessage({ type: 'dashboard-overview' }, undefined)).toMatchObject({ ok: false });
    expect(requests).toHaveLength(0);
    await sessionItem.setValue({ ...signedInSession(), token: 'revoked' });
    expect(await handleMessage({ type: 'dispatch-status', dispatchId: 1 }, undefined)).toMatchObject({
      ok: false,
    });
    expect(await sessionItem.getValue()).toBeNull();
  });

  it('says the server is unreachable', async () => {
    installDashboardRoutes(server);
    server.down = true;
    const answer = await handleMessage({ type: 'export-file', kind: 'dispatches', format: 'csv' }, undefined);
    expect((answer as { error: string }).error).toContain(SERVER_URL);
  });

  it('encodes large files in base64 without overflowing the call stack', () => {
    const bytes = new Uint8Array(200_000).map((_, i) => i % 256);
    const decoded = atob(toBase64(bytes));
    expect(decoded.length).toBe(bytes.length);
    expect(decoded.charCodeAt(199_999)).toBe(199_999 % 256);
  });
});
