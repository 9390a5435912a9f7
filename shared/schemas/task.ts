import { z } from 'zod';
import { CalendarDateSchema, IdSchema, LIMITS, text } from './common';

export const RECURRENCES = ['none', 'monthly', 'quarterly', 'yearly'] as const;
export const TASK_STATUSES = ['todo', 'in_progress', 'done', 'overdue'] as const;

export const TaskCreateSchema = z.strictObject({
  title: text(LIMITS.short),
  description: z.string().trim().max(LIMITS.long).optional(),
  leadUnitId: IdSchema,
  coordinatingUnitIds: z.array(IdSchema).max(200).optional(),
  dueDate: CalendarDateSchema.optional(),
  recurrence: z.enum(RECURRENCES).optional(),
});
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
