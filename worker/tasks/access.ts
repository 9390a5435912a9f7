/**
 * Who may do what with a task (DESIGN.md §2, issue 3):
 * - admins see, report on and read the notes of every task;
 * - clerks see every task (they draft them) but neither report nor read the units' notes;
 * - a unit head sees the tasks their unit leads or coordinates; only the lead unit's heads
 *   report and read the notes ("nobody reads another unit's private task notes unless admin").
 * A task a caller may not see answers 404, as if it did not exist.
 * @module
 */
import type { SessionUser } from '../lib/types';

export interface TaskAccess {
  see: boolean;
  report: boolean;
  readNotes: boolean;
}

const NONE: TaskAccess = { see: false, report: false, readNotes: false };

export function taskAccess(
  user: Pick<SessionUser, 'role' | 'unitId'>,
  task: { leadUnitId: number; coordinatingUnitIds: readonly number[] },
): TaskAccess {
  if (user.role === 'admin') return { see: true, report: true, readNotes: true };
  if (user.role === 'clerk') return { see: true, report: false, readNotes: false };
  if (user.unitId === null) return NONE;
  if (task.leadUnitId === user.unitId) return { see: true, report: true, readNotes: true };
  if (task.coordinatingUnitIds.includes(user.unitId)) return { see: true, report: false, readNotes: false };
  return NONE;
}
