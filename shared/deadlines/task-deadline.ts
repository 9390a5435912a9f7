/**
 * A task's deadline state, as both the worker's inbox and the extension's side panel show it:
 * `deadlineStatus` applied to what a task record holds. A task the scheduler marked overdue is
 * quá hạn whatever the dates say; one without a due date is trong hạn; a done task is judged by
 * the day it was completed in Vietnam (and is đúng hạn when either date is missing or unreadable).
 * @module
 */
import type { IsoDate } from './calendar-date';
import { type DeadlineStatus, deadlineStatus } from './deadline-status';

const DAY_MS = 86_400_000;
/** Vietnam's time zone: UTC+7, no daylight saving. */
export const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** The calendar date in Vietnam of an instant (a Date, or ISO 8601 text). */
export function vietnamDateOf(instant: Date | string): IsoDate {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return new Date(ms + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export interface TaskDeadlineInput {
  status: string;
  dueDate: IsoDate | null;
  completedAt: Date | string | null;
}

export function taskDeadlineState(task: TaskDeadlineInput, today: IsoDate, soonDays: number): DeadlineStatus {
  if (task.status === 'done') {
    const completed =
      task.completedAt === null
        ? Number.NaN
        : typeof task.completedAt === 'string'
          ? Date.parse(task.completedAt)
          : task.completedAt.getTime();
    // Without both dates there is nothing to be late against.
    if (task.dueDate === null || Number.isNaN(completed)) return 'dung_han';
    return deadlineStatus({
      dueDate: task.dueDate,
      doneDate: vietnamDateOf(new Date(completed)),
      today,
      soonDays,
    });
  }
  if (task.status === 'overdue') return 'qua_han';
  if (task.dueDate === null) return 'trong_han';
  return deadlineStatus({ dueDate: task.dueDate, today, soonDays });
}
