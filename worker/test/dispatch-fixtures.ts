/**
 * Helpers for the dispatch route tests: an organisation with signed-in tokens, fresh symbols
 * and units so tests never depend on each other's data or order, and typed calls.
 * @module
 */
import type { DispatchCreate } from '../../shared/schemas/dispatch';
import { bearer, call, createUnit, createUser, json, organisation, signIn } from './fixtures';

let counter = 0;
/** A number no other test in the file uses (files have their own databases). */
export function unique(): number {
  counter += 1;
  return 1000 + counter;
}

/** A fresh symbol of the common shape, e.g. "1001/UBND-NC". */
export function freshSymbol(suffix = 'UBND-NC'): string {
  return `${unique()}/${suffix}`;
}

/** The organisation of fixtures.ts with a token for each of its users. */
export async function signedInOrganisation() {
  const org = await organisation();
  const [admin, clerk, policeHead, educationHead] = await Promise.all([
    signIn(org.admin.email),
    signIn(org.clerk.email),
    signIn(org.policeHead.email),
    signIn(org.educationHead.email),
  ]);
  return { ...org, tokens: { admin, clerk, policeHead, educationHead } };
}
export type SignedInOrganisation = Awaited<ReturnType<typeof signedInOrganisation>>;

/** A new unit and its signed-in head. */
export async function unitWithHead(prefix = 'U') {
  const n = unique();
  const unit = await createUnit(`${prefix}${n}`, `Đơn vị ${prefix}${n}`);
  const head = await createUser(`head${n}@example.vn`, 'unit_head', unit.id);
  return { unit, head, token: await signIn(head.email) };
}

export interface Answer<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
}

async function answer<T>(res: Response): Promise<Answer<T>> {
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T, headers: res.headers };
}

// biome-ignore lint/suspicious/noExplicitAny: test answers are read loosely and checked by expect.
type Loose = any;

export async function post<T = Loose>(
  path: string,
  token: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Answer<T>> {
  return answer<T>(await call(path, json('POST', body, token, headers)));
}

export async function get<T = Loose>(path: string, token: string): Promise<Answer<T>> {
  return answer<T>(await call(path, bearer(token)));
}

/** POST /api/dispatches with a fresh symbol unless one is given. */
export function record(
  token: string,
  body: Partial<DispatchCreate> = {},
  headers: Record<string, string> = {},
) {
  return post(
    '/api/dispatches',
    token,
    { symbol: freshSymbol(), subject: 'V/v thử nghiệm', ...body },
    headers,
  );
}
