/**
 * What a user must act on, read in one D1 batch. A unit head's inbox is their unit's: the
 * dispatches sent to it and not yet acknowledged, the open tasks it leads. Admins and clerks get
 * the office's: dispatches some recipient has not acknowledged, every open task. Lists stop at
 * 50 items; the counts are exact.
 * @module
 */

import { daysBetween, taskDeadlineState } from '../../shared/deadlines';
import { INBOX_LIST_LIMIT, type Inbox, type InboxDispatch, type InboxTask } from '../../shared/schemas/inbox';
import type { TaskStatus } from '../../shared/schemas/task';
import { instantOf, isoOf } from '../lib/dates';
import type { SessionUser } from '../lib/types';
import { vietnamToday } from '../tasks/deadline';
import { addDays } from './deadline-state';

type Row = Record<string, unknown>;

// ?1 the unit (null for the whole office), ?2 today in Vietnam, ?3 the last day of "soon".
const OPEN = `t.status != 'done' AND (?1 IS NULL OR t.lead_unit_id = ?1)`;
const LATE = `(t.status = 'overdue' OR (t.due_date IS NOT NULL AND t.due_date < ?2))`;
const SOON = `(t.status != 'overdue' AND t.due_date >= ?2 AND t.due_date <= ?3)`;
const TASK_COLUMNS = `t.id, t.dispatch_id, d.symbol, t.title, t.lead_unit_id, t.due_date, t.status,
  t.progress, t.completed_at`;

const TASK_COUNTS = `SELECT count(*) AS open, count(CASE WHEN ${LATE} THEN 1 END) AS late,
  count(CASE WHEN ${SOON} THEN 1 END) AS soon FROM tasks t WHERE ${OPEN}`;
const OPEN_TASKS = `SELECT ${TASK_COLUMNS} FROM tasks t JOIN dispatches d ON d.id = t.dispatch_id
  WHERE ${OPEN}
  ORDER BY ${LATE} DESC, t.due_date IS NULL, t.due_date, t.id LIMIT ${INBOX_LIST_LIMIT}`;
const SOON_TASKS = `SELECT ${TASK_COLUMNS} FROM tasks t JOIN dispatches d ON d.id = t.dispatch_id
  WHERE ${OPEN} AND ${SOON} ORDER BY t.due_date, t.id LIMIT ${INBOX_LIST_LIMIT}`;

const DISPATCH_COLUMNS = `d.id, d.symbol, d.subject, d.issuing_body, d.issued_date, d.received_date,
  d.received_number, d.urgency`;

// A unit's pending dispatches, newest first, straight from recipients_unit_ack_dispatch_idx.
const UNIT_PENDING_COUNT = `SELECT count(*) AS n FROM recipients WHERE unit_id = ?1 AND acknowledged_at IS NULL`;
const UNIT_PENDING = `SELECT ${DISPATCH_COLUMNS}, r.sent_at, 1 AS pending,
    (SELECT min(t.due_date) FROM tasks t
      WHERE t.dispatch_id = d.id AND t.lead_unit_id = ?1 AND t.status != 'done') AS next_due
  FROM recipients r JOIN dispatches d ON d.id = r.dispatch_id
  WHERE r.unit_id = ?1 AND r.acknowledged_at IS NULL
  ORDER BY r.dispatch_id DESC LIMIT ${INBOX_LIST_LIMIT}`;

const OFFICE_PENDING_COUNT = `SELECT count(DISTINCT dispatch_id) AS n FROM recipients WHERE acknowledged_at IS NULL`;
const OFFICE_PENDING = `SELECT ${DISPATCH_COLUMNS}, p.pending, NULL AS next_due,
    (SELECT min(r.sent_at) FROM recipients r WHERE r.dispatch_id = d.id) AS sent_at
  FROM (SELECT dispatch_id, count(*) AS pending FROM recipients WHERE acknowledged_at IS NULL
        GROUP BY dispatch_id ORDER BY dispatch_id DESC LIMIT ${INBOX_LIST_LIMIT}) p
  JOIN dispatches d ON d.id = p.dispatch_id
  ORDER BY d.id DESC`;

function toDispatch(row: Row): InboxDispatch {
  return {
    id: row.id as number,
    symbol: row.symbol as string,
    subject: row.subject as string,
    issuingBody: (row.issuing_body as string | null) ?? null,
    issuedDate: (row.issued_date as string | null) ?? null,
    receivedDate: row.received_date as string,
    receivedNumber: row.received_number as number,
    urgency: row.urgency as string,
    sentAt: isoOf(row.sent_at),
    pendingUnits: row.pending as number,
    nextDueDate: (row.next_due as string | null) ?? null,
  };
}

function toTask(row: Row, today: string, soonDays: number): InboxTask {
  const dueDate = (row.due_date as string | null) ?? null;
  const status = row.status as TaskStatus;
  const completedAt = instantOf(row.completed_at);
  return {
    id: row.id as number,
    dispatchId: row.dispatch_id as number,
    dispatchSymbol: row.symbol as string,
    title: row.title as string,
    leadUnitId: row.lead_unit_id as number,
    dueDate,
    status,
    progress: row.progress as number,
    completedAt: completedAt?.toISOString() ?? null,
    deadlineState: taskDeadlineState({ status, dueDate, completedAt }, today, soonDays),
    daysLeft: dueDate === null ? null : daysBetween(today, dueDate),
  };
}

export async function loadInbox(
  d1: D1Database,
  user: Pick<SessionUser, 'role' | 'unitId'>,
  soonDays: number,
  now: Date,
): Promise<Inbox> {
  const today = vietnamToday(now);
  const horizon = addDays(today, soonDays);
  const office = user.role !== 'unit_head';
  // A unit head without a unit has nothing to act on: -1 names no unit.
  const unit = office ? null : (user.unitId ?? -1);
  const [pendingCount, pending, taskCounts, openTasks, soonTasks] = await d1.batch<Row>([
    office ? d1.prepare(OFFICE_PENDING_COUNT) : d1.prepare(UNIT_PENDING_COUNT).bind(unit),
    office ? d1.prepare(OFFICE_PENDING) : d1.prepare(UNIT_PENDING).bind(unit),
    d1.prepare(TASK_COUNTS).bind(unit, today, horizon),
    d1.prepare(OPEN_TASKS).bind(unit, today),
    d1.prepare(SOON_TASKS).bind(unit, today, horizon),
  ]);
  const counts = taskCounts?.results[0] ?? {};
  return {
    scope: office ? 'office' : 'unit',
    unitId: office ? null : user.unitId,
    today,
    soonDays,
    counts: {
      unacknowledged: (pendingCount?.results[0]?.n as number | undefined) ?? 0,
      openTasks: (counts.open as number | undefined) ?? 0,
      overdueTasks: (counts.late as number | undefined) ?? 0,
      dueSoon: (counts.soon as number | undefined) ?? 0,
    },
    dispatches: (pending?.results ?? []).map(toDispatch),
    tasks: (openTasks?.results ?? []).map((row) => toTask(row, today, soonDays)),
    dueSoon: (soonTasks?.results ?? []).map((row) => toTask(row, today, soonDays)),
  };
}
