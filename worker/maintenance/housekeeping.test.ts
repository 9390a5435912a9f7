/**
 * The cron's clean-up: old answers to Idempotency-Keys, spent sign-in failure counters and
 * long-ended sessions go; anything still in use stays; a second run clears nothing more.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { idempotencyKeys, loginFailures, sessions } from '../db/schema';
import { db, organisation } from '../test/fixtures';
import { keepHouse } from './housekeeping';

const NOW = new Date('2026-11-26T03:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 24 * 3600 * 1000);

let org: Awaited<ReturnType<typeof organisation>>;

beforeAll(async () => {
  org = await organisation();
  await db()
    .insert(idempotencyKeys)
    .values([
      { userId: org.clerk.id, key: 'old', status: 201, body: '{}', createdAt: daysAgo(31) },
      { userId: org.clerk.id, key: 'recent', status: 201, body: '{}', createdAt: daysAgo(29) },
    ]);
  await db()
    .insert(loginFailures)
    .values([
      { email: 'spent@example.vn', failures: 3, windowStart: daysAgo(2) },
      { email: 'fresh@example.vn', failures: 3, windowStart: daysAgo(0.001) },
      // An old window with a lock that has not run out yet (locks are short, but say so).
      { email: 'locked@example.vn', failures: 9, windowStart: daysAgo(2), lockedUntil: daysAgo(-0.01) },
    ]);
  await db()
    .insert(sessions)
    .values([
      { userId: org.clerk.id, tokenHash: 'expired-long-ago', expiresAt: daysAgo(31) },
      { userId: org.clerk.id, tokenHash: 'expired-yesterday', expiresAt: daysAgo(1) },
      { userId: org.clerk.id, tokenHash: 'revoked-long-ago', expiresAt: daysAgo(-5), revokedAt: daysAgo(40) },
      { userId: org.clerk.id, tokenHash: 'live', expiresAt: daysAgo(-7) },
    ]);
});

describe('keepHouse', () => {
  it('clears what has served its time and keeps the rest; a second run clears nothing', async () => {
    expect(await keepHouse(db(), NOW)).toEqual({ idempotencyKeys: 1, loginFailures: 1, sessions: 2 });
    expect((await db().select().from(idempotencyKeys)).map((row) => row.key)).toEqual(['recent']);
    expect((await db().select().from(loginFailures)).map((row) => row.email).sort()).toEqual([
      'fresh@example.vn',
      'locked@example.vn',
    ]);
    expect((await db().select().from(sessions)).map((row) => row.tokenHash).sort()).toEqual([
      'expired-yesterday',
      'live',
    ]);
    expect(await keepHouse(db(), NOW)).toEqual({ idempotencyKeys: 0, loginFailures: 0, sessions: 0 });
  });
});
