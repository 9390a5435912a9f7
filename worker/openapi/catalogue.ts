/**
 * Every route of the API with who may call it: the single list the OpenAPI document, the
 * reference page and the route × role access test are built from.
 * @module
 */
import type { z } from 'zod';
import { LoginBodySchema } from '../../shared/schemas/auth';
import { PageQuerySchema } from '../../shared/schemas/common';
import {
  AckBodySchema,
  DispatchCreateSchema,
  DispatchListQuerySchema,
  DistributeBodySchema,
  LookupQuerySchema,
} from '../../shared/schemas/dispatch';
import { InboxQuerySchema } from '../../shared/schemas/inbox';
import {
  GroupCreateSchema,
  GroupListQuerySchema,
  GroupPatchSchema,
  UnitCreateSchema,
  UnitListQuerySchema,
  UnitPatchSchema,
  UserCreateSchema,
  UserPatchSchema,
} from '../../shared/schemas/organisation';
import { RegisterPageQuerySchema } from '../../shared/schemas/register';
import {
  AckSeriesQuerySchema,
  AuditQuerySchema,
  PeriodQuerySchema,
  RegisterQuerySchema,
  TrackingQuerySchema,
  UnitRecordQuerySchema,
} from '../../shared/schemas/reports';
import { TaskCreateSchema, TaskListQuerySchema, TaskPatchSchema } from '../../shared/schemas/task';

export type Caller = 'anonymous' | 'admin' | 'clerk' | 'unit_head';

export interface RouteSpec {
  method: 'GET' | 'POST' | 'PATCH';
  /** Hono-style path: `/api/units/:id`. */
  path: string;
  summary: string;
  /** Who passes the route's role check (a unit head may still be refused for another unit). */
  callers: Caller[];
  body?: z.ZodType;
  query?: z.ZodType;
}

const SIGNED_IN: Caller[] = ['admin', 'clerk', 'unit_head'];
const EVERYONE: Caller[] = ['anonymous', ...SIGNED_IN];

export const ROUTES: RouteSpec[] = [
  { method: 'GET', path: '/api/health', summary: 'Service and database health', callers: EVERYONE },
  {
    method: 'POST',
    path: '/api/auth/login',
    summary: 'Sign in: a bearer token and the user',
    callers: EVERYONE,
    body: LoginBodySchema,
  },
  { method: 'POST', path: '/api/auth/logout', summary: 'Sign out: revokes the token', callers: SIGNED_IN },
  { method: 'GET', path: '/api/me', summary: 'The signed-in user', callers: SIGNED_IN },
  {
    method: 'GET',
    path: '/api/me/inbox',
    summary:
      'What the caller must act on, with exact counts: unacknowledged dispatches, open, overdue and due-soon tasks (unit heads: their unit’s; admins and clerks: the office’s)',
    callers: SIGNED_IN,
    query: InboxQuerySchema,
  },
  {
    method: 'POST',
    path: '/api/units',
    summary: 'Create a unit',
    callers: ['admin'],
    body: UnitCreateSchema,
  },
  {
    method: 'GET',
    path: '/api/units',
    summary: 'List units',
    callers: SIGNED_IN,
    query: UnitListQuerySchema,
  },
  { method: 'GET', path: '/api/units/:id', summary: 'One unit', callers: SIGNED_IN },
  {
    method: 'PATCH',
    path: '/api/units/:id',
    summary: 'Change or deactivate a unit',
    callers: ['admin'],
    body: UnitPatchSchema,
  },
  {
    method: 'POST',
    path: '/api/groups',
    summary: 'Create a unit group',
    callers: ['admin'],
    body: GroupCreateSchema,
  },
  {
    method: 'GET',
    path: '/api/groups',
    summary: 'List unit groups with their units',
    callers: SIGNED_IN,
    query: GroupListQuerySchema,
  },
  { method: 'GET', path: '/api/groups/:id', summary: 'One unit group', callers: SIGNED_IN },
  {
    method: 'PATCH',
    path: '/api/groups/:id',
    summary: 'Rename a group or replace its units',
    callers: ['admin'],
    body: GroupPatchSchema,
  },
  {
    method: 'POST',
    path: '/api/users',
    summary: 'Create a user',
    callers: ['admin'],
    body: UserCreateSchema,
  },
  { method: 'GET', path: '/api/users', summary: 'List users', callers: ['admin'], query: PageQuerySchema },
  { method: 'GET', path: '/api/users/:id', summary: 'One user', callers: ['admin'] },
  {
    method: 'PATCH',
    path: '/api/users/:id',
    summary: 'Change, deactivate or reset the password of a user',
    callers: ['admin'],
    body: UserPatchSchema,
  },
  {
    method: 'POST',
    path: '/api/dispatches',
    summary:
      'Record a dispatch (Idempotency-Key header honoured; the same document again answers 200 with duplicate: true)',
    callers: ['admin', 'clerk'],
    body: DispatchCreateSchema,
  },
  {
    method: 'GET',
    path: '/api/dispatches',
    summary: 'List and search dispatches (unit heads: their unit’s)',
    callers: SIGNED_IN,
    query: DispatchListQuerySchema,
  },
  {
    method: 'GET',
    path: '/api/dispatches/lookup',
    summary: 'Which of these references are recorded',
    callers: SIGNED_IN,
    query: LookupQuerySchema,
  },
  {
    method: 'GET',
    path: '/api/dispatches/:id',
    summary: 'A dispatch with recipients, tasks, cites and citedBy',
    callers: SIGNED_IN,
  },
  {
    method: 'POST',
    path: '/api/dispatches/:id/recipients',
    summary: 'Distribute to units and groups',
    callers: ['admin', 'clerk'],
    body: DistributeBodySchema,
  },
  {
    method: 'POST',
    path: '/api/dispatches/:id/ack',
    summary: 'Confirm receipt for the caller’s unit (idempotent)',
    callers: ['unit_head'],
    body: AckBodySchema,
  },
  {
    method: 'POST',
    path: '/api/dispatches/:id/tasks',
    summary: 'Assign a task',
    callers: ['admin', 'clerk'],
    body: TaskCreateSchema,
  },
  {
    method: 'GET',
    path: '/api/dispatches/:id/status',
    summary: 'Per recipient unit: acknowledgement and task state',
    callers: ['admin', 'clerk'],
  },
  {
    method: 'GET',
    path: '/api/dispatches/:id/status.csv',
    summary: 'The dispatch × unit matrix of one dispatch as CSV (UTF-8 with BOM)',
    callers: ['admin', 'clerk'],
  },
  {
    method: 'GET',
    path: '/api/dispatches/:id/status.xlsx',
    summary: 'The dispatch × unit matrix of one dispatch as Excel (.xlsx)',
    callers: ['admin', 'clerk'],
  },
  {
    method: 'GET',
    path: '/api/tasks',
    summary: 'List tasks (unit heads: their unit’s)',
    callers: SIGNED_IN,
    query: TaskListQuerySchema,
  },
  { method: 'GET', path: '/api/tasks/:id', summary: 'A task with its update history', callers: SIGNED_IN },
  {
    method: 'PATCH',
    path: '/api/tasks/:id',
    summary: 'Report status, progress and a note (lead unit’s head, admin)',
    callers: ['admin', 'unit_head'],
    body: TaskPatchSchema,
  },
  {
    method: 'GET',
    path: '/api/reports/overview',
    summary: 'Tracking figures for a period',
    callers: ['admin'],
    query: PeriodQuerySchema,
  },
  {
    method: 'GET',
    path: '/api/reports/units',
    summary: 'Per unit, all time: dispatches sent to it, acknowledged by it, its overdue tasks',
    callers: ['admin'],
  },
  {
    method: 'GET',
    path: '/api/reports/units/:id',
    summary:
      'A unit’s record: figures, open tasks, and the dispatches sent to it (not acknowledged first, or newest first) with its tasks on each',
    callers: ['admin', 'clerk'],
    query: UnitRecordQuerySchema,
  },
  {
    method: 'GET',
    path: '/api/reports/tracking',
    summary:
      'Dispatch × unit matrix over a filter (group, unit, acknowledgement, tasks, received dates, text), newest first',
    callers: ['admin', 'clerk'],
    query: TrackingQuerySchema,
  },
  {
    method: 'GET',
    path: '/api/reports/acknowledgements',
    summary: 'Recipients sent and acknowledged per day or week of the received date (at most a year)',
    callers: ['admin'],
    query: AckSeriesQuerySchema,
  },
  {
    method: 'GET',
    path: '/api/reports/groups',
    summary: 'Tasks by state per addressee group (led by its member units)',
    callers: ['admin'],
    query: PeriodQuerySchema,
  },
  {
    method: 'GET',
    path: '/api/export/dispatches.csv',
    summary: 'Dispatch list as CSV (UTF-8 with BOM)',
    callers: ['admin'],
    query: RegisterQuerySchema,
  },
  {
    method: 'GET',
    path: '/api/export/dispatches.xlsx',
    summary: 'Dispatch list as Excel (.xlsx), the same columns and rows as the CSV',
    callers: ['admin'],
    query: RegisterQuerySchema,
  },
  {
    method: 'GET',
    path: '/api/export/register.json',
    summary:
      'Incoming-document register (ND 30/2020 Phụ lục IV) as JSON lines for the printable page, the same cells as the CSV, a page at a time',
    callers: ['admin'],
    query: RegisterPageQuerySchema,
  },
  {
    method: 'GET',
    path: '/api/export/register.csv',
    summary: 'Incoming-document register (ND 30/2020 Phụ lục IV) as CSV',
    callers: ['admin'],
    query: RegisterQuerySchema,
  },
  {
    method: 'GET',
    path: '/api/export/register.xlsx',
    summary:
      'Incoming-document register (ND 30/2020 Phụ lục IV) as Excel (.xlsx), the same columns and rows as the CSV',
    callers: ['admin'],
    query: RegisterQuerySchema,
  },
  {
    method: 'GET',
    path: '/api/audit',
    summary: 'Audit log, newest first',
    callers: ['admin'],
    query: AuditQuerySchema,
  },
];
