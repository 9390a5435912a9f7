/**
 * Who is calling: `requireAuth` turns `Authorization: Bearer <token>` into the signed-in
 * user (401 otherwise); `requireRole` refuses other roles with 403.
 * @module
 */
import { createMiddleware } from 'hono/factory';
import type { Role } from '../../shared/schemas/auth';
import { ApiError } from '../lib/errors';
import { sha256Hex } from '../lib/tokens';
import type { AppEnv, SessionUser } from '../lib/types';

/**
 * The signed-in user of a token hash, if the session is live and the user active. Plain SQL on
 * the binding rather than drizzle: every authenticated request runs it, and drizzle would build
 * the SQL text and map the row anew each time (BENCHMARKS.md, API throughput). Columns are
 * named as SessionUser's fields; `expires_at` holds seconds, as drizzle's timestamps do.
 */
const SESSION_USER = `
  SELECT s.id AS sessionId, u.id AS id, u.email AS email, u.name AS name, u.role AS role, u.unit_id AS unitId
  FROM sessions s INNER JOIN users u ON u.id = s.user_id
  WHERE s.token_hash = ?1 AND s.revoked_at IS NULL AND s.expires_at > ?2 AND u.active = 1
  LIMIT 1`;

export const requireAuth = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header);
  if (!match) throw new ApiError(401, 'unauthorized', 'Sign in first');
  const tokenHash = await sha256Hex(match[1] as string);
  const row = await c.env.DB.prepare(SESSION_USER)
    .bind(tokenHash, Math.floor(Date.now() / 1000))
    .first<SessionUser>();
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
