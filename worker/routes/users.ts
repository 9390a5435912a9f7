/**
 * Users: admins only. Passwords are hashed with PBKDF2; a deactivated user cannot sign in
 * and their sessions stop working at once. A password reset signs the user out everywhere
 * too: an admin resets a password because it is forgotten or known to someone else.
 * @module
 */
import { and, asc, eq, gt, isNull, ne } from 'drizzle-orm';
import { Hono } from 'hono';
import type { User } from '../../shared/schemas/auth';
import { PageQuerySchema } from '../../shared/schemas/common';
import { UserCreateSchema, UserPatchSchema } from '../../shared/schemas/organisation';
import { createDb, type Db } from '../db/client';
import { sessions, type UserRow, units, users } from '../db/schema';
import { auditInsert } from '../lib/audit';
import { decodeCursor, encodeCursor } from '../lib/cursor';
import { ApiError } from '../lib/errors';
import { hashPassword } from '../lib/passwords';
import type { AppEnv } from '../lib/types';
import { readId, readJson, readQuery } from '../lib/validate';
import { requireAuth, requireRole } from '../middleware/auth';

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    unitId: row.unitId,
    active: row.active,
  };
}

/** A unit head needs a unit; a unit named must exist. */
async function checkUnit(db: Db, role: string, unitId: number | null | undefined) {
  if (role === 'unit_head' && unitId == null) {
    throw new ApiError(422, 'validation_failed', 'A unit head belongs to a unit', [
      { path: 'unitId', message: 'required for unit_head' },
    ]);
  }
  if (unitId != null) {
    const [unit] = await db.select({ id: units.id }).from(units).where(eq(units.id, unitId));
    if (!unit)
      throw new ApiError(422, 'validation_failed', 'No such unit', [
        { path: 'unitId', message: 'unknown unit' },
      ]);
  }
}

export const userRoutes = new Hono<AppEnv>()
  .use(requireAuth, requireRole('admin'))
  .post('/', async (c) => {
    const body = await readJson(c, UserCreateSchema);
    const db = createDb(c.env.DB);
    const email = body.email.toLowerCase();
    await checkUnit(db, body.role, body.unitId);
    const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
    if (existing) throw new ApiError(409, 'conflict', 'A user with this e-mail address exists');
    const values = {
      email,
      name: body.name,
      role: body.role,
      unitId: body.unitId ?? null,
      passwordHash: await hashPassword(body.password),
    };
    const [row] = await db.insert(users).values(values).returning();
    const user = toUser(row as UserRow);
    await auditInsert(db, {
      actorId: c.get('user').id,
      action: 'create',
      entity: 'user',
      entityId: user.id,
      after: user,
    });
    return c.json(user, 201);
  })
  .get('/', async (c) => {
    const { limit, cursor } = readQuery(c, PageQuerySchema);
    const after = decodeCursor(cursor);
    const rows = await createDb(c.env.DB)
      .select()
      .from(users)
      .where(after === null ? undefined : gt(users.id, after))
      .orderBy(asc(users.id))
      .limit(limit + 1);
    const page = rows.slice(0, limit).map(toUser);
    return c.json({
      items: page,
      nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1]?.id ?? 0) : null,
    });
  })
  .get('/:id', async (c) => {
    const id = readId(c);
    const [row] = await createDb(c.env.DB).select().from(users).where(eq(users.id, id));
    if (!row) throw new ApiError(404, 'not_found', 'No such user');
    return c.json(toUser(row));
  })
  .patch('/:id', async (c) => {
    const id = readId(c);
    const body = await readJson(c, UserPatchSchema);
    const db = createDb(c.env.DB);
    const [before] = await db.select().from(users).where(eq(users.id, id));
    if (!before) throw new ApiError(404, 'not_found', 'No such user');
    const role = body.role ?? before.role;
    const unitId = body.unitId === undefined ? before.unitId : body.unitId;
    await checkUnit(db, role, unitId);
    if (id === c.get('user').id && (body.active === false || (body.role && body.role !== 'admin'))) {
      throw new ApiError(409, 'conflict', 'An admin cannot deactivate or demote themselves');
    }
    const changes = {
      ...(body.name === undefined ? {} : { name: body.name }),
      ...(body.role === undefined ? {} : { role: body.role }),
      ...(body.unitId === undefined ? {} : { unitId: body.unitId }),
      ...(body.active === undefined ? {} : { active: body.active }),
      ...(body.password === undefined ? {} : { passwordHash: await hashPassword(body.password) }),
      updatedAt: new Date(),
    };
    // `after` is known before the write: the fields set are exactly `changes`. The change, its
    // audit entry and (on a reset) the revoked sessions are one batch, i.e. one transaction.
    const after = toUser({ ...before, ...changes });
    const update = db.update(users).set(changes).where(eq(users.id, id));
    const audit = auditInsert(db, {
      actorId: c.get('user').id,
      action: body.password === undefined ? 'update' : 'update+password',
      entity: 'user',
      entityId: id,
      before: toUser(before),
      after,
    });
    if (body.password === undefined) await db.batch([update, audit]);
    else {
      // An admin resetting their own password keeps the session they are doing it from.
      const revoke = db
        .update(sessions)
        .set({ revokedAt: new Date() })
        .where(
          and(eq(sessions.userId, id), isNull(sessions.revokedAt), ne(sessions.id, c.get('user').sessionId)),
        );
      await db.batch([update, audit, revoke]);
    }
    return c.json(after);
  });
