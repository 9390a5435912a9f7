import { z } from 'zod';

/**
 * `GET /api/me/inbox?soonDays=`: how many days ahead a deadline counts as "due soon", 0–30
 * (default 3). Digits only: an empty value is refused, not read as 0.
 */
export const InboxQuerySchema = z.strictObject({
  soonDays: z
    .string()
    .regex(/^\d{1,2}$/, 'expected a whole number of days')
    .optional()
    .transform((value) => (value === undefined ? 3 : Number(value)))
    .pipe(z.number().int().min(0).max(30)),
});
export type InboxQuery = z.infer<typeof InboxQuerySchema>;

/**
 * A task's deadline as offices say it: open tasks are trong_han (in time), sap_den_han (due
 * within `soonDays`) or qua_han (late); finished ones dung_han (on time) or tre_han (late).
 */
export const DEADLINE_STATES = ['trong_han', 'sap_den_han', 'qua_han', 'dung_han', 'tre_han'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

/** The longest list the inbox returns; the counts are always exact. */
export const INBOX_LIST_LIMIT = 50;

export interface InboxDispatch {
  id: number;
  symbol: string;
  subject: string;
  issuingBody: string | null;
  issuedDate: string | null;
  receivedDate: string;
  receivedNumber: number;
  urgency: string;
  /** When it was sent to the unit (unit heads), or first sent (office); ISO 8601. */
  sentAt: string | null;
  /** Recipient units that have not acknowledged it (1 for a unit head). */
  pendingUnits: number;
  /** Earliest due date of the open tasks the unit leads on it (unit heads; null for the office). */
  nextDueDate: string | null;
}

export interface InboxTask {
  id: number;
  dispatchId: number;
  dispatchSymbol: string;
  title: string;
  leadUnitId: number;
  dueDate: string | null;
  status: 'todo' | 'in_progress' | 'done' | 'overdue';
  progress: number;
  completedAt: string | null;
  deadlineState: DeadlineState;
  /** Days from today (Vietnam) to the due date: negative when late, null without one. */
  daysLeft: number | null;
}

export interface InboxCounts {
  /** Unit head: dispatches to the unit not yet acknowledged; office: dispatches with any such recipient. */
  unacknowledged: number;
  /** Tasks not done (unit head: those the unit leads). */
  openTasks: number;
  /** Open tasks past their deadline. */
  overdueTasks: number;
  /** Open tasks due from today to today + soonDays. */
  dueSoon: number;
}

export interface Inbox {
  scope: 'unit' | 'office';
  unitId: number | null;
  /** Today in Vietnam, YYYY-MM-DD. */
  today: string;
  soonDays: number;
  counts: InboxCounts;
  /** Not yet acknowledged, newest first (at most 50). */
  dispatches: InboxDispatch[];
  /** Open tasks, overdue first, then by due date (at most 50). */
  tasks: InboxTask[];
  /** Open tasks due within soonDays, soonest first (at most 50). */
  dueSoon: InboxTask[];
}
