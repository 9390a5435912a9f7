/**
 * The scheduler's clean-up: rows kept only for a while and otherwise growing for ever. Stored
 * answers to an `Idempotency-Key` outlive any retry of the extension's offline queue (which
 * gives up on nothing, but a save older than this is deduplicated by its reference anyway);
 * failed sign-in counters outlive their window and lock; sessions outlive their expiry.
 * @module
 */
import { and, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '../db/client';
import { idempotencyKeys, loginFailures, sessions } from '../db/schema';

const DAY_MS = 24 * 3600 * 1000;
/** How long an answer to an Idempotency-Key is kept. */
export const IDEMPOTENCY_KEEP_MS = 30 * DAY_MS;
/** Failed sign-in counters: far longer than any failure window or lock (15 minutes each). */
export const LOGIN_FAILURE_KEEP_MS = DAY_MS;
/** Sessions past their expiry or revoked: kept a while, so "signed out" is still explainable. */
export const SESSION_KEEP_MS = 30 * DAY_MS;

export interface Housekeeping {
  idempotencyKeys: number;
  loginFailures: number;
  sessions: number;
}

export async function keepHouse(db: Db, now: Date): Promise<Housekeeping> {
  const before = (ms: number) => new Date(now.getTime() - ms);
  const [keys, failures, ended] = await db.batch([
    db
      .delete(idempotencyKeys)
      .where(lt(idempotencyKeys.createdAt, before(IDEMPOTENCY_KEEP_MS)))
      .returning({ key: idempotencyKeys.key }),
    db
      .delete(loginFailures)
      .where(
        and(
          lt(loginFailures.windowStart, before(LOGIN_FAILURE_KEEP_MS)),
          or(isNull(loginFailures.lockedUntil), lt(loginFailures.lockedUntil, now)),
        ),
      )
      .returning({ email: loginFailures.email }),
    db
      .delete(sessions)
      .where(
        or(lt(sessions.expiresAt, before(SESSION_KEEP_MS)), lt(sessions.revokedAt, before(SESSION_KEEP_MS))),
      )
      .returning({ id: sessions.id }),
  ]);
  return { idempotencyKeys: keys.length, loginFailures: failures.length, sessions: ended.length };
}
