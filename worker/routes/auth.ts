/**
 * Sign-in, sign-out and the signed-in user. Wrong password, unknown and inactive users get
 * the same 401; five failures for one address within 15 minutes lock it for 15 minutes (429).
 * @module
 */
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { LoginBodySchema } from '../../shared/schemas/auth';
import { createDb, type Db } from '../db/client';
import { loginFailures, sessions, users } from '../db/schema';
import { auditInsert } from '../lib/audit';
import { ApiError } from '../lib/errors';
import { NO_USER_HASH, verifyPassword } from '../lib/passwords';
import { newToken, sha256Hex } from '../lib/tokens';
import type { AppEnv } from '../lib/types';
import { readJson } from '../lib/validate';
import { requireAuth } from '../middleware/auth';

// A week: clerks stay signed in across a working week in the extension.
const SESSION_HOURS = 24 * 7;
const MAX_FAILURES = 5;
const FAILURE_WINDOW_MS = 15 * 60 * 1000;
const LOCK_MS = 15 * 60 * 1000;

export const authRoutes = new Hono<AppEnv>()
  .post('/login', async (c) => {
    const { email, password } = await readJson(c, LoginBodySchema);
    const address = email.toLowerCase();
    const db = createDb(c.env.DB);
    const now = new Date();
    const [failure] = await db.select().from(loginFailures).where(eq(loginFailures.email, address));
    if (failure?.lockedUntil && failure.lockedUntil > now) {
      c.header('Retry-After', String(Math.ceil((failure.lockedUntil.getTime() - now.getTime()) / 1000)));
      throw new ApiError(429, 'rate_limited', 'Too many failed sign-ins; try again later');
    }
    const [user] = await db.select().from(users).where(eq(users.email, address));
    const passwordOk = await verifyPassword(password, user?.passwordHash ?? NO_USER_HASH);
    if (!user?.active || !passwordOk) {
      await recordFailure(db, address, failure, now);
      throw new ApiError(401, 'unauthorized', 'Wrong e-mail address or password');
    }
    const token = newToken();
    const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600 * 1000);
    await db.batch([
      db
        .insert(sessions)
        .values({ userId: user.id, tokenHash: await sha256Hex(token), expiresAt })
        .returning({ id: sessions.id }),
      db.delete(loginFailures).where(eq(loginFailures.email, address)),
      auditInsert(db, { actorId: user.id, action: 'login', entity: 'session', entityId: null }),
    ]);
    return c.json({
      token,
      expiresAt: expiresAt.toISOString(),
      user: { id: user.id, name: user.name, email: user.email, role: user.role, unitId: user.unitId },
    });
  })
  .post('/logout', requireAuth, async (c) => {
    const db = createDb(c.env.DB);
    const user = c.get('user');
    await db.batch([
      db.update(sessions).set({ revokedAt: new Date() }).where(eq(sessions.id, user.sessionId)),
      auditInsert(db, { actorId: user.id, action: 'logout', entity: 'session', entityId: user.sessionId }),
    ]);
    return c.json({ ok: true as const });
  });

async function recordFailure(
  db: Db,
  email: string,
  previous: typeof loginFailures.$inferSelect | undefined,
  now: Date,
) {
  const fresh = !previous || now.getTime() - previous.windowStart.getTime() > FAILURE_WINDOW_MS;
  const failures = fresh ? 1 : (previous?.failures ?? 0) + 1;
  const lockedUntil = failures >= MAX_FAILURES ? new Date(now.getTime() + LOCK_MS) : null;
  const windowStart = fresh ? now : (previous?.windowStart ?? now);
  await db
    .insert(loginFailures)
    .values({ email, failures, windowStart, lockedUntil })
    .onConflictDoUpdate({ target: loginFailures.email, set: { failures, windowStart, lockedUntil } });
}
