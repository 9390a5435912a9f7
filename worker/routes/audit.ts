/** The audit log, newest first, for admins: who changed what, when, before and after. */
import { and, desc, eq, gte, lt, lte } from 'drizzle-orm';
import { Hono } from 'hono';
import { AuditQuerySchema } from '../../shared/schemas/reports';
import { createDb } from '../db/client';
import { auditLog, users } from '../db/schema';
import { decodeCursor, encodeCursor } from '../lib/cursor';
import type { AppEnv } from '../lib/types';
import { readQuery } from '../lib/validate';
import { requireAuth, requireRole } from '../middleware/auth';

/** Start and end of a Vietnamese calendar day as instants (UTC+7). */
function dayStart(date: string): Date {
  return new Date(`${date}T00:00:00+07:00`);
}

export const auditRoutes = new Hono<AppEnv>().use(requireAuth, requireRole('admin')).get('/', async (c) => {
  const query = readQuery(c, AuditQuerySchema);
  const before = decodeCursor(query.cursor);
  const rows = await createDb(c.env.DB)
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorId: auditLog.actorId,
      actorName: users.name,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(
      and(
        before === null ? undefined : lt(auditLog.id, before),
        query.entity ? eq(auditLog.entity, query.entity) : undefined,
        query.entityId ? eq(auditLog.entityId, query.entityId) : undefined,
        query.actorId ? eq(auditLog.actorId, query.actorId) : undefined,
        query.action ? eq(auditLog.action, query.action) : undefined,
        query.from ? gte(auditLog.at, dayStart(query.from)) : undefined,
        query.to ? lte(auditLog.at, new Date(dayStart(query.to).getTime() + 86_399_999)) : undefined,
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(query.limit + 1);
  const items = rows.slice(0, query.limit).map((row) => ({ ...row, at: row.at.toISOString() }));
  const last = items[items.length - 1];
  return c.json({ items, nextCursor: rows.length > query.limit && last ? encodeCursor(last.id) : null });
});
