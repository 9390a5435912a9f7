import { z } from 'zod';
import { CalendarDateSchema, IdSchema, LIMITS, PageQuerySchema, QueryIdSchema, text } from './common';

export const RECURRENCES = ['none', 'monthly', 'quarterly', 'yearly'] as const;
export const TASK_STATUSES = ['todo', 'in_progress', 'done', 'overdue'] as const;
export type Recurrence = (typeof RECURRENCES)[number];
export type TaskStatus = (typeof TASK_STATUSES)[number];

/**
 * `POST /api/dispatches/:id/tasks`. A recurring task needs a due date: the next occurrence's
 * deadline is counted from it.
 */
export const TaskCreateSchema = z
  .strictObject({
    title: text(LIMITS.short),
    description: z.string().trim().max(LIMITS.long).nullable().optional(),
    leadUnitId: IdSchema,
    coordinatingUnitIds: z.array(IdSchema).max(200).optional(),
    dueDate: CalendarDateSchema.nullable().optional(),
    /**
     * "Trong 5 ngày làm việc": the due date counted in working days from today (Vietnam),
     * past weekends and public holidays (shared/deadlines). Give this or dueDate, not both.
     */
    dueInWorkingDays: z.number().int().min(1).max(365).optional(),
    recurrence: z.enum(RECURRENCES).optional(),
  })
  .refine((b) => b.dueDate == null || b.dueInWorkingDays === undefined, {
    message: 'give dueDate or dueInWorkingDays, not both',
    path: ['dueInWorkingDays'],
  })
  .refine(
    (b) => (b.recurrence ?? 'none') === 'none' || b.dueDate != null || b.dueInWorkingDays !== undefined,
    {
      message: 'a recurring task needs a due date',
      path: ['dueDate'],
    },
  );
export type TaskCreate = z.infer<typeof TaskCreateSchema>;

/** A unit reports: `overdue` is the scheduler's to set, not a person's. */
export const TaskPatchSchema = z
  .strictObject({
    status: z.enum(['todo', 'in_progress', 'done']).optional(),
    progress: z.number().int().min(0).max(100).optional(),
    note: z.string().trim().max(LIMITS.medium).optional(),
  })
  .refine(
    (b) => b.status !== undefined || b.progress !== undefined || b.note !== undefined,
    'nothing to update',
  );
export type TaskPatch = z.infer<typeof TaskPatchSchema>;

/** `GET /api/tasks`: tasks the caller may see, oldest first. */
export const TaskListQuerySchema = PageQuerySchema.extend({
  status: z.enum(TASK_STATUSES).optional(),
  /** Tasks this unit leads or coordinates. */
  unitId: QueryIdSchema.optional(),
  dispatchId: QueryIdSchema.optional(),
}).strict();
export type TaskListQuery = z.infer<typeof TaskListQuerySchema>;

/** A task as the API shows it. Instants are ISO 8601; dates are YYYY-MM-DD. */
export const TaskSchema = z.object({
  id: z.number().int(),
  dispatchId: z.number().int(),
  title: z.string(),
  description: z.string().nullable(),
  leadUnitId: z.number().int(),
  coordinatingUnitIds: z.array(z.number().int()),
  dueDate: z.string().nullable(),
  recurrence: z.enum(RECURRENCES),
  status: z.enum(TASK_STATUSES),
  progress: z.number().int(),
  /** The occurrence this one follows (recurring tasks), or null. */
  previousTaskId: z.number().int().nullable(),
  createdBy: z.number().int(),
  completedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Task = z.infer<typeof TaskSchema>;

/**
 * One entry of a task's history. `note` is null for callers who may not read it (only admins
 * and the lead unit's heads read a unit's notes); `userId` is null for the scheduler.
 */
export const TaskUpdateSchema = z.object({
  id: z.number().int(),
  status: z.enum(TASK_STATUSES),
  progress: z.number().int(),
  note: z.string().nullable(),
  userId: z.number().int().nullable(),
  userName: z.string().nullable(),
  createdAt: z.string(),
});
export type TaskUpdate = z.infer<typeof TaskUpdateSchema>;

/** `GET/PATCH /api/tasks/:id`: the task with its history, oldest first. */
export const TaskDetailSchema = TaskSchema.extend({ updates: z.array(TaskUpdateSchema) });
export type TaskDetail = z.infer<typeof TaskDetailSchema>;
