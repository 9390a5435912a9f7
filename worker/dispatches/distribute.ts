/**
 * Distribution: which units a request names (groups expand to their members at that moment),
 * and writing them as recipients. A unit named twice, or already a recipient, is one recipient:
 * the insert leans on the unique (dispatch, unit) index with ON CONFLICT DO NOTHING.
 * @module
 */
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/client';
import { recipients, unitGroupMembers, unitGroups, units, users } from '../db/schema';
import { ApiError } from '../lib/errors';
import { type RecipientJoinRow, toRecipient } from './present';
import { inJson } from './sql';

export interface Addressees {
  unitIds?: number[] | undefined;
  groupIds?: number[] | undefined;
}

/** Names of the request fields, for the 422's details (`unitIds` or `recipientUnitIds`). */
export interface AddresseePaths {
  units: string;
  groups: string;
}

/**
 * The distinct unit ids a request addresses, in ascending order. A unit named directly must
 * exist and be active (422 otherwise: sending to a closed unit is a mistake to catch); a
 * group must exist, and brings its members that are active now (a group keeps a unit that
 * was closed later, and that should not block sending to the rest).
 */
export async function resolveAddressees(db: Db, asked: Addressees, paths: AddresseePaths): Promise<number[]> {
  const unitIds = [...new Set(asked.unitIds ?? [])];
  const groupIds = [...new Set(asked.groupIds ?? [])];
  if (unitIds.length === 0 && groupIds.length === 0) return [];
  const [unitRows, groupRows, memberRows] = await db.batch([
    db
      .select({ id: units.id, active: units.active })
      .from(units)
      .where(inJson(sql`${units.id}`, unitIds)),
    db
      .select({ id: unitGroups.id })
      .from(unitGroups)
      .where(inJson(sql`${unitGroups.id}`, groupIds)),
    db
      .selectDistinct({ unitId: unitGroupMembers.unitId })
      .from(unitGroupMembers)
      .innerJoin(units, eq(units.id, unitGroupMembers.unitId))
      .where(and(inJson(sql`${unitGroupMembers.groupId}`, groupIds), eq(units.active, true))),
  ]);
  const found = new Map(unitRows.map((row) => [row.id, row.active]));
  const knownGroups = new Set(groupRows.map((row) => row.id));
  const problems = [
    ...unitIds
      .filter((id) => found.get(id) !== true)
      .map((id) => ({
        path: paths.units,
        message: found.has(id) ? `unit ${id} is inactive` : `no unit ${id}`,
      })),
    ...groupIds
      .filter((id) => !knownGroups.has(id))
      .map((id) => ({ path: paths.groups, message: `no group ${id}` })),
  ];
  if (problems.length > 0)
    throw new ApiError(422, 'validation_failed', 'Unknown or inactive addressees', problems);
  return [...new Set([...unitIds, ...memberRows.map((row) => row.unitId)])].sort((a, b) => a - b);
}

/**
 * The statement adding `unitIds` as recipients of the dispatch `dispatchId` (an id, or a SQL
 * expression naming a dispatch created earlier in the same batch). Units closed since they
 * were checked are skipped rather than failing the batch.
 */
export function insertRecipients(
  dispatchId: number | SQL,
  unitIds: number[],
  sentBy: number | SQL,
  sentAt: number,
) {
  return sql`
    INSERT INTO recipients (dispatch_id, unit_id, sent_at, sent_by)
    SELECT ${dispatchId}, u.id, ${sentAt}, ${sentBy} FROM units u
    WHERE u.active = 1 AND ${inJson('u.id', unitIds)}
    ON CONFLICT DO NOTHING`;
}

const ackUser = alias(users, 'ack_user');

/** The query for a dispatch's recipients, with unit and acknowledging user, by unit code. */
export function recipientsQuery(db: Db, dispatchId: number, onlyUnitId?: number | SQL) {
  return db
    .select({
      id: recipients.id,
      dispatchId: recipients.dispatchId,
      unitId: recipients.unitId,
      unitCode: units.code,
      // Aliased: D1 batches answer rows as objects, so two columns both called "name" would
      // collide (drizzle maps them back by position).
      unitName: sql<string>`${units.name}`.as('unit_name'),
      sentAt: recipients.sentAt,
      acknowledgedAt: recipients.acknowledgedAt,
      acknowledgedBy: recipients.acknowledgedBy,
      acknowledgedByName: sql<string | null>`${ackUser.name}`.as('ack_user_name'),
      ackNote: recipients.ackNote,
    })
    .from(recipients)
    .innerJoin(units, eq(units.id, recipients.unitId))
    .leftJoin(ackUser, eq(ackUser.id, recipients.acknowledgedBy))
    .where(
      and(
        eq(recipients.dispatchId, dispatchId),
        onlyUnitId === undefined ? undefined : eq(recipients.unitId, onlyUnitId),
      ),
    )
    .orderBy(asc(units.code), asc(recipients.id));
}

export async function listRecipients(db: Db, dispatchId: number, onlyUnitId?: number) {
  const rows: RecipientJoinRow[] = await recipientsQuery(db, dispatchId, onlyUnitId);
  return rows.map(toRecipient);
}
