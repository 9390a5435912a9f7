import { z } from 'zod';
import { CalendarDateSchema, IdSchema, LIMITS, PageQuerySchema, text } from './common';

export const URGENCIES = ['normal', 'urgent', 'very_urgent', 'express'] as const;
export const CONFIDENTIALITIES = ['normal', 'confidential', 'secret', 'top_secret'] as const;

const SymbolSchema = z
  .string()
  .trim()
  .min(3)
  .max(80)
  .regex(/^\d/, 'a symbol starts with its number')
  .regex(/[/-]/, 'a symbol has a slash or a hyphen');

/** `POST /api/dispatches`: the reference fields of the engine plus what the clerk adds. */
export const DispatchCreateSchema = z.strictObject({
  symbol: SymbolSchema,
  subject: text(LIMITS.medium),
  number: z.string().trim().max(20).nullable().optional(),
  year: z.number().int().min(1900).max(2100).nullable().optional(),
  typeCode: z.string().trim().max(10).nullable().optional(),
  typeName: z.string().trim().max(60).nullable().optional(),
  issuer: z.string().trim().max(40).nullable().optional(),
  issuedDate: CalendarDateSchema.nullable().optional(),
  issuingBody: z.string().trim().max(LIMITS.short).nullable().optional(),
  urgency: z.enum(URGENCIES).optional(),
  confidentiality: z.enum(CONFIDENTIALITIES).optional(),
  sourceUrl: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .nullable()
    .optional(),
  sourceTitle: z
    .string()
    .trim()
    .max(LIMITS.short * 2)
    .nullable()
    .optional(),
  excerpt: z.string().trim().max(LIMITS.long).nullable().optional(),
  cites: z.array(SymbolSchema).max(200).optional(),
  /** Distribute at once (the popup's "send to" step). */
  recipientUnitIds: z.array(IdSchema).max(500).optional(),
  recipientGroupIds: z.array(IdSchema).max(100).optional(),
});
export type DispatchCreate = z.infer<typeof DispatchCreateSchema>;

export const DISPATCH_STATUSES = ['pending', 'acknowledged', 'overdue'] as const;

export const DispatchListQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().max(LIMITS.short).optional(),
  /** pending: some recipient has not acknowledged; acknowledged: all have; overdue: a task is overdue. */
  status: z.enum(DISPATCH_STATUSES).optional(),
  unitId: IdSchema.optional(),
  from: CalendarDateSchema.optional(),
  to: CalendarDateSchema.optional(),
}).strict();
export type DispatchListQuery = z.infer<typeof DispatchListQuerySchema>;

export const LookupQuerySchema = z.strictObject({
  /** Comma-separated reference keys or symbols, at most 200. */
  keys: z.string().max(10_000),
});

export const DistributeBodySchema = z
  .strictObject({
    unitIds: z.array(IdSchema).max(500).optional(),
    groupIds: z.array(IdSchema).max(100).optional(),
  })
  .refine((b) => (b.unitIds?.length ?? 0) + (b.groupIds?.length ?? 0) > 0, 'give unitIds or groupIds');

export const AckBodySchema = z.strictObject({ note: z.string().trim().max(LIMITS.medium).optional() });

export const DispatchSchema = z.object({
  id: z.number().int(),
  symbol: z.string(),
  key: z.string(),
  number: z.string().nullable(),
  year: z.number().int().nullable(),
  typeCode: z.string().nullable(),
  typeName: z.string().nullable(),
  issuer: z.string().nullable(),
  issuedDate: z.string().nullable(),
  issuingBody: z.string().nullable(),
  subject: z.string(),
  urgency: z.enum(URGENCIES),
  confidentiality: z.enum(CONFIDENTIALITIES),
  sourceUrl: z.string().nullable(),
  sourceTitle: z.string().nullable(),
  excerpt: z.string().nullable(),
  receivedNumber: z.number().int(),
  receivedDate: z.string(),
  clippedBy: z.number().int(),
  createdAt: z.string(),
});
export type Dispatch = z.infer<typeof DispatchSchema>;
