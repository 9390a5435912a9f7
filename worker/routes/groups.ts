/**
 * Unit groups: POST/GET/PATCH /api/groups (admin; GET for every signed-in user). A group is
 * a named set of units used as an addressee ("UBND cấp huyện"); distributing to it expands
 * to its members at that moment, so changing a group never changes past distributions.
 * @module
 */
import { and, asc, eq, gt, ne, type SQL, sql } from 'drizzle-orm';
import { Hono } from 'hono';
import {
  type Group,
  GroupCreateSchema,
  GroupListQuerySchema,
  GroupPatchSchema,
} from '../../shared/schemas/organisation';
import { createDb, type Db } from '../db/client';
import { auditLog, unitGroupMembers, unitGroups, units } from '../db/schema';
import { auditInsert } from '../lib/audit';
import { ApiError } from '../lib/errors';
import type { AppEnv } from '../lib/types';
import { readId, readJson, readQuery } from '../lib/validate';
import { requireAuth, requireRole } from '../middleware/auth';
import { isUniqueViolation, textCursor } from './units';

/**
 * Ids travel to SQLite as one JSON array read with json_each: D1 binds at most 100
 * parameters per statement, and a group may have up to 500 units.
 */
const jsonIds = (ids: number[]) => sql`(SELECT value FROM json_each(${JSON.stringify(ids)}))`;

/** Distinct and ascending: `[3, 1, 3]` names the units 1 and 3. */
const distinctIds = (ids: number[]) => [...new Set(ids)].sort((a, b) => a - b);

async function assertUnitsExist(db: Db, unitIds: number[]) {
  if (unitIds.length === 0) return;
  const found = await db
    .select({ id: units.id })
    .from(units)
    .where(sql`${units.id} IN ${jsonIds(unitIds)}`);
  const known = new Set(found.map((row) => row.id));
  const unknown = unitIds.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new ApiError(422, 'validation_failed', 'No such unit', [
      { path: 'unitIds', message: `unknown units: ${unknown.join(', ')}` },
    ]);
  }
}

async function assertNameFree(db: Db, name: string, exceptId?: number) {
  const [taken] = await db
    .select({ id: unitGroups.id })
    .from(unitGroups)
    .where(
      exceptId === undefined
        ? eq(unitGroups.name, name)
        : and(eq(unitGroups.name, name), ne(unitGroups.id, exceptId)),
    );
  if (taken) throw new ApiError(409, 'conflict', `A group named "${name}" exists`);
}

/** The member ids of each of the given groups, ascending. */
async function membersOf(db: Db, groupIds: number[]): Promise<Map<number, number[]>> {
  const members = new Map<number, number[]>(groupIds.map((id) => [id, []]));
  if (groupIds.length === 0) return members;
  const rows = await db
    .select()
    .from(unitGroupMembers)
    .where(sql`${unitGroupMembers.groupId} IN ${jsonIds(groupIds)}`)
    .orderBy(asc(unitGroupMembers.groupId), asc(unitGroupMembers.unitId));
  for (const row of rows) members.get(row.groupId)?.push(row.unitId);
  return members;
}

async function findGroup(db: Db, id: number): Promise<Group> {
  const [row] = await db.select().from(unitGroups).where(eq(unitGroups.id, id));
  if (!row) throw new ApiError(404, 'not_found', 'No such group');
  return { id: row.id, name: row.name, unitIds: (await membersOf(db, [id])).get(id) ?? [] };
}

/**
 * Adds the units to the group `groupId` (a number, or a subquery inside a batch). The SELECT
 * gives both columns of unit_group_members in table order, as INSERT … SELECT needs.
 */
function insertMembers(db: Db, groupId: number | SQL, unitIds: number[]) {
  return db
    .insert(unitGroupMembers)
    .select(sql`SELECT ${groupId}, value FROM json_each(${JSON.stringify(unitIds)})`);
}

const conflict = () => new ApiError(409, 'conflict', 'A group with this name exists');

export const groupRoutes = new Hono<AppEnv>()
  .use(requireAuth)
  .post('/', requireRole('admin'), async (c) => {
    const body = await readJson(c, GroupCreateSchema);
    const unitIds = distinctIds(body.unitIds);
    const db = createDb(c.env.DB);
    await assertUnitsExist(db, unitIds);
    await assertNameFree(db, body.name);
    // The new id is only known inside the batch: the members and the audit row find the group
    // by its unique name, so the group, its members and the audit entry are written at once.
    const newId = sql`(SELECT id FROM unit_groups WHERE name = ${body.name})`;
    const after = JSON.stringify({ id: 0, name: body.name, unitIds });
    const [inserted] = await db
      .batch([
        db.insert(unitGroups).values({ name: body.name }).returning(),
        insertMembers(db, newId, unitIds),
        db.insert(auditLog).values({
          actorId: c.get('user').id,
          action: 'create',
          entity: 'group',
          entityId: newId,
          after: sql`json_set(${after}, '$.id', ${newId})`,
        }),
      ])
      .catch((error: unknown) => {
        throw isUniqueViolation(error) ? conflict() : error;
      });
    const group: Group = { id: (inserted[0] as { id: number }).id, name: body.name, unitIds };
    return c.json(group, 201);
  })
  .get('/', async (c) => {
    const query = readQuery(c, GroupListQuerySchema);
    const after = textCursor.decode(query.cursor);
    const db = createDb(c.env.DB);
    const select = db
      .select()
      .from(unitGroups)
      .where(after === null ? undefined : gt(unitGroups.name, after))
      .orderBy(asc(unitGroups.name));
    const rows = query.limit === undefined ? await select : await select.limit(query.limit + 1);
    const page = rows.slice(0, query.limit ?? rows.length);
    const members = await membersOf(
      db,
      page.map((row) => row.id),
    );
    const items: Group[] = page.map((row) => ({
      id: row.id,
      name: row.name,
      unitIds: members.get(row.id) ?? [],
    }));
    const last = items[items.length - 1];
    return c.json({
      items,
      nextCursor: rows.length > page.length && last ? textCursor.encode(last.name) : null,
    });
  })
  .get('/:id', async (c) => c.json(await findGroup(createDb(c.env.DB), readId(c))))
  .patch('/:id', requireRole('admin'), async (c) => {
    const id = readId(c);
    const body = await readJson(c, GroupPatchSchema);
    const db = createDb(c.env.DB);
    const before = await findGroup(db, id);
    const after: Group = {
      id,
      name: body.name ?? before.name,
      unitIds: body.unitIds === undefined ? before.unitIds : distinctIds(body.unitIds),
    };
    // Same name and same members (an empty body included): no write, no audit entry.
    if (JSON.stringify(after) === JSON.stringify(before)) return c.json(before);
    if (body.unitIds !== undefined) await assertUnitsExist(db, after.unitIds);
    if (after.name !== before.name) await assertNameFree(db, after.name, id);
    const actorId = c.get('user').id;
    const rename = db
      .update(unitGroups)
      .set({ name: after.name, updatedAt: new Date() })
      .where(eq(unitGroups.id, id));
    const audit = auditInsert(db, {
      actorId,
      action: 'update',
      entity: 'group',
      entityId: id,
      before,
      after,
    });
    // One batch is one transaction: readers see the old member list or the new one, never a mix.
    const batch =
      body.unitIds === undefined
        ? db.batch([rename, audit])
        : db.batch([
            rename,
            db.delete(unitGroupMembers).where(eq(unitGroupMembers.groupId, id)),
            insertMembers(db, id, after.unitIds),
            audit,
          ]);
    await batch.catch((error: unknown) => {
      throw isUniqueViolation(error) ? conflict() : error;
    });
    return c.json(after);
  });
