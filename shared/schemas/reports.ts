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
