/**
 * Reading tasks and their history out of D1 in the API's shape (shared/schemas/task.ts).
 * Exported for the other routes that show tasks (a dispatch's `tasks`, its status).
 * @module
 */
import { asc, eq } from 'drizzle-orm';
import type { Task, TaskUpdate } from '../../shared/schemas/task';
import type { Db } from '../db/client';
import { type TaskRow, tasks, taskUnits, taskUpdates, users } from '../db/schema';
import { inIds } from './raw';

export function toTask(row: TaskRow, coordinatingUnitIds: number[]): Task {
  return {
    id: row.id,
    dispatchId: row.dispatchId,
    title: row.title,
    description: row.description,
    leadUnitId: row.leadUnitId,
    coordinatingUnitIds,
    dueDate: row.dueDate,
    recurrence: row.recurrence,
    status: row.status,
    progress: row.progress,
    previousTaskId: row.previousTaskId,
    createdBy: row.createdBy,
    completedAt: row.completedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The coordinating units of each task, in ascending id order. */
export async function coordinatingUnits(db: Db, taskIds: number[]): Promise<Map<number, number[]>> {
  const byTask = new Map<number, number[]>(taskIds.map((id) => [id, []]));
  if (taskIds.length === 0) return byTask;
  const rows = await db
    .select()
    .from(taskUnits)
    .where(inIds(taskUnits.taskId, taskIds))
    .orderBy(asc(taskUnits.taskId), asc(taskUnits.unitId));
  for (const row of rows) byTask.get(row.taskId)?.push(row.unitId);
  return byTask;
}

/** Rows as API tasks, with their coordinating units fetched in one query. */
export async function toTasks(db: Db, rows: TaskRow[]): Promise<Task[]> {
  const units = await coordinatingUnits(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => toTask(row, units.get(row.id) ?? []));
}

export async function loadTask(db: Db, id: number): Promise<Task | null> {
  const [rows, units] = await db.batch([
    db.select().from(tasks).where(eq(tasks.id, id)),
    db.select().from(taskUnits).where(eq(taskUnits.taskId, id)).orderBy(asc(taskUnits.unitId)),
  ]);
  const row = rows[0];
  return row
    ? toTask(
        row,
        units.map((unit) => unit.unitId),
      )
    : null;
}

/**
 * The history of a task, oldest first. Without `readNotes` the notes people wrote read null;
 * the scheduler's own notes ("Quá hạn", no user) are no unit's private words and stay visible.
 */
export async function loadUpdates(db: Db, taskId: number, readNotes: boolean): Promise<TaskUpdate[]> {
  const rows = await db
    .select({
      id: taskUpdates.id,
      status: taskUpdates.status,
      progress: taskUpdates.progress,
      note: taskUpdates.note,
      userId: taskUpdates.userId,
      userName: users.name,
      createdAt: taskUpdates.createdAt,
    })
    .from(taskUpdates)
    .leftJoin(users, eq(users.id, taskUpdates.userId))
    .where(eq(taskUpdates.taskId, taskId))
    .orderBy(asc(taskUpdates.id));
  return rows.map((row) => ({
    ...row,
    note: readNotes || row.userId === null ? row.note : null,
    createdAt: row.createdAt.toISOString(),
  }));
}
