import { z } from 'zod';
import { CalendarDateSchema, IdSchema, LIMITS, PageQuerySchema, QueryIdSchema, text } from './common';

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
  /** Accepted because the engine's drafts carry it, but ignored: the server keys `symbol` itself. */
  key: z.string().max(100).optional(),
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
  unitId: QueryIdSchema.optional(),
  /** On the issued date, or the received date when the issued date is not known; both ends inclusive. */
  from: CalendarDateSchema.optional(),
  to: CalendarDateSchema.optional(),
})
  .strict()
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    message: 'from is after to',
    path: ['from'],
  });
export type DispatchListQuery = z.infer<typeof DispatchListQuerySchema>;

export const LookupQuerySchema = z.strictObject({
  /** Comma-separated reference keys or symbols, at most LOOKUP_MAX_KEYS. */
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

/**
 * `Idempotency-Key` header of `POST /api/dispatches`: the client's name for one attempt, so a
 * retry after a lost answer gets the first answer instead of recording again.
 */
export const IdempotencyKeySchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_\-:.]+$/, 'letters, digits and _ - : . only');

/** The answer of `POST /api/dispatches`: 201 with `duplicate: false`, or 200 with the record already there. */
export const DispatchCreatedSchema = DispatchSchema.extend({ duplicate: z.boolean() });
export type DispatchCreated = z.infer<typeof DispatchCreatedSchema>;

/** One row of `GET /api/dispatches`; a unit head's counts are of their own unit only. */
export const DispatchListItemSchema = DispatchSchema.extend({
  counts: z.object({ recipients: z.number().int(), acknowledged: z.number().int() }),
});
export type DispatchListItem = z.infer<typeof DispatchListItemSchema>;

export const DispatchPageSchema = z.object({
  items: z.array(DispatchListItemSchema),
  nextCursor: z.string().nullable(),
});

const UnitRefSchema = z.object({ id: z.number().int(), code: z.string(), name: z.string() });
const UserRefSchema = z.object({ id: z.number().int(), name: z.string() });

/** A unit a dispatch was sent to, and whether (when, by whom, with what note) it confirmed receipt. */
export const RecipientSchema = z.object({
  id: z.number().int(),
  dispatchId: z.number().int(),
  unit: UnitRefSchema,
  sentAt: z.string(),
  acknowledgedAt: z.string().nullable(),
  acknowledgedBy: UserRefSchema.nullable(),
  note: z.string().nullable(),
});
export type Recipient = z.infer<typeof RecipientSchema>;

export const RecipientListSchema = z.object({ items: z.array(RecipientSchema) });

/** A task as the dispatch page lists it; its history is at `GET /api/tasks/:id`. */
export const DispatchTaskBriefSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  leadUnitId: z.number().int(),
  coordinatingUnitIds: z.array(z.number().int()),
  dueDate: z.string().nullable(),
  recurrence: z.string(),
  status: z.string(),
  progress: z.number().int(),
});

export const DispatchDetailSchema = DispatchSchema.extend({
  recipients: z.array(RecipientSchema),
  tasks: z.array(DispatchTaskBriefSchema),
  /** What this dispatch cites; `dispatchId` once that document is recorded (and visible to the caller). */
  cites: z.array(z.object({ symbol: z.string(), key: z.string(), dispatchId: z.number().int().nullable() })),
  /** Recorded dispatches that cite this one. */
  citedBy: z.array(z.object({ id: z.number().int(), symbol: z.string(), subject: z.string() })),
});
export type DispatchDetail = z.infer<typeof DispatchDetailSchema>;

/** Most references `GET /api/dispatches/lookup` answers for at once. */
export const LOOKUP_MAX_KEYS = 200;

export const LookupResponseSchema = z.object({
  items: z.array(
    z.object({
      key: z.string(),
      id: z.number().int(),
      symbol: z.string(),
      issuedDate: z.string().nullable(),
    }),
  ),
});
export type LookupResponse = z.infer<typeof LookupResponseSchema>;

export const TaskCountsSchema = z.object({
  todo: z.number().int(),
  in_progress: z.number().int(),
  done: z.number().int(),
  /** Marked overdue by the scheduler, or past its due date and not done yet. */
  overdue: z.number().int(),
});

/** `GET /api/dispatches/:id/status`: per recipient unit, acknowledgement and its tasks' state. */
export const DispatchStatusSchema = z.object({
  dispatchId: z.number().int(),
  totals: z.object({ recipients: z.number().int(), acknowledged: z.number().int() }),
  units: z.array(
    z.object({
      unit: UnitRefSchema,
      sentAt: z.string(),
      acknowledged: z.boolean(),
      acknowledgedAt: z.string().nullable(),
      acknowledgedBy: UserRefSchema.nullable(),
      note: z.string().nullable(),
      /** Tasks of this dispatch the unit leads or coordinates, by state. */
      tasks: TaskCountsSchema,
    }),
  ),
});
export type DispatchStatus = z.infer<typeof DispatchStatusSchema>;
