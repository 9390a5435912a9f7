/**
 * The signed-in session: sign-in, sign-out, and every signed-in call to the API, which all go
 * through `withApi` so that a 401 ends the session and a success can wake the retry queue.
 * @module
 */
import { type Api, type ApiFailure, type ApiResult, createApi, failureText } from '../lib/api';
import type { Answer, Session } from '../lib/messaging';
import { type StoredSession, serverUrlItem, sessionItem } from '../lib/storage';
import { backgroundText } from './text';

/** How long sign-out waits for the server before forgetting the token anyway. */
const SIGN_OUT_TIMEOUT_MS = 5_000;

/**
 * The server URL as the API client wants it (origin plus any path, no trailing slash), or null
 * when it is not an http(s) URL. Credentials, query and fragment are refused or dropped: the
 * token goes in a header, never in a URL.
 */
export function normaliseServerUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password) return null;
  return url.origin + url.pathname.replace(/\/+$/, '');
}

function publicSession(stored: StoredSession | null, serverUrl: string): Session {
  return stored ? { serverUrl: stored.serverUrl, user: stored.user } : { serverUrl, user: null };
}

/** What the options page and popup may know: the server and the user, never the token. */
export async function getSession(): Promise<Session> {
  const [stored, serverUrl] = await Promise.all([sessionItem.getValue(), serverUrlItem.getValue()]);
  return publicSession(stored, serverUrl);
}

type SuccessListener = () => void;
let onSuccess: SuccessListener = () => {};

/** Called after every signed-in call the server answered with success (the retry queue listens). */
export function setSuccessListener(listener: SuccessListener): void {
  onSuccess = listener;
}

/** The answer of a call made while signed out: a 401 like the server's, with our own message. */
async function notSignedIn(): Promise<ApiFailure> {
  const t = await backgroundText();
  return { ok: false, kind: 'http', status: 401, code: 'not_signed_in', message: t('notSignedIn') };
}

/**
 * Runs `call` with a client carrying the session's token. A 401 means the token is dead
 * (expired or revoked): the session is forgotten, so every part of the extension shows
 * "signed out" and the next save asks for a sign-in instead of failing again.
 */
export async function withApi<T>(
  call: (api: Api, session: StoredSession) => Promise<ApiResult<T>>,
  options: { wakeQueue?: boolean; timeoutMs?: number } = {},
): Promise<ApiResult<T>> {
  const session = await sessionItem.getValue();
  if (!session) return notSignedIn();
  const api = createApi({ serverUrl: session.serverUrl, token: session.token, timeoutMs: options.timeoutMs });
  const result = await call(api, session);
  if (result.ok) {
    if (options.wakeQueue !== false) onSuccess();
    return result;
  }
  if (result.status === 401) {
    // Only the token that failed: a sign-in may have replaced it while this call was out.
    if ((await sessionItem.getValue())?.token === session.token) await sessionItem.setValue(null);
    const t = await backgroundText();
    return { ...result, message: t('signInAgain') };
  }
  return result;
}

/** A failure as the user reads it: our words for "unreachable", the server's for the rest. */
export async function describeFailure(failure: ApiFailure, serverUrl?: string): Promise<string> {
  const t = await backgroundText();
  const url = serverUrl ?? (await getSession()).serverUrl;
  if (failure.kind === 'network') return t('unreachable', { url });
  if (failure.code === 'bad_response') return t('badResponse', { url });
  return failureText(failure);
}

/** A call's result as a page receives it: the data, or the failure in the user's words. */
export async function toAnswer<T>(result: ApiResult<T>): Promise<Answer<T>> {
  return result.ok ? { ok: true, data: result.data } : { ok: false, error: await describeFailure(result) };
}

export type SignInAnswer = { ok: true; session: Session } | { ok: false; error: string };

export async function signIn(request: {
  serverUrl: string;
  email: string;
  password: string;
}): Promise<SignInAnswer> {
  const t = await backgroundText();
  const serverUrl = normaliseServerUrl(request.serverUrl);
  if (!serverUrl) return { ok: false, error: t('badUrl') };
  const result = await createApi({ serverUrl }).login({
    email: request.email.trim(),
    password: request.password,
  });
  if (!result.ok) return { ok: false, error: await describeFailure(result, serverUrl) };
  const { token, user, expiresAt } = result.data;
  if (typeof token !== 'string' || !user) return { ok: false, error: t('badResponse', { url: serverUrl }) };
  const stored: StoredSession = { serverUrl, token, user, expiresAt };
  await Promise.all([serverUrlItem.setValue(serverUrl), sessionItem.setValue(stored)]);
  onSuccess();
  return { ok: true, session: publicSession(stored, serverUrl) };
}

/** Revokes the token on the server when it can, and forgets it in any case. */
export async function signOut(): Promise<Session> {
  const session = await sessionItem.getValue();
  if (session) {
    // The answer does not matter: an unreachable server must not keep the user signed in here.
    await createApi({
      serverUrl: session.serverUrl,
      token: session.token,
      timeoutMs: SIGN_OUT_TIMEOUT_MS,
    }).logout();
    if ((await sessionItem.getValue())?.token === session.token) await sessionItem.setValue(null);
  }
  return getSession();
}
