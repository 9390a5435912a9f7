import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeServer, TOKEN } from '../background/fake-server';
import { createApi, failureText, isTransient } from './api';

const SERVER = 'http://127.0.0.1:8787';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('createApi', () => {
  it('signs in with a JSON body and no token', async () => {
    const server = new FakeServer().install();
    const result = await createApi({ serverUrl: SERVER }).login({
      email: 'vanthu@demo.example',
      password: 'demo-3944',
    });

    expect(result).toMatchObject({ ok: true, status: 200, data: { token: TOKEN, user: { id: 7 } } });
    const [call] = server.calls;
    expect(call?.method).toBe('POST');
    expect(call?.url.href).toBe(`${SERVER}/api/auth/login`);
    expect(call?.headers.get('Content-Type')).toBe('application/json');
    expect(call?.headers.has('Authorization')).toBe(false);
    expect(call?.body).toEqual({ email: 'vanthu@demo.example', password: 'demo-3944' });
  });

  it('sends the bearer token and the Idempotency-Key when recording a dispatch', async () => {
    const server = new FakeServer().install();
    const api = createApi({ serverUrl: SERVER, token: TOKEN });
    const result = await api.createDispatch({ symbol: '3944/UBND-NC', subject: 'về việc …' }, 'key-1');

    expect(result).toMatchObject({ ok: true, status: 201, data: { id: 1, duplicate: false } });
    const call = server.callsTo('/api/dispatches', 'POST')[0];
    expect(call?.headers.get('Authorization')).toBe(`Bearer ${TOKEN}`);
    expect(call?.headers.get('Idempotency-Key')).toBe('key-1');
  });

  it('asks the lookup with the keys and nothing else', async () => {
    const server = new FakeServer().install();
    await createApi({ serverUrl: SERVER, token: TOKEN }).lookup(['3944/UBND-NC', '23/2012/TT-BCA-V28']);

    const [call] = server.calls;
    expect(call?.method).toBe('GET');
    expect(call?.url.pathname).toBe('/api/dispatches/lookup');
    expect([...(call?.url.searchParams.keys() ?? [])]).toEqual(['keys']);
    expect(call?.url.searchParams.get('keys')).toBe('3944/UBND-NC,23/2012/TT-BCA-V28');
    expect(call?.body).toBeUndefined();
  });

  it('distributes to units and groups by dispatch id', async () => {
    const server = new FakeServer().install();
    const api = createApi({ serverUrl: SERVER, token: TOKEN });
    await api.createDispatch({ symbol: '3944/UBND-NC', subject: 's' }, 'k');
    const result = await api.distribute(1, { unitIds: [2], groupIds: [1] });

    expect(result.ok).toBe(true);
    const call = server.callsTo('/api/dispatches/1/recipients')[0];
    expect(call?.body).toEqual({ unitIds: [2], groupIds: [1] });
  });

  it('turns a refused connection into a network failure instead of throwing', async () => {
    const server = new FakeServer().install();
    server.down = true;
    const result = await createApi({ serverUrl: SERVER, token: TOKEN }).units();

    expect(result).toMatchObject({ ok: false, kind: 'network', status: 0 });
    expect(result.ok === false && isTransient(result)).toBe(true);
  });

  it('gives up on a server that does not answer in time', async () => {
    const hang = vi.fn(
      (_input: RequestInfo | URL, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
        }),
    );
    const result = await createApi({ serverUrl: SERVER, timeoutMs: 20, fetch: hang }).me();

    expect(result).toMatchObject({ ok: false, kind: 'network' });
  });

  it('reads the error envelope: code, message and field details', async () => {
    const server = new FakeServer().install();
    server.failNext('/api/dispatches', 422, 'The body is not valid', [
      { path: 'subject', message: 'Required' },
    ]);
    const result = await createApi({ serverUrl: SERVER, token: TOKEN }).createDispatch(
      { symbol: '3944/UBND-NC', subject: 's' },
      'k',
    );

    expect(result).toMatchObject({ ok: false, kind: 'http', status: 422, code: 'validation_failed' });
    if (result.ok) throw new Error('expected a failure');
    expect(isTransient(result)).toBe(false);
    expect(failureText(result)).toBe('The body is not valid (subject: Required)');
  });

  it('copes with an error page that is not JSON', async () => {
    const gateway = vi.fn(async () => new Response('<html>Bad gateway</html>', { status: 502 }));
    const result = await createApi({ serverUrl: SERVER, fetch: gateway }).me();

    expect(result).toMatchObject({ ok: false, kind: 'http', status: 502, message: 'HTTP 502' });
    expect(result.ok === false && isTransient(result)).toBe(true);
  });

  it('says a 2xx that is not JSON is not this API', async () => {
    const portal = vi.fn(async () => new Response('<html>Wi-Fi login</html>', { status: 200 }));
    const result = await createApi({ serverUrl: SERVER, fetch: portal }).me();

    expect(result).toMatchObject({ ok: false, code: 'bad_response' });
  });
});

describe('isTransient', () => {
  it.each([
    [500, true],
    [503, true],
    [408, true],
    [409, true],
    [429, true],
    [400, false],
    [401, false],
    [403, false],
    [404, false],
    [422, false],
  ])('status %i → %s', (status, transient) => {
    expect(isTransient({ ok: false, kind: 'http', status, code: 'x', message: 'x' })).toBe(transient);
  });
});
