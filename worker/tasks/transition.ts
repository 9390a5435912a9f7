/**
 * What a report (`PATCH /api/tasks/:id`) does to a task's status, progress and completion time.
 * Pure, so the rules are tested apart from the route:
 * - `done` means 100 %: it sets progress to 100 and stamps `completedAt` (kept when a done task
 *   is reported done again); progress below 100 together with `done`, or on a task that stays
 *   done, contradicts that and is refused.
 * - Leaving `done` clears `completedAt`.
 * - A task whose deadline has passed shows `overdue` until it is done: reporting `todo` or
 *   `in_progress` on it records the progress (and note) but the status stays `overdue`, so the
 *   dashboards keep counting it as late. The same holds before the hourly scheduler noticed.
 * @module
 */
import type { TaskPatch, TaskStatus } from '../../shared/schemas/task';
import { isPastDue } from './deadline';

export interface TaskState {
  status: TaskStatus;
  progress: number;
  completedAt: Date | null;
}

export type Transition = { ok: true; state: TaskState } | { ok: false; path: 'progress'; message: string };

export function applyReport(
  current: TaskState & { dueDate: string | null },
  patch: TaskPatch,
  now: Date,
): Transition {
  const requested = patch.status ?? current.status;
  if (requested === 'done') {
    if (patch.progress !== undefined && patch.progress !== 100) {
      return {
        ok: false,
        path: 'progress',
        message:
          patch.status === 'done'
            ? 'a done task is at 100'
            : 'the task is done (100); reopen it with a status to report less',
      };
    }
    const completedAt = current.status === 'done' && current.completedAt ? current.completedAt : now;
    return { ok: true, state: { status: 'done', progress: 100, completedAt } };
  }
  const progress = patch.progress ?? current.progress;
  let status: TaskStatus;
  if (isPastDue(current.dueDate, now)) status = 'overdue';
  else if (requested === 'overdue') status = progress > 0 ? 'in_progress' : 'todo';
  else status = requested;
  return { ok: true, state: { status, progress, completedAt: null } };
}
