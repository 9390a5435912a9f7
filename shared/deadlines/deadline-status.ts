/**
 * The state of an item against its due date, as offices say it: trong hạn, sắp đến hạn, quá hạn
 * while open; đúng hạn, trễ hạn once done.
 * @module
 */
import { type IsoDate, toDayNumber } from './calendar-date';

export const DEADLINE_STATUSES = ['trong_han', 'sap_den_han', 'qua_han', 'dung_han', 'tre_han'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

export const DEADLINE_STATUS_LABELS: Readonly<Record<'vi' | 'en', Readonly<Record<DeadlineStatus, string>>>> =
  {
    vi: {
      trong_han: 'trong hạn',
      sap_den_han: 'sắp đến hạn',
      qua_han: 'quá hạn',
      dung_han: 'đúng hạn',
      tre_han: 'trễ hạn',
    },
    en: {
      trong_han: 'on track',
      sap_den_han: 'due soon',
      qua_han: 'overdue',
      dung_han: 'done on time',
      tre_han: 'done late',
    },
  };

export interface DeadlineInput {
  /** The last day the item may be done on. */
  dueDate: IsoDate;
  /** The day it was done, if it is. */
  doneDate?: IsoDate | null;
  /** Today, in Vietnam. */
  today: IsoDate;
  /** Calendar days before the due date from which an open item is "sắp đến hạn"; 3 by default. */
  soonDays?: number;
}

/**
 * Done items: 'dung_han' when done on or before the due date, else 'tre_han'. Open items:
 * 'qua_han' after the due date, 'sap_den_han' when the due date is at most `soonDays` calendar
 * days away (the due day itself included), else 'trong_han'.
 */
export function deadlineStatus({ dueDate, doneDate, today, soonDays = 3 }: DeadlineInput): DeadlineStatus {
  const due = toDayNumber(dueDate, 'dueDate');
  const now = toDayNumber(today, 'today');
  if (!Number.isSafeInteger(soonDays) || soonDays < 0) {
    throw new RangeError(`soonDays must be a whole number of days, 0 or more, got ${soonDays}`);
  }
  if (doneDate !== undefined && doneDate !== null) {
    return toDayNumber(doneDate, 'doneDate') <= due ? 'dung_han' : 'tre_han';
  }
  if (now > due) return 'qua_han';
  return due - now <= soonDays ? 'sap_den_han' : 'trong_han';
}

/** The label of a status in Vietnamese (default) or English. */
export function deadlineStatusLabel(status: DeadlineStatus, language: 'vi' | 'en' = 'vi'): string {
  return DEADLINE_STATUS_LABELS[language][status];
}
