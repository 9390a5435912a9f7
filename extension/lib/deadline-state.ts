/**
 * A task as the side panel lists it, with its deadline state as offices say it: the server's
 * when its inbox states one, else the same shared rule (shared/deadlines, as the worker uses)
 * for the tasks it does not state it for (coordinated, finished, just reported on).
 * @module
 */
import { daysBetween, taskDeadlineState } from '../../shared/deadlines';
import type { InboxTask } from '../../shared/schemas/inbox';
import type { PanelTask } from './messaging';

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
    deadlineState: stated?.deadlineState ?? taskDeadlineState(task, today, soonDays),
    daysLeft: stated?.daysLeft ?? (dueDate === null ? null : daysBetween(today, dueDate)),
  };
}
