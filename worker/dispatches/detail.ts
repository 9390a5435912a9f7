/**
 * One dispatch with everything around it (`GET /api/dispatches/:id`), and the per-unit status
 * board (`GET /api/dispatches/:id/status`).
 *
 * A unit head sees their own unit's slice: their recipient row, the tasks their unit leads or
 * coordinates, and only those cited or citing dispatches that are addressed to their unit too
 * (others appear as unresolved references, or not at all).
 * @module
 */
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { DispatchDetail, DispatchStatus } from '../../shared/schemas/dispatch';
import type { Db } from '../db/client';
import { dispatchCites, dispatches, recipients, tasks, taskUnits } from '../db/schema';
import { ApiError } from '../lib/errors';
import type { SessionUser } from '../lib/types';
import { recipientsQuery } from './distribute';
import { toDispatch, toRecipient } from './present';
import { overdueTask, unitTask } from './task-sql';

/** The unit whose slice the user sees, or null for all of it. */
function sliceUnit(user: SessionUser): number | null {
  return user.role === 'unit_head' ? (user.unitId ?? -1) : null;
}

/** Whether dispatch `idSql` is visible to the user (always, except to unit heads). */
function visibleTo(unitId: number | null, idSql: SQL): SQL {
  return unitId === null
    ? sql`1`
    : sql`EXISTS (SELECT 1 FROM recipients vr WHERE vr.dispatch_id = ${idSql} AND vr.unit_id = ${unitId})`;
}

export async function dispatchDetail(db: Db, user: SessionUser, id: number): Promise<DispatchDetail> {
  const unit = sliceUnit(user);
  const [[row], recipientRows, taskRows, coordinatorRows, citeRows, citedByRows] = await db.batch([
    db.select().from(dispatches).where(eq(dispatches.id, id)),
    recipientsQuery(db, id, unit ?? undefined),
    db
      .select({
        id: tasks.id,
        title: tasks.title,
        leadUnitId: tasks.leadUnitId,
        dueDate: tasks.dueDate,
        recurrence: tasks.recurrence,
        status: tasks.status,
        progress: tasks.progress,
      })
      .from(tasks)
      .where(
        and(
          eq(tasks.dispatchId, id),
          unit === null
            ? undefined
            : sql`(${tasks.leadUnitId} = ${unit} OR EXISTS (SELECT 1 FROM task_units tu WHERE tu.task_id = ${tasks.id} AND tu.unit_id = ${unit}))`,
        ),
      )
      .orderBy(asc(tasks.id)),
    db
      .select({ taskId: taskUnits.taskId, unitId: taskUnits.unitId })
      .from(taskUnits)
      .innerJoin(tasks, eq(tasks.id, taskUnits.taskId))
      .where(eq(tasks.dispatchId, id))
      .orderBy(asc(taskUnits.unitId)),
    db
      .select({
        symbol: dispatchCites.citedSymbol,
        key: dispatchCites.citedKey,
        dispatchId: sql<
          number | null
        >`CASE WHEN ${visibleTo(unit, sql`${dispatchCites.citedDispatchId}`)} THEN ${dispatchCites.citedDispatchId} END`.as(
          'visible_dispatch_id',
        ),
      })
      .from(dispatchCites)
      .where(eq(dispatchCites.dispatchId, id))
      // rowid: the order the clerk listed them in.
      .orderBy(sql`${dispatchCites}.rowid`),
    db
      .select({ id: dispatches.id, symbol: dispatches.symbol, subject: dispatches.subject })
      .from(dispatchCites)
      .innerJoin(dispatches, eq(dispatches.id, dispatchCites.dispatchId))
      .where(and(eq(dispatchCites.citedDispatchId, id), visibleTo(unit, sql`${dispatches.id}`)))
      .orderBy(asc(dispatches.id)),
  ]);
  if (!row) throw new ApiError(404, 'not_found', 'No such dispatch');
  const coordinators = new Map<number, number[]>();
  for (const { taskId, unitId } of coordinatorRows)
    coordinators.set(taskId, [...(coordinators.get(taskId) ?? []), unitId]);
  return {
    ...toDispatch(row),
    recipients: recipientRows.map(toRecipient),
    tasks: taskRows.map((task) => ({ ...task, coordinatingUnitIds: coordinators.get(task.id) ?? [] })),
    cites: citeRows,
    citedBy: citedByRows,
  };
}

/** task-sql.ts's expressions name the tasks table `t`. */
const t = alias(tasks, 't');

export async function dispatchStatus(db: Db, id: number, today: string): Promise<DispatchStatus> {
  const [[exists], recipientRows, taskRows] = await db.batch([
    db.select({ id: dispatches.id }).from(dispatches).where(eq(dispatches.id, id)),
    recipientsQuery(db, id),
    // Per recipient unit, its tasks on this dispatch (lead or coordinating) by state.
    db
      .select({
        unitId: recipients.unitId,
        todo: sql<number>`count(CASE WHEN t.status = 'todo' AND NOT ${overdueTask(today)} THEN 1 END)`.as(
          'n_todo',
        ),
        inProgress:
          sql<number>`count(CASE WHEN t.status = 'in_progress' AND NOT ${overdueTask(today)} THEN 1 END)`.as(
            'n_in_progress',
          ),
        done: sql<number>`count(CASE WHEN t.status = 'done' THEN 1 END)`.as('n_done'),
        overdue: sql<number>`count(CASE WHEN ${overdueTask(today)} THEN 1 END)`.as('n_overdue'),
      })
      .from(recipients)
      .innerJoin(t, sql`t.dispatch_id = ${recipients.dispatchId} AND ${unitTask(sql`${recipients.unitId}`)}`)
      .where(eq(recipients.dispatchId, id))
      .groupBy(recipients.unitId),
  ]);
  if (!exists) throw new ApiError(404, 'not_found', 'No such dispatch');
  const counts = new Map(taskRows.map((row) => [row.unitId, row]));
  const units = recipientRows.map((row) => {
    const recipient = toRecipient(row);
    const tally = counts.get(row.unitId);
    return {
      unit: recipient.unit,
      sentAt: recipient.sentAt,
      acknowledged: recipient.acknowledgedAt !== null,
      acknowledgedAt: recipient.acknowledgedAt,
      acknowledgedBy: recipient.acknowledgedBy,
      note: recipient.note,
      tasks: {
        todo: tally?.todo ?? 0,
        in_progress: tally?.inProgress ?? 0,
        done: tally?.done ?? 0,
        overdue: tally?.overdue ?? 0,
      },
    };
  });
  return {
    dispatchId: id,
    totals: { recipients: units.length, acknowledged: units.filter((u) => u.acknowledged).length },
    units,
  };
}
