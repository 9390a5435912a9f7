import { z } from 'zod';
import { CalendarDateSchema, LIMITS, PageQuerySchema, QueryIdSchema } from './common';

/** A period for figures and exports: both ends inclusive, on the date a dispatch was received. */
export const PeriodQuerySchema = z.strictObject({
  from: CalendarDateSchema.optional(),
  to: CalendarDateSchema.optional(),
});

export const RegisterQuerySchema = z.strictObject({
  from: CalendarDateSchema.optional(),
  to: CalendarDateSchema.optional(),
  year: z.coerce.number().int().min(1900).max(2100).optional(),
});

export const AuditQuerySchema = PageQuerySchema.extend({
  entity: z.string().trim().max(40).optional(),
  entityId: QueryIdSchema.optional(),
  actorId: QueryIdSchema.optional(),
  action: z.string().trim().max(LIMITS.short).optional(),
  from: CalendarDateSchema.optional(),
  to: CalendarDateSchema.optional(),
}).strict();

export interface Overview {
  period: { from: string | null; to: string | null };
  dispatches: number;
  recipients: number;
  acknowledged: number;
  acknowledgementRate: number | null;
  tasks: Record<'todo' | 'in_progress' | 'done' | 'overdue', number>;
  overdueTasks: number;
  unitsMostOverdue: Array<{ unitId: number; code: string; name: string; overdue: number }>;
}

// ——— Tracking views: the filtered dispatch × unit matrix, a unit's record, the charts ———

export const TASK_STATES = ['todo', 'in_progress', 'done', 'overdue'] as const;
export type TaskState = (typeof TASK_STATES)[number];
export type TaskCounts = Record<TaskState, number>;

/** Whether the units in scope have acknowledged: some not yet, or all of them. */
export const ACK_FILTERS = ['pending', 'acknowledged'] as const;
/** The tasks of the units in scope: one overdue, one not done, none at all. */
export const TASK_FILTERS = ['overdue', 'open', 'none'] as const;

/**
 * `GET /api/reports/tracking`: dispatches newest recorded first, each with its recipient units
 * in scope (the unit, else the group's members, else all). Dates are the received date.
 */
export const TrackingQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(50).default(20),
  cursor: z.string().max(200).optional(),
  groupId: QueryIdSchema.optional(),
  unitId: QueryIdSchema.optional(),
  ack: z.enum(ACK_FILTERS).optional(),
  tasks: z.enum(TASK_FILTERS).optional(),
  from: CalendarDateSchema.optional(),
  to: CalendarDateSchema.optional(),
  q: z.string().trim().max(LIMITS.short).optional(),
});
export type TrackingQuery = z.infer<typeof TrackingQuerySchema>;

export interface UnitRef {
  id: number;
  code: string;
  name: string;
}

export interface TrackedDispatch {
  id: number;
  symbol: string;
  subject: string;
  receivedDate: string;
  receivedNumber: number;
  issuedDate: string | null;
}

export interface TrackingCell {
  unit: UnitRef;
  /** ISO instant, or null while not acknowledged. */
  acknowledgedAt: string | null;
  acknowledgedBy: { id: number; name: string } | null;
  /** The unit's tasks on this dispatch (lead or coordinating), overdue counted as such. */
  tasks: TaskCounts;
}

export interface TrackingRow {
  dispatch: TrackedDispatch;
  cells: TrackingCell[];
}

export interface TrackingPage {
  items: TrackingRow[];
  nextCursor: string | null;
}

/** `GET /api/reports/units/:id`: not-acknowledged first (then by acknowledgement), or newest first. */
export const UnitRecordQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
  order: z.enum(['pending', 'date']).default('pending'),
});
export type UnitRecordQuery = z.infer<typeof UnitRecordQuerySchema>;

/** Trong hạn / sắp đến hạn / quá hạn while open, đúng hạn / trễ hạn once done (shared/deadlines). */
export type DeadlineState = 'trong_han' | 'sap_den_han' | 'qua_han' | 'dung_han' | 'tre_han';

export interface UnitTask {
  id: number;
  dispatchId: number;
  title: string;
  dueDate: string | null;
  status: TaskState;
  /** Null when the task has no due date. */
  deadline: DeadlineState | null;
  role: 'lead' | 'coordinator';
}

export interface UnitRecordItem {
  dispatch: TrackedDispatch;
  sentAt: string;
  acknowledgedAt: string | null;
  acknowledgedBy: { id: number; name: string } | null;
  tasks: UnitTask[];
}

export interface UnitRecord {
  unit: UnitRef & { active: boolean };
  figures: {
    received: number;
    acknowledged: number;
    acknowledgementRate: number | null;
    overdueTasks: number;
    openTasks: number;
    /** Mean hours from sending to acknowledgement, over the acknowledged ones; null if none. */
    averageAckHours: number | null;
  };
  /** The unit's tasks not done yet, soonest due first (at most 100). */
  openTasks: UnitTask[];
  items: UnitRecordItem[];
  nextCursor: string | null;
}

/**
 * The longest period the acknowledgement chart takes: a year (it counts every recipient row of
 * the period through indexes: ~60 ms a year on 100,000 dispatches, ~270 ms for six years).
 */
export const MAX_SERIES_DAYS = 366;

/** `GET /api/reports/acknowledgements`: both ends required, at most a year apart. */
export const AckSeriesQuerySchema = z
  .strictObject({
    from: CalendarDateSchema,
    to: CalendarDateSchema,
    bucket: z.enum(['day', 'week', 'month']).optional(),
  })
  .refine((q) => q.from <= q.to, { message: 'from is after to', path: ['from'] })
  .refine((q) => (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 <= MAX_SERIES_DAYS, {
    message: 'the period is longer than a year',
    path: ['to'],
  });
export type AckSeriesQuery = z.infer<typeof AckSeriesQuerySchema>;

export interface AckSeries {
  period: { from: string; to: string };
  bucket: 'day' | 'week' | 'month';
  /** One per bucket of the period, empty ones included; `start` is its first day (weeks start on Monday). */
  items: Array<{ start: string; dispatches: number; recipients: number; acknowledged: number }>;
}

export interface GroupTasks {
  period: { from: string | null; to: string | null };
  /** Per addressee group: the tasks its member units lead, by state. */
  items: Array<{ groupId: number; name: string; units: number; tasks: TaskCounts }>;
}
