/**
 * The dashboard's calls: the period's figures, the dispatch search, a dispatch's status per
 * recipient unit, and the exports. All through `withApi`, so a dead token ends the session like
 * any other call; every call resolves to an `Answer`, never rejects.
 *
 * Exports need the bearer token, so the background downloads them and hands the bytes to the
 * page (base64: runtime messages carry JSON), which makes the file itself. No `downloads`
 * permission is needed for that.
 * @module
 */
import { hc } from 'hono/client';
import type { AppType } from '../../.types/worker/index';
import { type ApiFailure, type ApiResult, DEFAULT_TIMEOUT_MS } from '../lib/api';
import type { Answer, DispatchPage, ExportedFile, ExportRequest } from '../lib/messaging';
import type { StoredSession } from '../lib/storage';
import { describeFailure, withApi } from './session';

/** Dispatches listed per page of the search. */
const PAGE = 50;
/** Exports stream the whole register: give them longer than an ordinary call. */
const EXPORT_TIMEOUT_MS = 120_000;

function client(session: StoredSession) {
  return hc<AppType>(session.serverUrl, {
    headers: { Authorization: `Bearer ${session.token}` },
    fetch: (input: RequestInfo | URL, init?: RequestInit) =>
      globalThis.fetch(input, { ...init, signal: AbortSignal.timeout(DEFAULT_TIMEOUT_MS) }),
  });
}

async function readFailure(response: Response): Promise<ApiFailure> {
  let code = `http_${response.status}`;
  let message = `HTTP ${response.status}`;
  try {
    const body = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
    if (typeof body.error?.code === 'string') code = body.error.code;
    if (typeof body.error?.message === 'string') message = body.error.message;
  } catch {
    // Not the API's envelope: the status says enough.
  }
  return { ok: false, kind: 'http', status: response.status, code, message };
}

async function call<T>(request: () => Promise<Response>, read: (r: Response) => Promise<T>) {
  let response: Response;
  try {
    response = await request();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, kind: 'network', status: 0, code: 'network', message } satisfies ApiFailure;
  }
  if (!response.ok) return readFailure(response);
  try {
    return { ok: true as const, status: response.status, data: await read(response) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      kind: 'http',
      status: response.status,
      code: 'bad_response',
      message,
    } satisfies ApiFailure;
  }
}

const readJson = <T>(response: Response) => response.json() as Promise<T>;

async function answer<T>(result: ApiResult<T>): Promise<Answer<T>> {
  return result.ok ? { ok: true, data: result.data } : { ok: false, error: await describeFailure(result) };
}

export async function getOverview(from?: string, to?: string) {
  const query = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
  return answer(
    await withApi((_, session) =>
      call(() => client(session).api.reports.overview.$get({ query }) as Promise<Response>, readJson),
    ),
  );
}

export async function searchDispatches(q?: string, cursor?: string): Promise<Answer<DispatchPage>> {
  const text = q?.trim();
  const query = { limit: String(PAGE), ...(text ? { q: text } : {}), ...(cursor ? { cursor } : {}) };
  const result = await withApi((_, session) =>
    call(() => client(session).api.dispatches.$get({ query }) as Promise<Response>, readJson<DispatchPage>),
  );
  return answer(result);
}

export async function getDispatchStatus(dispatchId: number) {
  const param = { id: String(dispatchId) };
  return answer(
    await withApi((_, session) =>
      call(() => client(session).api.dispatches[':id'].status.$get({ param }) as Promise<Response>, readJson),
    ),
  );
}

/** Base64 of bytes, in chunks (String.fromCharCode takes a bounded number of arguments). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The file name of the Content-Disposition header, or a sensible default. */
function filenameOf(response: Response, fallback: string): string {
  const header = response.headers.get('content-disposition') ?? '';
  const match = /filename="?([^";]+)"?/i.exec(header);
  return match?.[1] ?? fallback;
}

export async function exportFile({ kind, format, year }: ExportRequest): Promise<Answer<ExportedFile>> {
  const result = await withApi((_, session) => {
    const url = new URL(`${session.serverUrl}/api/export/${kind}.${format}`);
    if (year !== undefined) url.searchParams.set('year', String(year));
    return call(
      () =>
        globalThis.fetch(url, {
          headers: { Authorization: `Bearer ${session.token}` },
          signal: AbortSignal.timeout(EXPORT_TIMEOUT_MS),
        }),
      async (response): Promise<ExportedFile> => ({
        filename: filenameOf(response, `${kind}${year ? `-${year}` : ''}.${format}`),
        mimeType:
          response.headers.get('content-type') ??
          (format === 'csv'
            ? 'text/csv'
            : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
        base64: toBase64(new Uint8Array(await response.arrayBuffer())),
      }),
    );
  });
  return answer(result);
}
