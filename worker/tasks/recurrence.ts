/**
 * Date arithmetic of recurring tasks, on YYYY-MM-DD strings (calendar days: no time zone is
 * involved once a day is known). Pure, so it is tested on its own across month ends and leap years.
 * @module
 */
import type { Recurrence } from '../../shared/schemas/task';

/** Months in one period of each recurrence; `none` has no next occurrence. */
export const PERIOD_MONTHS: Record<Exclude<Recurrence, 'none'>, number> = {
  monthly: 1,
  quarterly: 3,
  yearly: 12,
};

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number);
}

function parse(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

function format(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * `date` moved by `months`, on day `anchorDay` of the target month or that month's last day
 * when it is shorter (31 Jan + 1 month = 28/29 Feb). Keeping the anchor apart from the date
 * stops the drift a plain "same day next month" would have: 31 Jan → 28 Feb → 31 Mar, not 28 Mar.
 */
export function addMonths(date: string, months: number, anchorDay = parse(date)[2]): string {
  const [y, m] = parse(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return format(year, month, Math.min(anchorDay, daysInMonth(year, month)));
}

/**
 * The due date of the occurrence after the one due on `current`: one period later, or as
 * many periods as it takes to reach a day not before `notBefore` (today). Periods that went by
 * while nothing ran are not back-filled: the occurrence that missed them stays overdue, which is
 * what the tracking office counts, and the new one is one the unit can still meet.
 * `anchorDay` is the day of month of the series' first due date (see addMonths).
 */
export function nextDueDate(
  current: string,
  recurrence: Exclude<Recurrence, 'none'>,
  anchorDay: number,
  notBefore?: string,
): string {
  const step = PERIOD_MONTHS[recurrence];
  let months = step;
  let next = addMonths(current, months, anchorDay);
  // YYYY-MM-DD strings compare as dates. Bounded: each turn moves at least a month.
  while (notBefore !== undefined && next < notBefore) {
    months += step;
    next = addMonths(current, months, anchorDay);
  }
  return next;
}

/** The day of month of a YYYY-MM-DD date. */
export function dayOfMonth(date: string): number {
  return parse(date)[2];
}
