/**
 * `GET /api/reports/units/:id`: a unit's figures, its open tasks and the dispatches sent to it,
 * not-acknowledged first (then the most recently acknowledged) or newest first, a page at a time.
 * @module
 */
import { deadlineStatus } from '../../shared/deadlines';
import type {
  TaskState,
  UnitRecord,
  UnitRecordItem,
  UnitRecordQuery,
  UnitTask,
} from '../../shared/schemas/reports';
import { decodeTupleCursor, encodeCursor } from '../lib/cursor';
import { isoOf, vietnamDate } from '../lib/dates';
import { ApiError } from '../lib/errors';
import { trackedDispatch } from './tracking';
import {
  UNIT_ACKNOWLEDGED_PAGE,
  UNIT_BY_DATE_PAGE,
  UNIT_FIGURES,
  UNIT_OPEN_TASKS,
  UNIT_PENDING_PAGE,
  UNIT_TASKS_OF_DISPATCHES,
} from './unit-record-sql';

type Row = Record<string, unknown>;

/**
 * Where a page stops: in the pending part (`p`, dispatch id), in the acknowledged part (`a`,
 * acknowledgement time, dispatch id) or in the by-date list (`d`, dispatch id).
 */
type Position = ['p', number] | ['a', number, number] | ['d', number];

const isId = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;
const isPosition = (value: unknown[]): value is Position =>
  (value[0] === 'p' && value.length === 2 && isId(value[1])) ||
  (value[0] === 'd' && value.length === 2 && isId(value[1])) ||
  (value[0] === 'a' && value.length === 3 && isId(value[1]) && isId(value[2]));

export function unitTask(row: Row, today: string): UnitTask {
  const status = row.status as TaskState;
  const dueDate = (row.dueDate as string | null) ?? null;
  const completedAt = row.completedAt as number | null;
  // The hourly job may not have marked it yet: the deadline says overdue all the same.
  const deadline =
    dueDate === null
      ? null
      : deadlineStatus({
          dueDate,
          doneDate:
            status === 'done' && completedAt !== null ? vietnamDate(new Date(completedAt * 1000)) : null,
          today,
        });
  return {
    id: row.id as number,
    dispatchId: row.dispatchId as number,
    title: row.title as string,
    dueDate,
    status: status !== 'done' && deadline === 'qua_han' ? 'overdue' : status,
    deadline: status === 'done' && completedAt === null ? null : deadline,
    role: row.role as 'lead' | 'coordinator',
  };
}

async function pageOf(
  db: D1Database,
  unitId: number,
  query: UnitRecordQuery,
): Promise<{ rows: Row[]; next: Position | null }> {
  const at = decodeTupleCursor(query.cursor, isPosition);
  const want = query.limit + 1;
  const run = async (sql: string, ...params: unknown[]) =>
    (
      await db
        .prepare(sql)
        .bind(...params)
        .all<Row>()
    ).results;
  const positionOf = (row: Row, kind: 'p' | 'a' | 'd'): Position =>
    kind === 'a' ? ['a', row.acknowledgedAt as number, row.id as number] : [kind, row.id as number];
  const finish = (rows: Row[], kindOf: (row: Row) => 'p' | 'a' | 'd') => {
    const shown = rows.slice(0, query.limit);
    const last = shown[shown.length - 1];
    return { rows: shown, next: rows.length > query.limit && last ? positionOf(last, kindOf(last)) : null };
  };
  if (query.order === 'date') {
    const after = at?.[0] === 'd' ? at[1] : null;
    return finish(await run(UNIT_BY_DATE_PAGE, unitId, after, want), () => 'd');
  }
  // Pending first, then the acknowledged ones: two index walks, the second only when needed.
  let rows: Row[] = [];
  if (at === null || at[0] === 'p') {
    rows = await run(UNIT_PENDING_PAGE, unitId, at?.[0] === 'p' ? at[1] : null, want);
    if (rows.length >= want) return finish(rows, () => 'p');
  }
  const ack = at?.[0] === 'a' ? at : null;
  const more = await run(
    UNIT_ACKNOWLEDGED_PAGE,
    unitId,
    ack?.[1] ?? null,
    ack?.[2] ?? null,
    want - rows.length,
  );
  return finish([...rows, ...more], (row) => (row.acknowledgedAt === null ? 'p' : 'a'));
}

export async function unitRecord(
  db: D1Database,
  unitId: number,
  query: UnitRecordQuery,
  today: string,
): Promise<UnitRecord> {
  const [unitRows, figureRows, openRows] = await db.batch<Row>([
    db.prepare('SELECT id, code, name, active FROM units WHERE id = ?1').bind(unitId),
    db.prepare(UNIT_FIGURES(today)).bind(unitId),
    db.prepare(UNIT_OPEN_TASKS).bind(unitId),
  ]);
  const unit = unitRows?.results[0];
  if (!unit) throw new ApiError(404, 'not_found', 'No such unit');
  const page = await pageOf(db, unitId, query);
  const ids = page.rows.map((row) => row.id as number);
  const taskRows =
    ids.length === 0
      ? []
      : (await db.prepare(UNIT_TASKS_OF_DISPATCHES).bind(unitId, JSON.stringify(ids)).all<Row>()).results;
  const tasksOf = new Map<number, UnitTask[]>();
  for (const row of taskRows) {
    const task = unitTask(row, today);
    tasksOf.set(task.dispatchId, [...(tasksOf.get(task.dispatchId) ?? []), task]);
  }
  const items: UnitRecordItem[] = page.rows.map((row) => ({
    dispatch: trackedDispatch(row),
    sentAt: isoOf(row.sentAt) ?? '',
    acknowledgedAt: isoOf(row.acknowledgedAt),
    acknowledgedBy:
      row.ackById === null ? null : { id: row.ackById as number, name: row.ackByName as string },
    tasks: tasksOf.get(row.id as number) ?? [],
  }));
  const f = figureRows?.results[0] ?? {};
  const received = (f.received as number | undefined) ?? 0;
  const acknowledged = (f.acknowledged as number | undefined) ?? 0;
  const seconds = f.averageAckSeconds as number | null | undefined;
  return {
    unit: {
      id: unit.id as number,
      code: unit.code as string,
      name: unit.name as string,
      active: Boolean(unit.active),
    },
    figures: {
      received,
      acknowledged,
      acknowledgementRate: received === 0 ? null : Math.round((acknowledged / received) * 1000) / 1000,
      overdueTasks: (f.overdueTasks as number | undefined) ?? 0,
      openTasks: (f.openTasks as number | undefined) ?? 0,
      averageAckHours:
        seconds === null || seconds === undefined ? null : Math.round((seconds / 3600) * 10) / 10,
    },
    openTasks: (openRows?.results ?? []).map((row) => unitTask(row, today)),
    items,
    nextCursor: page.next === null ? null : encodeCursor(page.next),
  };
}
