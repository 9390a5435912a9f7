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
import { callApi, typedClient } from '../lib/api';
import type { Answer, DispatchPage, ExportedFile, ExportRequest } from '../lib/messaging';
import type { StoredSession } from '../lib/storage';
import { toAnswer, withApi } from './session';

/** Dispatches listed per page of the search. */
const PAGE = 50;
/** Exports stream the whole register: give them longer than an ordinary call. */
const EXPORT_TIMEOUT_MS = 120_000;

function client(session: StoredSession) {
  return typedClient(session.serverUrl, session.token);
}

export async function getOverview(from?: string, to?: string) {
  const query = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
  return toAnswer(
    await withApi((_, session) => callApi(() => client(session).api.reports.overview.$get({ query }))),
  );
}

export async function searchDispatches(q?: string, cursor?: string): Promise<Answer<DispatchPage>> {
  const text = q?.trim();
  const query = { limit: String(PAGE), ...(text ? { q: text } : {}), ...(cursor ? { cursor } : {}) };
  const result = await withApi((_, session) => callApi(() => client(session).api.dispatches.$get({ query })));
  return toAnswer(result);
}

export async function getDispatchStatus(dispatchId: number) {
  const param = { id: String(dispatchId) };
  return toAnswer(
    await withApi((_, session) =>
      callApi(() => client(session).api.dispatches[':id'].status.$get({ param })),
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

/** Where an export is served, and the file name to use if the server gives none. */
function exportLocation(serverUrl: string, wanted: ExportRequest): { url: URL; fallback: string } {
  if (wanted.kind === 'status')
    return {
      url: new URL(`${serverUrl}/api/dispatches/${wanted.dispatchId}/status.${wanted.format}`),
      fallback: `tinh-hinh-${wanted.dispatchId}.${wanted.format}`,
    };
  const url = new URL(`${serverUrl}/api/export/${wanted.kind}.${wanted.format}`);
  if (wanted.year !== undefined) url.searchParams.set('year', String(wanted.year));
  return { url, fallback: `${wanted.kind}${wanted.year ? `-${wanted.year}` : ''}.${wanted.format}` };
}

export async function exportFile(wanted: ExportRequest): Promise<Answer<ExportedFile>> {
  const { format } = wanted;
  const result = await withApi((_, session) => {
    const { url, fallback } = exportLocation(session.serverUrl, wanted);
    return callApi(
      () =>
        globalThis.fetch(url, {
          headers: { Authorization: `Bearer ${session.token}` },
          signal: AbortSignal.timeout(EXPORT_TIMEOUT_MS),
        }),
      async (response): Promise<ExportedFile> => ({
        filename: filenameOf(response, fallback),
        mimeType:
          response.headers.get('content-type') ??
          (format === 'csv'
            ? 'text/csv'
            : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
        base64: toBase64(new Uint8Array(await response.arrayBuffer())),
      }),
    );
  });
  return toAnswer(result);
}
