/**
 * Tracking figures for the admin's overview: how much came in, how much is acknowledged,
 * where tasks stand, who is late, and its charts; and the tracking pages administrators and
 * clerks share (clerks already read each dispatch's status): the filtered dispatch × unit
 * matrix and a unit's record. The work is in worker/reports/.
 * @module
 */
import { and, count, desc, eq, gte, isNotNull, lte, type SQL, sql } from 'drizzle-orm';
import { Hono } from 'hono';
import {
  AckSeriesQuerySchema,
  type Overview,
  PeriodQuerySchema,
  TrackingQuerySchema,
  UnitRecordQuerySchema,
} from '../../shared/schemas/reports';
import { createDb } from '../db/client';
import { dispatches, tasks, units } from '../db/schema';
import { vietnamDate } from '../lib/dates';
import type { AppEnv } from '../lib/types';
import { readId, readQuery } from '../lib/validate';
import { requireAuth, requireRole } from '../middleware/auth';
import { ackSeries, groupTasks } from '../reports/charts';
import { ACKNOWLEDGEMENT_BY_UNIT, OVERDUE_BY_UNIT } from '../reports/dashboard-sql';
import { trackingPage } from '../reports/tracking';
import { unitRecord } from '../reports/unit-record';

/**
 * A task's status as the figures count it: a task past its due date (the end of that day in
 * Vietnam) and not done is overdue even before the hourly job has marked it, as the status
 * matrix and the inbox count it.
 */
function effectiveStatus(today: string): SQL<'todo' | 'in_progress' | 'done' | 'overdue'> {
  return sql<
    'todo' | 'in_progress' | 'done' | 'overdue'
  >`CASE WHEN ${tasks.status} IN ('todo', 'in_progress') AND ${tasks.dueDate} < ${today} THEN 'overdue' ELSE ${tasks.status} END`;
}

/** The office-wide figures are the administrators'; tracking pages are the clerks' too. */
const ADMIN = requireRole('admin');
const TRACKERS = requireRole('admin', 'clerk');

export const reportRoutes = new Hono<AppEnv>()
  .use(requireAuth)
  // Per unit, all time: dispatches sent to it, acknowledged by it, its overdue tasks.
  .get('/units', ADMIN, async (c) => {
    const [unitRows, acknowledgements, overdue] = await c.env.DB.batch<Record<string, unknown>>([
      c.env.DB.prepare('SELECT id, code, name FROM units ORDER BY code'),
      c.env.DB.prepare(ACKNOWLEDGEMENT_BY_UNIT),
      c.env.DB.prepare(OVERDUE_BY_UNIT).bind(vietnamDate(new Date())),
    ]);
    const ackByUnit = new Map((acknowledgements?.results ?? []).map((row) => [row.unitId as number, row]));
    const overdueByUnit = new Map(
      (overdue?.results ?? []).map((row) => [row.unitId as number, row.overdue as number]),
    );
    const items = (unitRows?.results ?? []).map((unit) => {
      const ack = ackByUnit.get(unit.id as number);
      return {
        unitId: unit.id as number,
        code: unit.code as string,
        name: unit.name as string,
        recipients: (ack?.total as number | undefined) ?? 0,
        acknowledged: (ack?.acknowledged as number | undefined) ?? 0,
        overdueTasks: overdueByUnit.get(unit.id as number) ?? 0,
      };
    });
    return c.json({ items });
  })
  .get('/overview', ADMIN, async (c) => {
    const { from, to } = readQuery(c, PeriodQuerySchema);
    const db = createDb(c.env.DB);
    const today = vietnamDate(new Date());
    const inPeriod = and(
      from ? gte(dispatches.receivedDate, from) : undefined,
      to ? lte(dispatches.receivedDate, to) : undefined,
    );
    const [[counts], taskRows, lateUnits] = await db.batch([
      // The dispatches' own recipient counts (kept by triggers): a year is ~18,000 rows to sum
      // instead of ~365,000 recipients to count on the benchmark database.
      db
        .select({
          n: count(),
          total: sql<number>`coalesce(sum(${dispatches.recipientCount}), 0)`,
          acknowledged: sql<number>`coalesce(sum(${dispatches.acknowledgedCount}), 0)`,
        })
        .from(dispatches)
        .where(inPeriod),
      db
        .select({ status: effectiveStatus(today), n: count() })
        .from(tasks)
        .innerJoin(dispatches, eq(dispatches.id, tasks.dispatchId))
        .where(inPeriod)
        .groupBy(effectiveStatus(today)),
      db
        .select({ unitId: units.id, code: units.code, name: units.name, overdue: count() })
        .from(tasks)
        .innerJoin(dispatches, eq(dispatches.id, tasks.dispatchId))
        .innerJoin(units, eq(units.id, tasks.leadUnitId))
        .where(and(inPeriod, eq(effectiveStatus(today), 'overdue'), isNotNull(tasks.leadUnitId)))
        .groupBy(units.id)
        .orderBy(desc(count()), units.code)
        .limit(5),
    ]);
    const byStatus = { todo: 0, in_progress: 0, done: 0, overdue: 0 };
    for (const row of taskRows) byStatus[row.status] = row.n;
    const total = counts?.total ?? 0;
    const acknowledged = counts?.acknowledged ?? 0;
    const overview: Overview = {
      period: { from: from ?? null, to: to ?? null },
      dispatches: counts?.n ?? 0,
      recipients: total,
      acknowledged,
      acknowledgementRate: total === 0 ? null : Math.round((acknowledged / total) * 1000) / 1000,
      tasks: byStatus,
      overdueTasks: byStatus.overdue,
      unitsMostOverdue: lateUnits,
    };
    return c.json(overview);
  })
  .get('/tracking', TRACKERS, async (c) => {
    const query = readQuery(c, TrackingQuerySchema);
    return c.json(await trackingPage(c.env.DB, query, vietnamDate(new Date())));
  })
  .get('/units/:id', TRACKERS, async (c) => {
    const id = readId(c);
    const query = readQuery(c, UnitRecordQuerySchema);
    return c.json(await unitRecord(c.env.DB, id, query, vietnamDate(new Date())));
  })
  .get('/acknowledgements', ADMIN, async (c) => {
    const query = readQuery(c, AckSeriesQuerySchema);
    return c.json(await ackSeries(c.env.DB, query));
  })
  .get('/groups', ADMIN, async (c) => {
    const { from, to } = readQuery(c, PeriodQuerySchema);
    return c.json(await groupTasks(c.env.DB, from ?? null, to ?? null, vietnamDate(new Date())));
  });
