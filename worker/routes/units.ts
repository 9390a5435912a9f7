/**
 * Units: POST/GET/PATCH /api/units (admin; GET for every signed-in user — the organisation
 * chart is what everybody picks addressees from). Units are never deleted, only deactivated,
 * so ids named elsewhere keep meaning something.
 * @module
 */
import { and, asc, eq, gt, ne, type SQL, sql } from 'drizzle-orm';
import { Hono } from 'hono';
import {
  type Unit,
  UnitCreateSchema,
  UnitKindSchema,
  UnitListQuerySchema,
  UnitPatchSchema,
} from '../../shared/schemas/organisation';
import { createDb, type Db } from '../db/client';
import { auditLog, type UnitRow, units } from '../db/schema';
import { auditInsert } from '../lib/audit';
import { decodeTupleCursor, encodeCursor } from '../lib/cursor';
import { ApiError } from '../lib/errors';
import type { AppEnv } from '../lib/types';
import { readId, readJson, readQuery } from '../lib/validate';
import { requireAuth, requireRole } from '../middleware/auth';

export function toUnit(row: UnitRow): Unit {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    // Rows are written through the schema; 'other' only guards against hand-edited data.
    kind: UnitKindSchema.catch('other').parse(row.kind),
    parentId: row.parentId,
    active: row.active,
  };
}

/**
 * Whether a failed write broke a UNIQUE constraint. The checks before each write give the
 * 409 in the normal case; this catches the race of two admins saving the same code at once.
 */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if (e.message.includes('UNIQUE constraint failed')) return true;
  }
  return false;
}

function invalid(path: string, message: string, summary: string): ApiError {
  return new ApiError(422, 'validation_failed', summary, [{ path, message }]);
}

async function assertParentExists(db: Db, parentId: number) {
  const [parent] = await db.select({ id: units.id }).from(units).where(eq(units.id, parentId));
  if (!parent) throw invalid('parentId', 'unknown unit', 'No such parent unit');
}

async function assertCodeFree(db: Db, code: string, exceptId?: number) {
  const [taken] = await db
    .select({ id: units.id })
    .from(units)
    .where(exceptId === undefined ? eq(units.code, code) : and(eq(units.code, code), ne(units.id, exceptId)));
  if (taken) throw new ApiError(409, 'conflict', `A unit with the code "${code}" exists`);
}

/** Whether `unitId` is `candidateParentId` or one of its ancestors (UNION ends on any loop). */
async function wouldCycle(db: Db, unitId: number, candidateParentId: number): Promise<boolean> {
  const rows = await db.all<{ found: number }>(sql`
    WITH RECURSIVE ancestors(id) AS (
      SELECT ${candidateParentId}
      UNION
      SELECT u.parent_id FROM units u JOIN ancestors a ON u.id = a.id WHERE u.parent_id IS NOT NULL
    )
    SELECT 1 AS found FROM ancestors WHERE id = ${unitId} LIMIT 1`);
  return rows.length > 0;
}

const conflict = () => new ApiError(409, 'conflict', 'A unit with this code exists');

/**
 * Cursor of a list ordered by a text column (code, name). The text is percent-encoded first:
 * encodeCursor's btoa takes Latin-1 only, and codes and names are Vietnamese ("SGDĐT").
 */
export const textCursor = {
  encode: (text: string) => encodeCursor([encodeURIComponent(text)]),
  decode(cursor: string | undefined): string | null {
    const value = decodeTupleCursor(cursor, (v): v is [string] => v.length === 1 && typeof v[0] === 'string');
    if (value === null) return null;
    try {
      return decodeURIComponent(value[0]);
    } catch {
      throw invalid('cursor', 'invalid', 'The cursor is not valid');
    }
  },
};

export const unitRoutes = new Hono<AppEnv>()
  .use(requireAuth)
  .post('/', requireRole('admin'), async (c) => {
    const body = await readJson(c, UnitCreateSchema);
    const db = createDb(c.env.DB);
    const parentId = body.parentId ?? null;
    if (parentId !== null) await assertParentExists(db, parentId);
    await assertCodeFree(db, body.code);
    const values = { code: body.code, name: body.name, kind: body.kind, parentId };
    // The new id is only known inside the batch, so the audit row finds it by the unique code:
    // the unit and its audit entry are written together or not at all.
    const newId = sql`(SELECT id FROM units WHERE code = ${body.code})`;
    const after = JSON.stringify({ id: 0, ...values, active: true });
    const [inserted] = await db
      .batch([
        db.insert(units).values(values).returning(),
        db.insert(auditLog).values({
          actorId: c.get('user').id,
          action: 'create',
          entity: 'unit',
          entityId: newId,
          after: sql`json_set(${after}, '$.id', ${newId})`,
        }),
      ])
      .catch((error: unknown) => {
        throw isUniqueViolation(error) ? conflict() : error;
      });
    return c.json(toUnit(inserted[0] as UnitRow), 201);
  })
  .get('/', async (c) => {
    const query = readQuery(c, UnitListQuerySchema);
    const after = textCursor.decode(query.cursor);
    const filters: SQL[] = [];
    if (query.active !== undefined) filters.push(eq(units.active, query.active));
    if (query.kind !== undefined) filters.push(eq(units.kind, query.kind));
    if (after !== null) filters.push(gt(units.code, after));
    const select = createDb(c.env.DB)
      .select()
      .from(units)
      .where(and(...filters))
      .orderBy(asc(units.code));
    const rows = query.limit === undefined ? await select : await select.limit(query.limit + 1);
    const page = rows.slice(0, query.limit ?? rows.length).map(toUnit);
    const last = page[page.length - 1];
    return c.json({
      items: page,
      nextCursor: rows.length > page.length && last ? textCursor.encode(last.code) : null,
    });
  })
  .get('/:id', async (c) => {
    const id = readId(c);
    const [row] = await createDb(c.env.DB).select().from(units).where(eq(units.id, id));
    if (!row) throw new ApiError(404, 'not_found', 'No such unit');
    return c.json(toUnit(row));
  })
  .patch('/:id', requireRole('admin'), async (c) => {
    const id = readId(c);
    const body = await readJson(c, UnitPatchSchema);
    const db = createDb(c.env.DB);
    const [row] = await db.select().from(units).where(eq(units.id, id));
    if (!row) throw new ApiError(404, 'not_found', 'No such unit');
    const before = toUnit(row);
    const parentId = body.parentId === undefined ? before.parentId : body.parentId;
    if (parentId !== null && parentId !== before.parentId) {
      if (parentId === id) throw invalid('parentId', 'a unit cannot be its own parent', 'Parent cycle');
      await assertParentExists(db, parentId);
      if (await wouldCycle(db, id, parentId)) {
        throw invalid('parentId', 'the parent is inside this unit', 'Parent cycle');
      }
    }
    const after: Unit = {
      id,
      code: body.code ?? before.code,
      name: body.name ?? before.name,
      kind: body.kind ?? before.kind,
      parentId,
      active: body.active ?? before.active,
    };
    // Only the fields that really change are written, so two admins editing different fields
    // of one unit do not undo each other; nothing to change means no write and no audit entry.
    const changes = Object.fromEntries(
      (['code', 'name', 'kind', 'parentId', 'active'] as const)
        .filter((field) => after[field] !== before[field])
        .map((field) => [field, after[field]]),
    ) as Partial<Omit<Unit, 'id'>>;
    if (Object.keys(changes).length === 0) return c.json(before);
    if (changes.code !== undefined) await assertCodeFree(db, changes.code, id);
    const [updated] = await db
      .batch([
        db
          .update(units)
          .set({ ...changes, updatedAt: new Date() })
          .where(eq(units.id, id))
          .returning(),
        auditInsert(db, {
          actorId: c.get('user').id,
          action: 'update',
          entity: 'unit',
          entityId: id,
          before,
          after,
        }),
      ])
      .catch((error: unknown) => {
        throw isUniqueViolation(error) ? conflict() : error;
      });
    return c.json(toUnit(updated[0] as UnitRow));
  });
