/**
 * The session checked inside the work's own D1 batch, for the calls made most often (a
 * clerk's clip, a unit head's acknowledgement, the dispatch list). `requireAuth` costs a D1 round trip of its
 * own, and a round trip is most of what a short request costs (BENCHMARKS.md, API throughput).
 *
 * Here the batch's first statement reads the session and fails, failing the whole batch and
 * so writing nothing (a batch is one transaction), unless the session is live, its user active
 * and of an allowed role; the later statements name the user through sub-selects of the same
 * session. Any refusal sends the request the long way: the session looked up alone (401/403
 * exactly as `requireAuth`/`requireRole` answer), then the work with the known user. The
 * session is read when the work is done, as with `requireAuth`, so a signed-out or deactivated
 * user is refused just as immediately: nothing is cached.
 * @module
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Context } from 'hono';
import type { Role } from '../../shared/schemas/auth';
import { type BatchStatement, errorSays, isUniqueViolation } from '../dispatches/sql';
import type { AppEnv, SessionUser } from '../lib/types';
import { assertRole, bearerTokenHash, LIVE_SESSION, sessionUser } from './auth';

export interface BatchSession {
  /**
   * The batch's first statement: when the session may do this, it answers the signed-in user
   * (the columns of SessionUser, as requireAuth reads them); otherwise it fails the batch.
   */
  guard: BatchStatement;
  /** The signed-in user's id, as a sub-select for the statements after the guard. */
  userId: SQL;
  /** The signed-in user's unit (NULL for users without one), likewise. */
  unitId: SQL;
  /** Whether the signed-in user has one of `roles`: a condition for the statements after the guard. */
  hasRole(roles: readonly Role[]): SQL;
}

/**
 * The guard's SQL, on requireAuth's own definition of a live session (?1 token hash, ?2 now)
 * and the allowed roles (?3, a JSON array). json() of a string that is not JSON is an error,
 * the only way plain SQL has to fail a statement; it reads count(*) so that SQLite cannot
 * evaluate it ahead as a constant. The token hash is unique, so count(*) is 0 or 1 and max()
 * is the one row's value.
 */
const GUARD = `
  SELECT CASE WHEN count(*) = 1 THEN max(s.id) ELSE json('session refused: ' || count(*)) END AS sessionId,
    max(u.id) AS id, max(u.email) AS email, max(u.name) AS name, max(u.role) AS role, max(u.unit_id) AS unitId
  ${LIVE_SESSION} AND u.role IN (SELECT value FROM json_each(?3))`;

export function batchSession(tokenHash: string, roles: readonly Role[], now = new Date()): BatchSession {
  const params = [tokenHash, Math.floor(now.getTime() / 1000), JSON.stringify(roles)];
  return {
    guard: { toSQL: () => ({ sql: GUARD, params }) },
    userId: sql`(SELECT s.user_id FROM sessions s WHERE s.token_hash = ${tokenHash})`,
    unitId: sql`(SELECT u.unit_id FROM sessions s INNER JOIN users u ON u.id = s.user_id WHERE s.token_hash = ${tokenHash})`,
    hasRole: (allowed) => sql`EXISTS (SELECT 1 FROM sessions s INNER JOIN users u ON u.id = s.user_id
      WHERE s.token_hash = ${tokenHash} AND u.role IN (SELECT value FROM json_each(${JSON.stringify(allowed)})))`,
  };
}

/** The signed-in user as the guard answered it (the first result of a batch that passed). */
export function guardedUser(result: D1Result | undefined): SessionUser {
  const row = result?.results[0] as SessionUser | undefined;
  if (!row) throw new Error('the batch did not start with the session guard');
  return row;
}

/**
 * Runs `fast` (when the request can take it) with the session checked in its batch. If the
 * batch is refused (the session may not do this, an Idempotency-Key is used, a unique index
 * refuses the document), nothing was written, and the session is checked alone (401, 403)
 * before `slow` does the work the long way. Any other error, an ApiError from `fast` (an
 * answer given after its batch passed the guard) included, stands.
 */
export async function inSessionBatch<T>(
  c: Context<AppEnv>,
  roles: readonly Role[],
  fast: ((session: BatchSession) => Promise<T>) | null,
  slow: (user: SessionUser) => Promise<T>,
): Promise<T> {
  const tokenHash = await bearerTokenHash(c);
  if (fast) {
    try {
      return await fast(batchSession(tokenHash, roles));
    } catch (error) {
      // Anything else (D1 failing, say) is not a refusal: retrying the long way would only
      // double the load when the database is already struggling.
      if (!isSessionRefusal(error) && !isUniqueViolation(error)) throw error;
    }
  }
  const user = await sessionUser(c.env.DB, tokenHash);
  assertRole(user, roles);
  return slow(user);
}

/** Whether a D1 error is the guard's refusal (the `json()` of a string that is not JSON). */
export function isSessionRefusal(error: unknown): boolean {
  return errorSays(error, /malformed JSON/i);
}

/**
 * Reads a request's input before its session is checked (the check is then part of the work's
 * batch), but answers as if the session came first: a caller who may not use the route gets
 * 401/403 for it, not a word about what they sent.
 */
export async function readBeforeSession<T>(
  c: Context<AppEnv>,
  roles: readonly Role[],
  read: () => T | Promise<T>,
): Promise<T> {
  try {
    return await read();
  } catch (error) {
    assertRole(await sessionUser(c.env.DB, await bearerTokenHash(c)), roles);
    throw error;
  }
}
