/**
 * Assigning a task to units (`POST /api/dispatches/:id/tasks`).
 * @module
 */
import { and, eq, sql } from 'drizzle-orm';
import { addWorkingDays } from '../../shared/deadlines';
import type { Task, TaskCreate } from '../../shared/schemas/task';
import type { Db } from '../db/client';
import { auditLog, dispatches, recipients, tasks, units } from '../db/schema';
import { ApiError } from '../lib/errors';
import type { SessionUser } from '../lib/types';
import { vietnamToday } from './deadline';
import { idRows, inIds, runBatch, statement } from './raw';
import { toTask } from './store';

/** The coordinating units as stored: each once, in the order given, never the lead itself. */
export function normaliseCoordinating(leadUnitId: number, ids: readonly number[] = []): number[] {
  return [...new Set(ids)].filter((id) => id !== leadUnitId);
}

/** 422 unless every unit exists and is active; details name each offending field. */
async function checkUnits(db: Db, leadUnitId: number, coordinating: number[]) {
  const ids = [leadUnitId, ...coordinating];
  const rows = await db
    .select({ id: units.id, active: units.active })
    .from(units)
    .where(inIds(units.id, ids));
  const active = new Map(rows.map((row) => [row.id, row.active]));
  const problem = (id: number) =>
    active.get(id) === undefined ? 'unknown unit' : active.get(id) ? null : 'inactive unit';
  const details: { path: string; message: string }[] = [];
  const leadProblem = problem(leadUnitId);
  if (leadProblem) details.push({ path: 'leadUnitId', message: leadProblem });
  coordinating.forEach((id, i) => {
    const message = problem(id);
    if (message) details.push({ path: `coordinatingUnitIds.${i}`, message });
  });
  if (details.length > 0)
    throw new ApiError(422, 'validation_failed', 'Tasks go to existing, active units', details);
}

/**
 * Creates the task, its coordinating units and, for units the dispatch was not yet sent to, the
 * recipient rows: a unit asked to act on a dispatch has to receive it (and acknowledge it). All
 * in one D1 batch, which is one transaction, so a failure leaves nothing behind.
 */
export async function createTask(
  db: Db,
  user: SessionUser,
  dispatchId: number,
  body: TaskCreate,
): Promise<Task> {
  const [dispatch] = await db
    .select({ id: dispatches.id })
    .from(dispatches)
    .where(eq(dispatches.id, dispatchId));
  if (!dispatch) throw new ApiError(404, 'not_found', 'No such dispatch');

  const coordinating = normaliseCoordinating(body.leadUnitId, body.coordinatingUnitIds);
  await checkUnits(db, body.leadUnitId, coordinating);
  const involved = [body.leadUnitId, ...coordinating];
  const already = await db
    .select({ unitId: recipients.unitId })
    .from(recipients)
    .where(and(eq(recipients.dispatchId, dispatchId), inIds(recipients.unitId, involved)));
  const known = new Set(already.map((row) => row.unitId));
  const newRecipients = involved.filter((id) => !known.has(id));

  // Whole seconds: the timestamp columns keep seconds, and the audit copy must equal the row.
  const now = new Date(Math.floor(Date.now() / 1000) * 1000);
  const values = {
    dispatchId,
    title: body.title,
    description: body.description || null,
    leadUnitId: body.leadUnitId,
    dueDate:
      body.dueInWorkingDays === undefined
        ? (body.dueDate ?? null)
        : addWorkingDays(vietnamToday(now), body.dueInWorkingDays),
    recurrence: body.recurrence ?? 'none',
    status: 'todo' as const,
    progress: 0,
    createdBy: user.id,
    createdAt: now,
    updatedAt: now,
  };
  // Inside the batch the new task is the one with the highest id: AUTOINCREMENT ids only grow
  // and D1 runs one write transaction at a time, so no other task can come in between. This
  // keeps the task, its units, the recipients and the audit rows in one transaction.
  const newId = sql<number>`(select max(${tasks.id}) from ${tasks})`;
  const { id: _, ...auditAfter } = toTask(
    { ...values, id: 0, previousTaskId: null, completedAt: null },
    coordinating,
  );
  const [inserted] = await runBatch(db, [
    statement(db, db.insert(tasks).values(values).returning({ id: tasks.id })),
    statement(
      db,
      db.insert(auditLog).values({
        actorId: user.id,
        action: 'create',
        entity: 'task',
        entityId: newId,
        after: sql`json_set(${JSON.stringify(auditAfter)}, '$.id', ${newId})`,
      }),
    ),
    statement(
      db,
      sql`insert into task_units (task_id, unit_id) select ${newId}, value from ${idRows(coordinating)}`,
    ),
    // `where true`: SQLite's documented way to read `on conflict` after `insert … select`.
    statement(
      db,
      sql`insert into recipients (dispatch_id, unit_id, sent_at, sent_by)
        select ${dispatchId}, value, ${Math.floor(now.getTime() / 1000)}, ${user.id}
        from ${idRows(newRecipients)} where true
        on conflict do nothing`,
    ),
    ...(newRecipients.length > 0
      ? [
          // The same entry as a distribution through the dispatch routes, naming the task.
          statement(
            db,
            db.insert(auditLog).values({
              actorId: user.id,
              action: 'distribute',
              entity: 'dispatch',
              entityId: dispatchId,
              after: sql`json_object('unitIds', json(${JSON.stringify(newRecipients)}), 'groupIds', json('[]'), 'taskId', ${newId})`,
            }),
          ),
        ]
      : []),
  ]);
  const id = (inserted?.results[0] as { id: number } | undefined)?.id;
  if (id === undefined) throw new Error('task insert returned no id');
  const row = { ...values, id, previousTaskId: null, completedAt: null };
  return toTask(row, coordinating);
}
