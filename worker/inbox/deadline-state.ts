/**
 * A task's deadline state as offices say it. The due date is the last day allowed, ending at
 * midnight in Vietnam (UTC+7): an open task is qua_han from the next day, sap_den_han when the
 * due date is today or within `soonDays`, trong_han otherwise (or without a due date). A done
 * task is dung_han when it was completed (Vietnam date) on or before its due date, else tre_han.
 * @module
 */
import type { DeadlineState } from '../../shared/schemas/inbox';
import { vietnamDate } from '../lib/dates';

const DAY_MS = 86_400_000;

/** YYYY-MM-DD plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export interface DeadlineInput {
  status: string;
  dueDate: string | null;
  completedAt: Date | null;
}

export function deadlineState(task: DeadlineInput, today: string, soonDays: number): DeadlineState {
  if (task.status === 'done') {
    if (task.dueDate === null || task.completedAt === null) return 'dung_han';
    return vietnamDate(task.completedAt) <= task.dueDate ? 'dung_han' : 'tre_han';
  }
  if (task.status === 'overdue') return 'qua_han';
  if (task.dueDate === null) return 'trong_han';
  if (task.dueDate < today) return 'qua_han';
  return daysBetween(today, task.dueDate) <= soonDays ? 'sap_den_han' : 'trong_han';
}
