/**
 * Who is calling: `requireAuth` turns `Authorization: Bearer <token>` into the signed-in
 * user (401 otherwise); `requireRole` refuses other roles with 403.
 * @module
 */
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { Role } from '../../shared/schemas/auth';
import { ApiError } from '../lib/errors';
import { sha256Hex } from '../lib/tokens';
import type { AppEnv, SessionUser } from '../lib/types';

/**
 * What "signed in" means, once for every check (requireAuth here, the in-batch guard of
 * session-in-batch.ts): a session of the token's hash (?1), not revoked, not expired at ?2
 * (seconds, as drizzle stores timestamps), of an active user; over `sessions s`, `users u`.
 */
export const LIVE_SESSION = `FROM sessions s INNER JOIN users u ON u.id = s.user_id
  WHERE s.token_hash = ?1 AND s.revoked_at IS NULL AND s.expires_at > ?2 AND u.active = 1`;

/**
 * The signed-in user of a token hash, if the session is live and the user active. Plain SQL on
 * the binding rather than drizzle: every authenticated request runs it, and drizzle would build
 * the SQL text and map the row anew each time (BENCHMARKS.md, API throughput). Columns are
 * named as SessionUser's fields; `expires_at` holds seconds, as drizzle's timestamps do.
 */
const SESSION_USER = `
  SELECT s.id AS sessionId, u.id AS id, u.email AS email, u.name AS name, u.role AS role, u.unit_id AS unitId
  ${LIVE_SESSION}
  LIMIT 1`;

/** The hash of the request's bearer token, as sessions store it; 401 when there is none. */
export async function bearerTokenHash(c: Context<AppEnv>): Promise<string> {
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header);
  if (!match) throw new ApiError(401, 'unauthorized', 'Sign in first');
  return sha256Hex(match[1] as string);
}

/** The user of a live session, or 401. */
export async function sessionUser(db: D1Database, tokenHash: string): Promise<SessionUser> {
  const row = await db
    .prepare(SESSION_USER)
    .bind(tokenHash, Math.floor(Date.now() / 1000))
    .first<SessionUser>();
  if (!row) throw new ApiError(401, 'unauthorized', 'The session has expired or was signed out');
  return row;
}

/** 403 unless the user has one of the roles. */
export function assertRole(user: SessionUser, roles: readonly Role[]): void {
  if (!roles.includes(user.role)) {
    throw new ApiError(403, 'forbidden', `Only ${roles.join(', ')} may do this`);
  }
}

export const requireAuth = createMiddleware<AppEnv>(async (c, next) => {
  c.set('user', await sessionUser(c.env.DB, await bearerTokenHash(c)));
  await next();
});

export function requireRole(...roles: Role[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    assertRole(c.get('user'), roles);
    await next();
  });
}
