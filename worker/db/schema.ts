import { sql } from 'drizzle-orm';
import {
  type AnySQLiteColumn,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';

const createdAt = () => integer('created_at', { mode: 'timestamp' }).notNull().default(sql`(unixepoch())`);
const updatedAt = () => integer('updated_at', { mode: 'timestamp' }).notNull().default(sql`(unixepoch())`);

/** Organisational units (offices, departments) that send and receive dispatches. */
export const units = sqliteTable(
  'units',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    parentId: integer('parent_id').references((): AnySQLiteColumn => units.id),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('units_parent_idx').on(t.parentId)],
);

/** Named sets of units used as addressees ("UBND cấp huyện"). */
export const unitGroups = sqliteTable('unit_groups', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const unitGroupMembers = sqliteTable(
  'unit_group_members',
  {
    groupId: integer('group_id')
      .notNull()
      .references(() => unitGroups.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.unitId] }), index('unit_group_members_unit_idx').on(t.unitId)],
);

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Stored lower-cased: sign-in is case-insensitive. */
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    role: text('role', { enum: ['admin', 'clerk', 'unit_head'] }).notNull(),
    unitId: integer('unit_id').references(() => units.id),
    /** `pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>` */
    passwordHash: text('password_hash').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('users_unit_idx').on(t.unitId)],
);

/** Bearer tokens: only their SHA-256 is stored. */
export const sessions = sqliteTable(
  'sessions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: createdAt(),
    expiresAt: integer('expires_at', { mode: 'timestamp' }).notNull(),
    revokedAt: integer('revoked_at', { mode: 'timestamp' }),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** Failed sign-ins per e-mail address, to slow down guessing (429). */
export const loginFailures = sqliteTable('login_failures', {
  email: text('email').primaryKey(),
  failures: integer('failures').notNull().default(0),
  windowStart: integer('window_start', { mode: 'timestamp' }).notNull(),
  lockedUntil: integer('locked_until', { mode: 'timestamp' }),
});

export const dispatches = sqliteTable(
  'dispatches',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    symbol: text('symbol').notNull(),
    /** The engine's folded key of `symbol`, recomputed by the server. */
    key: text('key').notNull(),
    number: text('number'),
    year: integer('year'),
    typeCode: text('type_code'),
    typeName: text('type_name'),
    issuer: text('issuer'),
    /** YYYY-MM-DD */
    issuedDate: text('issued_date'),
    issuingBody: text('issuing_body'),
    subject: text('subject').notNull(),
    urgency: text('urgency', { enum: ['normal', 'urgent', 'very_urgent', 'express'] })
      .notNull()
      .default('normal'),
    confidentiality: text('confidentiality', { enum: ['normal', 'confidential', 'secret', 'top_secret'] })
      .notNull()
      .default('normal'),
    sourceUrl: text('source_url'),
    sourceTitle: text('source_title'),
    excerpt: text('excerpt'),
    /** Số đến: the running number in the office's incoming register, restarting each year. */
    receivedNumber: integer('received_number').notNull(),
    /** YYYY-MM-DD, the day it entered the register. */
    receivedDate: text('received_date').notNull(),
    clippedBy: integer('clipped_by')
      .notNull()
      .references(() => users.id),
    /**
     * How many units it was sent to, and how many of them acknowledged: kept by triggers on
     * `recipients` (migrations/0006_dispatch_counts.sql), so lists and figures over thousands
     * of dispatches read one row each instead of counting their recipients.
     */
    recipientCount: integer('recipient_count').notNull().default(0),
    acknowledgedCount: integer('acknowledged_count').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // Expression indexes drizzle-kit cannot write are in migrations/0001_search.sql: one row
    // per key + issued date (a missing date counts as one value), one per số đến and year.
    index('dispatches_key_idx').on(t.key),
    index('dispatches_created_idx').on(t.createdAt, t.id),
    index('dispatches_issued_idx').on(t.issuedDate, t.id),
    // Periods on the received date (tracking filters, the overview's charts) read a range.
    index('dispatches_received_idx').on(t.receivedDate, t.id),
  ],
);

/** What a dispatch cites; `citedDispatchId` is filled when the cited document is recorded too. */
export const dispatchCites = sqliteTable(
  'dispatch_cites',
  {
    dispatchId: integer('dispatch_id')
      .notNull()
      .references(() => dispatches.id),
    citedKey: text('cited_key').notNull(),
    citedSymbol: text('cited_symbol').notNull(),
    citedDispatchId: integer('cited_dispatch_id').references(() => dispatches.id),
  },
  (t) => [
    primaryKey({ columns: [t.dispatchId, t.citedKey] }),
    index('dispatch_cites_key_idx').on(t.citedKey),
    index('dispatch_cites_cited_idx').on(t.citedDispatchId),
  ],
);

export const recipients = sqliteTable(
  'recipients',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    dispatchId: integer('dispatch_id')
      .notNull()
      .references(() => dispatches.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    sentAt: integer('sent_at', { mode: 'timestamp' }).notNull(),
    sentBy: integer('sent_by')
      .notNull()
      .references(() => users.id),
    acknowledgedAt: integer('acknowledged_at', { mode: 'timestamp' }),
    acknowledgedBy: integer('acknowledged_by').references(() => users.id),
    ackNote: text('ack_note'),
  },
  (t) => [
    uniqueIndex('recipients_dispatch_unit_unique').on(t.dispatchId, t.unitId),
    // A unit's pending (or acknowledged) dispatches, newest first, straight from the index.
    index('recipients_unit_ack_dispatch_idx').on(t.unitId, t.acknowledgedAt, t.dispatchId),
    // The office-wide inbox counts dispatches still waiting for someone: only those rows.
    index('recipients_pending_dispatch_idx').on(t.dispatchId).where(sql`acknowledged_at IS NULL`),
  ],
);

/**
 * Per unit: how many dispatches it was sent and how many it acknowledged, kept by triggers on
 * `recipients` (migrations/0002_unit_counts.sql) so the dashboard does not count two million
 * rows each time it opens.
 */
export const unitRecipientCounts = sqliteTable('unit_recipient_counts', {
  unitId: integer('unit_id')
    .primaryKey()
    .references(() => units.id),
  total: integer('total').notNull().default(0),
  acknowledged: integer('acknowledged').notNull().default(0),
});

export const tasks = sqliteTable(
  'tasks',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    dispatchId: integer('dispatch_id')
      .notNull()
      .references(() => dispatches.id),
    title: text('title').notNull(),
    description: text('description'),
    leadUnitId: integer('lead_unit_id')
      .notNull()
      .references(() => units.id),
    /** YYYY-MM-DD */
    dueDate: text('due_date'),
    recurrence: text('recurrence', { enum: ['none', 'monthly', 'quarterly', 'yearly'] })
      .notNull()
      .default('none'),
    status: text('status', { enum: ['todo', 'in_progress', 'done', 'overdue'] })
      .notNull()
      .default('todo'),
    progress: integer('progress').notNull().default(0),
    /** The occurrence this one follows, for recurring tasks. */
    previousTaskId: integer('previous_task_id').references((): AnySQLiteColumn => tasks.id),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    completedAt: integer('completed_at', { mode: 'timestamp' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('tasks_dispatch_idx').on(t.dispatchId),
    index('tasks_lead_status_idx').on(t.leadUnitId, t.status),
    index('tasks_status_due_idx').on(t.status, t.dueDate),
    uniqueIndex('tasks_previous_unique').on(t.previousTaskId),
  ],
);

export const taskUnits = sqliteTable(
  'task_units',
  {
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.taskId, t.unitId] }), index('task_units_unit_idx').on(t.unitId)],
);

/** Every status/progress change of a task, with its (private) note. */
export const taskUpdates = sqliteTable(
  'task_updates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id),
    userId: integer('user_id').references(() => users.id),
    status: text('status', { enum: ['todo', 'in_progress', 'done', 'overdue'] }).notNull(),
    progress: integer('progress').notNull(),
    note: text('note'),
    createdAt: createdAt(),
  },
  (t) => [index('task_updates_task_idx').on(t.taskId, t.id)],
);

/** Answers already given to an `Idempotency-Key`, per user. */
export const idempotencyKeys = sqliteTable(
  'idempotency_keys',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    key: text('key').notNull(),
    status: integer('status').notNull(),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    actorId: integer('actor_id').references(() => users.id),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: integer('entity_id'),
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
    at: integer('at', { mode: 'timestamp' }).notNull().default(sql`(unixepoch())`),
  },
  (t) => [index('audit_entity_idx').on(t.entity, t.entityId), index('audit_actor_idx').on(t.actorId)],
);

export type UnitRow = typeof units.$inferSelect;
export type UserRow = typeof users.$inferSelect;
export type DispatchRow = typeof dispatches.$inferSelect;
export type RecipientRow = typeof recipients.$inferSelect;
export type TaskRow = typeof tasks.$inferSelect;
export type TaskUpdateRow = typeof taskUpdates.$inferSelect;
export type AuditRow = typeof auditLog.$inferSelect;
