/**
 * Who is calling: `requireAuth` turns `Authorization: Bearer <token>` into the signed-in
 * user (401 otherwise); `requireRole` refuses other roles with 403.
 * @module
 */
import { and, eq, gt, isNull } from 'drizzle-orm';
import { createMiddleware } from 'hono/factory';
import type { Role } from '../../shared/schemas/auth';
import { createDb } from '../db/client';
import { sessions, users } from '../db/schema';
import { ApiError } from '../lib/errors';
import { sha256Hex } from '../lib/tokens';
import type { AppEnv } from '../lib/types';

export const requireAuth = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header);
  if (!match) throw new ApiError(401, 'unauthorized', 'Sign in first');
  const tokenHash = await sha256Hex(match[1] as string);
  const [row] = await createDb(c.env.DB)
    .select({
      sessionId: sessions.id,
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      unitId: users.unitId,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, tokenHash),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, new Date()),
        eq(users.active, true),
      ),
    )
    .limit(1);
  if (!row) throw new ApiError(401, 'unauthorized', 'The session has expired or was signed out');
  c.set('user', row);
  await next();
});

export function requireRole(...roles: Role[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (!roles.includes(c.get('user').role)) {
      throw new ApiError(403, 'forbidden', `Only ${roles.join(', ')} may do this`);
    }
    await next();
  });
}
