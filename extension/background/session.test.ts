import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { languageItem } from '../lib/i18n';
import { serverUrlItem, sessionItem } from '../lib/storage';
import { FakeServer, SERVER_URL, signedInSession, TOKEN, USER } from './fake-server';
import { getSession, normaliseServerUrl, setSuccessListener, signIn, signOut, withApi } from './session';

let server: FakeServer;

beforeEach(() => {
  fakeBrowser.reset();
  vi.unstubAllGlobals();
  server = new FakeServer().install();
  setSuccessListener(() => {});
});

describe('normaliseServerUrl', () => {
  it.each([
    ['http://127.0.0.1:8787', 'http://127.0.0.1:8787'],
    ['  https://congvan.example.gov.vn/  ', 'https://congvan.example.gov.vn'],
    ['https://example.gov.vn/dispatch/?x=1#y', 'https://example.gov.vn/dispatch'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseServerUrl(input)).toBe(expected);
  });

  it.each([
    '127.0.0.1:8787',
    'ftp://example.gov.vn',
    'javascript:alert(1)',
    'https://u:p@example.gov.vn',
    '',
  ])('refuses %j', (input) => {
    expect(normaliseServerUrl(input)).toBeNull();
  });
});

describe('sign-in', () => {
  it('keeps the token in extension storage and shows only the user', async () => {
    const answer = await signIn({
      serverUrl: `${SERVER_URL}/`,
      email: ' vanthu@demo.example ',
      password: 'demo-3944',
    });

    expect(answer).toEqual({ ok: true, session: { serverUrl: SERVER_URL, user: USER } });
    expect(await sessionItem.getValue()).toMatchObject({ serverUrl: SERVER_URL, token: TOKEN, user: USER });
    expect(await serverUrlItem.getValue()).toBe(SERVER_URL);
    expect(JSON.stringify(await getSession())).not.toContain(TOKEN);
    expect(server.calls[0]?.body).toEqual({ email: 'vanthu@demo.example', password: 'demo-3944' });
  });

  it("answers the server's message on a wrong password, and stays signed out", async () => {
    const answer = await signIn({ serverUrl: SERVER_URL, email: USER.email, password: 'wrong' });

    expect(answer).toEqual({ ok: false, error: 'Wrong e-mail address or password' });
    expect(await sessionItem.getValue()).toBeNull();
  });

  it("answers the server's message when sign-ins are locked (429)", async () => {
    server.failNext('/api/auth/login', 429, 'Too many failed sign-ins; try again later');
    const answer = await signIn({ serverUrl: SERVER_URL, email: USER.email, password: 'demo-3944' });

    expect(answer).toEqual({ ok: false, error: 'Too many failed sign-ins; try again later' });
  });

  it('refuses an address that is not http(s) without calling anything', async () => {
    const answer = await signIn({ serverUrl: 'file:///etc/passwd', email: USER.email, password: 'x' });

    expect(answer).toEqual({ ok: false, error: expect.stringContaining('http://') });
    expect(server.calls).toHaveLength(0);
  });

  it('says when the server cannot be reached, in the chosen language', async () => {
    server.down = true;
    await languageItem.setValue('en');
    const answer = await signIn({ serverUrl: SERVER_URL, email: USER.email, password: 'demo-3944' });

    expect(answer).toEqual({ ok: false, error: `Cannot reach the server ${SERVER_URL}.` });
  });

  it('wakes the retry queue once signed in', async () => {
    const listener = vi.fn();
    setSuccessListener(listener);
    await signIn({ serverUrl: SERVER_URL, email: USER.email, password: 'demo-3944' });

    expect(listener).toHaveBeenCalledOnce();
  });
});

describe('sign-out', () => {
  it('revokes the token on the server and forgets it', async () => {
    await sessionItem.setValue(signedInSession());
    const session = await signOut();

    expect(session).toEqual({ serverUrl: SERVER_URL, user: null });
    expect(server.callsTo('/api/auth/logout', 'POST')[0]?.headers.get('Authorization')).toBe(
      `Bearer ${TOKEN}`,
    );
    expect(await sessionItem.getValue()).toBeNull();
  });

  it('forgets the token even when the server is unreachable', async () => {
    await sessionItem.setValue(signedInSession());
    server.down = true;

    expect(await signOut()).toEqual({ serverUrl: SERVER_URL, user: null });
    expect(await sessionItem.getValue()).toBeNull();
  });
});

describe('withApi', () => {
  it('answers "not signed in" without a request when there is no session', async () => {
    const result = await withApi((api) => api.units());

    expect(result).toMatchObject({ ok: false, status: 401, code: 'not_signed_in' });
    expect(server.calls).toHaveLength(0);
  });

  it('ends the session on a 401 and asks to sign in again', async () => {
    await sessionItem.setValue({ ...signedInSession(), token: 'revoked' });
    const result = await withApi((api) => api.units());

    expect(result).toMatchObject({
      ok: false,
      status: 401,
      message: 'Phiên đăng nhập đã hết hạn: hãy đăng nhập lại.',
    });
    expect(await sessionItem.getValue()).toBeNull();
  });

  it('keeps a session signed in meanwhile when an older token gets its 401', async () => {
    await sessionItem.setValue({ ...signedInSession(), token: 'old' });
    const result = await withApi(async (api) => {
      const answer = await api.units();
      await sessionItem.setValue(signedInSession());
      return answer;
    });

    expect(result.ok).toBe(false);
    expect(await sessionItem.getValue()).toMatchObject({ token: TOKEN });
  });

  it('tells the listener about successes, unless asked not to', async () => {
    await sessionItem.setValue(signedInSession());
    const listener = vi.fn();
    setSuccessListener(listener);
    await withApi((api) => api.units());
    await withApi((api) => api.units(), { wakeQueue: false });

    expect(listener).toHaveBeenCalledOnce();
  });
});
