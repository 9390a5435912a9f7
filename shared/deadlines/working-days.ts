/**
 * Working-day arithmetic as offices count it: "trong 5 ngày làm việc" starts counting on the
 * day after the start date and skips Saturdays, Sundays, public holidays and compensatory days.
 * @module
 */
import { dayOfWeek, fromDayNumber, type IsoDate, MAX_YEAR, toDayNumber } from './calendar-date';
import { HolidayCalendar, type HolidayOptions } from './holidays';

const LAST_DAY = toDayNumber(`${MAX_YEAR}-12-31`);

function calendarFor(options: HolidayOptions | HolidayCalendar | undefined): HolidayCalendar {
  return options instanceof HolidayCalendar ? options : new HolidayCalendar(options);
}

/** Whether public offices work on a day (Monday–Friday, not a holiday nor an announced closure). */
export function isWorkingDay(date: IsoDate, options?: HolidayOptions | HolidayCalendar): boolean {
  return calendarFor(options).isWorkingDayNumber(toDayNumber(date));
}

/**
 * The day on which a period of `n` working days starting at `startDate` ends: the n-th working
 * day after `startDate` (the start date itself is not counted, whatever day it is). `n = 0`
 * returns `startDate` unchanged.
 *
 * @example addWorkingDays('2026-02-12', 5) // '2026-02-26': Tết 16–20/2 and two weekends skipped
 */
export function addWorkingDays(
  startDate: IsoDate,
  n: number,
  options?: HolidayOptions | HolidayCalendar,
): IsoDate {
  let jd = toDayNumber(startDate, 'startDate');
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`n must be a whole number of working days, 0 or more, got ${n}`);
  }
  const calendar = calendarFor(options);
  let left = n;
  while (left > 0) {
    jd++;
    if (jd > LAST_DAY) throw new RangeError(`${n} working days after ${startDate} run past ${MAX_YEAR}`);
    if (calendar.isWorkingDayNumber(jd)) left--;
  }
  return fromDayNumber(jd);
}

/**
 * The number of working days after `startDate` up to and including `endDate`, so that
 * `workingDaysBetween(s, addWorkingDays(s, n)) === n`; negative when `endDate` is earlier.
 */
export function workingDaysBetween(
  startDate: IsoDate,
  endDate: IsoDate,
  options?: HolidayOptions | HolidayCalendar,
): number {
  const start = toDayNumber(startDate, 'startDate');
  const end = toDayNumber(endDate, 'endDate');
  if (end < start) return -workingDaysBetween(endDate, startDate, options);
  const calendar = calendarFor(options);
  let count = 0;
  for (let jd = start + 1; jd <= end; jd++) if (calendar.isWorkingDayNumber(jd)) count++;
  return count;
}

/** Day of the week of a date, 0 = Sunday (Chủ nhật) … 6 = Saturday (Thứ bảy). */
export function weekday(date: IsoDate): number {
  return dayOfWeek(toDayNumber(date));
}
