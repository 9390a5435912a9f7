/**
 * The API's typed client: Hono's `hc` over the worker's own route types, so a renamed route or
 * a changed answer breaks the extension's type-check instead of a user's save.
 *
 * Every call resolves (never rejects) to an `ApiResult`: the data, or a failure that says
 * whether the server was reached at all. Callers decide from that alone what to retry.
 * @module
 */
import { hc } from 'hono/client';
// Type-only, from declarations emitted by `tsc -p tsconfig.worker-types.json` (npm run
// typecheck does it first): the worker's sources need Workers globals this DOM project lacks.
import type { AppType } from '../../.types/worker/index';
import type { LoginBody } from '../../shared/schemas/auth';
import type { DispatchCreate } from '../../shared/schemas/dispatch';

/** Long enough for a slow D1 write, short enough that a hung server turns into a queued save. */
export const DEFAULT_TIMEOUT_MS = 15_000;

export type ApiFailure =
  /** No answer: the server is down, unreachable or too slow. */
  | { ok: false; kind: 'network'; status: 0; code: 'network'; message: string }
  /** An answer with an error status, with the envelope's code and message when it had one. */
  | { ok: false; kind: 'http'; status: number; code: string; message: string; details?: unknown };

export type ApiResult<T> = { ok: true; status: number; data: T } | ApiFailure;

export interface ApiOptions {
  serverUrl: string;
  token?: string | null;
  timeoutMs?: number;
  /** Defaults to the global fetch, looked up at call time (tests replace it). */
  fetch?: typeof fetch;
}

/** Is this failure worth trying again later with the same request? */
export function isTransient(failure: ApiFailure): boolean {
  // 408/429: the server asks to come back later. 409 is what the Idempotency-Key layer answers
  // while an earlier attempt with the same key is still being processed, or when a received
  // number was taken concurrently; both say "retry".
  return (
    failure.kind === 'network' ||
    failure.status >= 500 ||
    failure.status === 408 ||
    failure.status === 409 ||
    failure.status === 429
  );
}

/** The server's message, with the first field errors of a validation failure ("subject: …"). */
export function failureText(failure: ApiFailure): string {
  if (failure.kind === 'network' || !Array.isArray(failure.details)) return failure.message;
  const fields = failure.details
    .filter((d): d is { path: unknown; message: unknown } => typeof d === 'object' && d !== null)
    .slice(0, 3)
    .map((d) => `${String(d.path)}: ${String(d.message)}`);
  return fields.length > 0 ? `${failure.message} (${fields.join('; ')})` : failure.message;
}

async function readFailure(response: Response): Promise<ApiFailure> {
  let code = `http_${response.status}`;
  let message = `HTTP ${response.status}`;
  let details: unknown;
  try {
    const body = (await response.json()) as {
      error?: { code?: unknown; message?: unknown; details?: unknown };
    };
    if (typeof body.error?.code === 'string') code = body.error.code;
    if (typeof body.error?.message === 'string') message = body.error.message;
    details = body.error?.details;
  } catch {
    // Not our envelope (a proxy's HTML page, an empty 502): the status says enough.
  }
  return { ok: false, kind: 'http', status: response.status, code, message, details };
}

/** What the answer of a response is read as; JSON unless said otherwise (an export's bytes). */
type ReadBody<T> = (response: Response) => Promise<T>;

/**
 * Runs one request and turns whatever happens into an ApiResult: the one place the
 * extension's calls to the API (popup saves, side panel, dashboard) decide what a failure is.
 */
export async function callApi<T>(
  request: () => Promise<{ ok: boolean; status: number; json(): Promise<T> }>,
  read: ReadBody<T> = (response) => response.json() as Promise<T>,
): Promise<ApiResult<T>> {
  let response: Awaited<ReturnType<typeof request>>;
  try {
    response = await request();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, kind: 'network', status: 0, code: 'network', message };
  }
  if (!response.ok) return readFailure(response as unknown as Response);
  try {
    return { ok: true as const, status: response.status, data: await read(response as unknown as Response) };
  } catch (error) {
    // A 2xx that is not JSON is not this API (a captive portal, a wrong URL).
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, kind: 'http', status: response.status, code: 'bad_response', message };
  }
}

/** Hono's typed client for one server and (optionally) one token, each call with a timeout. */
export function typedClient(
  serverUrl: string,
  token: string | null | undefined,
  timeoutMs = DEFAULT_TIMEOUT_MS,
  fetchImpl?: typeof fetch,
) {
  return hc<AppType>(serverUrl, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
    // Looked up per call: a bare `fetch` reference taken early is unbound in a service worker
    // ("Illegal invocation") and would also escape the tests' stub.
    fetch: (input: RequestInfo | URL, init?: RequestInit) =>
      (fetchImpl ?? globalThis.fetch)(input, { ...init, signal: AbortSignal.timeout(timeoutMs) }),
  });
}

/** A client for one server and (optionally) one token. Cheap: make one per use. */
export function createApi({
  serverUrl,
  token,
  timeoutMs = DEFAULT_TIMEOUT_MS,
  fetch: fetchImpl,
}: ApiOptions) {
  const client = typedClient(serverUrl, token, timeoutMs, fetchImpl);

  return {
    login: (body: LoginBody) => callApi(() => client.api.auth.login.$post({ json: body })),
    logout: () => callApi(() => client.api.auth.logout.$post()),
    me: () => callApi(() => client.api.me.$get()),
    /** Which references are recorded. Keys only: never a URL or page text. */
    lookup: (keys: readonly string[]) =>
      callApi(() => client.api.dispatches.lookup.$get({ query: { keys: keys.join(',') } })),
    /** Records a dispatch; the same `idempotencyKey` again gets the first answer, never a second record. */
    createDispatch: (body: DispatchCreate, idempotencyKey: string) =>
      callApi(() =>
        client.api.dispatches.$post({ json: body }, { headers: { 'Idempotency-Key': idempotencyKey } }),
      ),
    distribute: (dispatchId: number, body: { unitIds?: number[]; groupIds?: number[] }) => {
      // The worker validates bodies inside its handlers (readJson), so its route types declare
      // no `json` input; hc sends it all the same. A variable, not a literal, to say so.
      const args = { param: { id: String(dispatchId) }, json: body };
      return callApi(() => client.api.dispatches[':id'].recipients.$post(args));
    },
    /** Active units only: the pickers and the addressee matching have no use for retired ones. */
    units: () => callApi(() => client.api.units.$get({ query: { active: 'true' } })),
    groups: () => callApi(() => client.api.groups.$get()),
  };
}

export type Api = ReturnType<typeof createApi>;
