/**
 * A task's deadline state as offices say it, for the tasks the server's inbox does not state
 * it for (tasks the unit only coordinates, finished ones, one just reported on). The same rule
 * as the worker's (worker/inbox/deadline-state.ts), which the extension cannot import: the due
 * date is the last day allowed, in Vietnam's calendar (UTC+7).
 * @module
 */
import type { DeadlineState, InboxTask } from '../../shared/schemas/inbox';
import type { PanelTask } from './messaging';

const DAY_MS = 86_400_000;
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** The calendar date in Vietnam of an instant (ISO 8601), YYYY-MM-DD. */
export function vietnamDateOf(instant: string): string {
  return new Date(Date.parse(instant) + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export interface DeadlineInput {
  status: string;
  dueDate: string | null;
  /** ISO 8601 instant, or null. */
  completedAt: string | null;
}

export function deadlineStateOf(task: DeadlineInput, today: string, soonDays: number): DeadlineState {
  if (task.status === 'done') {
    // Without both dates there is nothing to be late against.
    const completed = task.completedAt ? Date.parse(task.completedAt) : Number.NaN;
    if (task.dueDate === null || Number.isNaN(completed)) return 'dung_han';
    return vietnamDateOf(task.completedAt as string) <= task.dueDate ? 'dung_han' : 'tre_han';
  }
  if (task.status === 'overdue') return 'qua_han';
  if (task.dueDate === null) return 'trong_han';
  if (task.dueDate < today) return 'qua_han';
  return daysBetween(today, task.dueDate) <= soonDays ? 'sap_den_han' : 'trong_han';
}

/**
 * A task as the side panel lists it: the server's deadline state when its inbox states one
 * (`stated`), else the same rule here on the server's today.
 */
export function toPanelTask(
  task: Omit<PanelTask, 'deadlineState' | 'daysLeft'>,
  stated: Pick<InboxTask, 'deadlineState' | 'daysLeft'> | undefined,
  today: string,
  soonDays: number,
): PanelTask {
  const { id, dispatchId, title, leadUnitId, dueDate, status, progress, completedAt } = task;
  return {
    id,
    dispatchId,
    title,
    leadUnitId,
    dueDate,
    status,
    progress,
    completedAt,
    deadlineState: stated?.deadlineState ?? deadlineStateOf(task, today, soonDays),
    daysLeft: stated?.daysLeft ?? (dueDate === null ? null : daysBetween(today, dueDate)),
  };
}
