/**
 * Deadlines as Vietnamese offices count them: the lunar calendar (Tết, Giỗ Tổ), public holidays
 * of the Labour Code 2019, working-day arithmetic and the status of an item against its due
 * date. Pure TypeScript: no DOM, no I/O, no dependencies.
 * @module
 */
export { type IsoDate, MAX_YEAR, MIN_YEAR } from './calendar-date';
export {
  DEADLINE_STATUS_LABELS,
  DEADLINE_STATUSES,
  type DeadlineInput,
  type DeadlineStatus,
  deadlineStatus,
  deadlineStatusLabel,
} from './deadline-status';
export {
  type Holiday,
  HolidayCalendar,
  type HolidayKind,
  type HolidayOptions,
  isHoliday,
  publicHolidays,
} from './holidays';
export { gioToHungVuong, type LunarDate, lunarToSolar, solarToLunar, tetNguyenDan } from './lunar-calendar';
export {
  daysBetween,
  type TaskDeadlineInput,
  taskDeadlineState,
  VIETNAM_OFFSET_MS,
  vietnamDateOf,
} from './task-deadline';
export { addWorkingDays, isWorkingDay, weekday, workingDaysBetween } from './working-days';
