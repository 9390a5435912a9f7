/**
 * A unit's report on a task (`PATCH /api/tasks/:id`): the new state, one history row (even for
 * a note alone) and the audit row, written together.
 * @module
 */
import { eq } from 'drizzle-orm';
import type { Task, TaskPatch } from '../../shared/schemas/task';
import type { Db } from '../db/client';
import { tasks, taskUpdates } from '../db/schema';
import { auditInsert } from '../lib/audit';
import { ApiError } from '../lib/errors';
import type { SessionUser } from '../lib/types';
import { toTask } from './store';
import { applyReport } from './transition';

export async function reportOnTask(db: Db, user: SessionUser, before: Task, patch: TaskPatch): Promise<Task> {
  // Whole seconds, as the timestamp columns store them.
  const now = new Date(Math.floor(Date.now() / 1000) * 1000);
  const transition = applyReport(
    {
      status: before.status,
      progress: before.progress,
      completedAt: before.completedAt ? new Date(before.completedAt) : null,
      dueDate: before.dueDate,
    },
    patch,
    now,
  );
  if (!transition.ok) {
    throw new ApiError(422, 'validation_failed', 'The report contradicts itself', [
      { path: transition.path, message: transition.message },
    ]);
  }
  const { state } = transition;
  const note = patch.note ? patch.note : null;
  const [updated] = await db.batch([
    db
      .update(tasks)
      .set({ ...state, updatedAt: now })
      .where(eq(tasks.id, before.id))
      .returning(),
    db.insert(taskUpdates).values({
      taskId: before.id,
      userId: user.id,
      status: state.status,
      progress: state.progress,
      note,
      createdAt: now,
    }),
    auditInsert(db, {
      actorId: user.id,
      action: 'update',
      entity: 'task',
      entityId: before.id,
      before,
      after: {
        ...before,
        ...state,
        completedAt: state.completedAt?.toISOString() ?? null,
        updatedAt: now.toISOString(),
        note,
      },
    }),
  ]);
  const row = updated[0];
  // The row was read a moment ago and tasks are never deleted.
  if (!row) throw new ApiError(404, 'not_found', 'No such task');
  return toTask(row, before.coordinatingUnitIds);
}
