/**
 * `GET /api/dispatches`: newest first (created_at desc, id desc) with a cursor over that pair,
 * so pages neither skip nor repeat rows while new dispatches arrive.
 *
 * Filters, all optional and combined with AND:
 * - `q`: full text (search.ts). The matches are read from the index newest first, a slice at a
 *   time (`MATCH_SLICE`), and the other filters applied to each slice until the page is full, so
 *   a word found in most dispatches costs one slice, not a set of every match; results are then
 *   in the order they were recorded (id desc, which is created_at desc but for same-second ties
 *   and imports) and the cursor continues from the last id;
 * - `unitId`: addressed to that unit; a unit head is always held to their own unit;
 * - `status`, judged for the unit in scope (the unit head's, or `unitId`) when there is one,
 *   else over all recipients: `pending` someone has not acknowledged, `acknowledged` it has
 *   recipients and all have, `overdue` a task (of that unit, as lead or coordinator) is overdue;
 * - `from`/`to`: on the issued date, or the received date when the issued date is unknown.
 * @module
 */
import { and, desc, getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { Role } from '../../shared/schemas/auth';
import type { Page } from '../../shared/schemas/common';
import type { DispatchListItem, DispatchListQuery } from '../../shared/schemas/dispatch';
import type { Db } from '../db/client';
import { dispatches } from '../db/schema';
import { decodeTupleCursor, encodeCursor } from '../lib/cursor';
import { ApiError } from '../lib/errors';
import type { SessionUser } from '../lib/types';
import { type BatchSession, guardedUser } from '../middleware/session-in-batch';
import { toDispatch } from './present';
import { ftsQuery } from './search';
import { batchRows, runBatch, unixSeconds } from './sql';
import { overdueTask, unitTask } from './task-sql';

type Position = [createdAt: number, id: number];

const isPosition = (value: unknown[]): value is Position =>
  value.length === 2 && value.every((part) => Number.isSafeInteger(part) && (part as number) >= 0);

/** Where the page starts (null: the newest); a cursor that does not decode is a 422. */
function listCursor(query: DispatchListQuery): Position | null {
  return decodeTupleCursor(query.cursor, isPosition);
}

/** `FROM recipients r WHERE …`: recipients of the listed dispatch, optionally of one unit only. */
function recipientOf(unitId: number | null, extra?: SQL): SQL {
  return sql`FROM recipients r WHERE r.dispatch_id = ${dispatches.id}${
    unitId === null ? sql`` : sql` AND r.unit_id = ${unitId}`
  }${extra ? sql` AND ${extra}` : sql``}`;
}

function statusCondition(status: DispatchListQuery['status'], unitId: number | null, today: string) {
  switch (status) {
    case undefined:
      return undefined;
    // Over all recipients, the dispatch's own counts (kept by triggers) say it without a scan.
    case 'pending':
      return unitId === null
        ? sql`${dispatches.acknowledgedCount} < ${dispatches.recipientCount}`
        : sql`EXISTS (SELECT 1 ${recipientOf(unitId, sql`r.acknowledged_at IS NULL`)})`;
    case 'acknowledged':
      return unitId === null
        ? sql`${dispatches.recipientCount} > 0 AND ${dispatches.acknowledgedCount} = ${dispatches.recipientCount}`
        : sql`EXISTS (SELECT 1 ${recipientOf(unitId)}) AND NOT EXISTS (SELECT 1 ${recipientOf(unitId, sql`r.acknowledged_at IS NULL`)})`;
    case 'overdue':
      return sql`EXISTS (SELECT 1 FROM tasks t WHERE t.dispatch_id = ${dispatches.id} AND ${overdueTask(today)}${
        unitId === null ? sql`` : sql` AND ${unitTask(unitId)}`
      })`;
  }
}

/** Matching dispatch ids read from the full-text index per slice: one slice fills most pages. */
export const MATCH_SLICE = 1000;

/** Which unit the list is held to, and whose counts it shows. */
interface Scope {
  /** Only dispatches addressed to this unit (a unit head's own, or the `unitId` filter). */
  unit: number | null;
  /** Counts of this unit's recipients only (a unit head's), else the dispatch's own. */
  counts: number | null;
}

function scopeOf(user: Pick<SessionUser, 'role' | 'unitId'>, query: DispatchListQuery): Scope {
  const asked = query.unitId ?? null;
  if (user.role !== 'unit_head') return { unit: asked, counts: null };
  const own = user.unitId ?? -1;
  if (asked !== null && asked !== own) {
    throw new ApiError(403, 'forbidden', 'A unit head lists only the dispatches of their own unit');
  }
  // A unit head's counts are of their own unit: other units' acknowledgements are not theirs.
  return { unit: own, counts: own };
}

function filtersOf(scope: Scope, query: DispatchListQuery, today: string): (SQL | undefined)[] {
  const dated = sql`coalesce(${dispatches.issuedDate}, ${dispatches.receivedDate})`;
  return [
    // EXISTS walks the newest dispatches and stops at a page: ~1 ms on 100,000 dispatches
    // for a unit on a few percent of them (IN sorts all the unit's dispatches: ~50 ms).
    scope.unit === null ? undefined : sql`EXISTS (SELECT 1 ${recipientOf(scope.unit)})`,
    statusCondition(query.status, scope.unit, today),
    query.from === undefined ? undefined : sql`${dated} >= ${query.from}`,
    query.to === undefined ? undefined : sql`${dated} <= ${query.to}`,
  ];
}

function selectRows(db: Db, scope: Scope, where: SQL | undefined, limit: number) {
  return db
    .select({
      ...getTableColumns(dispatches),
      recipientCount:
        scope.counts === null
          ? dispatches.recipientCount
          : sql<number>`(SELECT count(*) ${recipientOf(scope.counts)})`,
      acknowledgedCount:
        scope.counts === null
          ? dispatches.acknowledgedCount
          : sql<number>`(SELECT count(*) ${recipientOf(scope.counts, sql`r.acknowledged_at IS NOT NULL`)})`,
    })
    .from(dispatches)
    .where(where)
    .limit(limit);
}

type Row = Awaited<ReturnType<typeof selectRows>>[number];

/** A page without `q`: newest first after `after`; `extra` is one more condition. */
function newestPage(
  db: Db,
  scope: Scope,
  query: DispatchListQuery,
  today: string,
  after: Position | null,
  extra?: SQL,
) {
  return selectRows(
    db,
    scope,
    and(
      ...filtersOf(scope, query, today),
      after === null
        ? undefined
        : sql`(${dispatches.createdAt} < ${after[0]} OR (${dispatches.createdAt} = ${after[0]} AND ${dispatches.id} < ${after[1]}))`,
      extra,
    ),
    query.limit + 1,
  ).orderBy(desc(dispatches.createdAt), desc(dispatches.id));
}

function toPage(rows: Row[], limit: number): Page<DispatchListItem> {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map((row) => ({
      ...toDispatch(row),
      counts: { recipients: row.recipientCount, acknowledged: row.acknowledgedCount },
    })),
    nextCursor:
      rows.length > limit && last
        ? encodeCursor([unixSeconds(last.createdAt), last.id] satisfies Position)
        : null,
  };
}

export async function listDispatches(
  db: Db,
  user: Pick<SessionUser, 'role' | 'unitId'>,
  query: DispatchListQuery,
  today: string,
): Promise<Page<DispatchListItem>> {
  const scope = scopeOf(user, query);
  const after = listCursor(query);
  const match = query.q === undefined ? null : ftsQuery(query.q);
  if (match === null) return toPage(await newestPage(db, scope, query, today, after), query.limit);
  // `id IN (every match)` made SQLite collect all of them first: 0.6 s on D1 for a word
  // in 100,000 dispatches. Slices of the index, newest first, stop as soon as the page is full.
  const filters = filtersOf(scope, query, today);
  const rows: Row[] = [];
  let below = after === null ? Number.MAX_SAFE_INTEGER : after[1];
  while (rows.length <= query.limit) {
    const [slice] = await db.all<{ low: number | null; n: number }>(
      sql`SELECT min(id) AS low, count(*) AS n FROM (
            SELECT rowid AS id FROM dispatches_fts WHERE dispatches_fts MATCH ${match} AND rowid < ${below}
            ORDER BY rowid DESC LIMIT ${MATCH_SLICE})`,
    );
    if (!slice || slice.low === null) break;
    // A range of the index, not a list of ids: D1 binds at most 100 parameters.
    const inSlice = sql`${dispatches.id} IN (SELECT rowid FROM dispatches_fts
      WHERE dispatches_fts MATCH ${match} AND rowid < ${below} AND rowid >= ${slice.low})`;
    rows.push(
      ...(await selectRows(db, scope, and(...filters, inSlice), query.limit + 1 - rows.length).orderBy(
        desc(dispatches.id),
      )),
    );
    below = slice.low;
    if (slice.n < MATCH_SLICE) break;
  }
  return toPage(rows, query.limit);
}

const STAFF: readonly Role[] = ['admin', 'clerk'];

/**
 * A page without `q` with the session checked in the same batch (session-in-batch.ts). Admins
 * and clerks see every dispatch, so their page does not depend on who they are: it is read
 * in the guard's batch, under a condition that leaves it empty for anyone else, and the
 * usual list costs one D1 round trip. A unit head's page is held to their unit, known only
 * from the guard's answer, and read in a second one (as with requireAuth).
 */
export async function listDispatchesInOneBatch(
  db: Db,
  session: BatchSession,
  query: DispatchListQuery,
  today: string,
): Promise<Page<DispatchListItem>> {
  if (query.q !== undefined) throw new Error('a full-text list reads the index in slices, not in one batch');
  let after: Position | null;
  try {
    after = listCursor(query);
  } catch (error) {
    // Answered as listDispatches answers it: after the session (401) and a unit head's scope
    // (403), so the guard runs alone first; a refused guard goes the long way.
    const [guard] = await runBatch(db, [session.guard]);
    scopeOf(guardedUser(guard), query);
    throw error;
  }
  const staffPage = newestPage(
    db,
    { unit: query.unitId ?? null, counts: null },
    query,
    today,
    after,
    session.hasRole(STAFF),
  );
  const results = await runBatch(db, [session.guard, staffPage]);
  const user = guardedUser(results[0]);
  if (!STAFF.includes(user.role)) return listDispatches(db, user, query, today);
  return toPage(batchRows(staffPage, results[1] as D1Result), query.limit);
}
