/**
 * When a task is late. A due date is a calendar day in Vietnam: the deadline is the end of that
 * day in Asia/Ho_Chi_Minh (UTC+7, no daylight saving), so a task due 2026-03-31 becomes overdue
 * at 2026-03-31T17:00:00Z.
 * @module
 */
import { vietnamDate } from '../lib/dates';

/** Today in Vietnam, YYYY-MM-DD. */
export function vietnamToday(now: Date): string {
  return vietnamDate(now);
}

/** Whether the deadline of `dueDate` has passed at `now` (a task without one never is late). */
export function isPastDue(dueDate: string | null, now: Date): boolean {
  return dueDate !== null && dueDate < vietnamToday(now);
}
