/**
 * `GET /api/reports/tracking`: the dispatch × unit matrix over a filter, a page of dispatches at
 * a time, each with its recipient units in scope (acknowledged when and by whom, its tasks).
 *
 * Each request looks at SCAN_WINDOW dispatches at most, so a page may come back short, even
 * empty, with a cursor to look further; only `nextCursor: null` means there is nothing more.
 * @module
 */
import type { TaskCounts, TrackedDispatch, TrackingPage, TrackingQuery } from '../../shared/schemas/reports';
import { ftsQuery } from '../dispatches/search';
import { decodeCursor, encodeCursor } from '../lib/cursor';
import { isoOf } from '../lib/dates';
import { SCAN_WINDOW, type Scope, trackingCellsSql, trackingPageSql, trackingTasksSql } from './tracking-sql';

type Row = Record<string, unknown>;

export function trackedDispatch(row: Row): TrackedDispatch {
  return {
    id: row.id as number,
    symbol: row.symbol as string,
    subject: row.subject as string,
    receivedDate: row.receivedDate as string,
    receivedNumber: row.receivedNumber as number,
    issuedDate: (row.issuedDate as string | null) ?? null,
  };
}

const NO_TASKS: TaskCounts = { todo: 0, in_progress: 0, done: 0, overdue: 0 };

export async function trackingPage(
  db: D1Database,
  query: TrackingQuery,
  today: string,
): Promise<TrackingPage> {
  const match = query.q === undefined ? null : ftsQuery(query.q);
  // Text with no letter or digit matches nothing rather than everything.
  if (query.q !== undefined && query.q !== '' && match === null) return { items: [], nextCursor: null };
  const below =
    decodeCursor(query.cursor) ??
    (await db.prepare('SELECT coalesce(max(id), 0) + 1 AS top FROM dispatches').first<number>('top')) ??
    1;
  const floor = Math.max(1, below - SCAN_WINDOW);
  const page = trackingPageSql({ ...query, below, floor, match }, today);
  const rows = (
    await db
      .prepare(page.sql)
      .bind(...page.params)
      .all<Row>()
  ).results;
  const shown = rows.slice(0, query.limit);
  const ids = shown.map((row) => row.id as number);
  const last = ids[ids.length - 1];
  // A full page continues below its last row; a short one below the window, if any is left.
  const nextCursor =
    rows.length > query.limit && last !== undefined
      ? encodeCursor(last)
      : floor > 1
        ? encodeCursor(floor)
        : null;
  if (ids.length === 0) return { items: [], nextCursor };
  const scope: Scope = { unitId: query.unitId, groupId: query.groupId };
  const cells = trackingCellsSql(ids, scope);
  const tasks = trackingTasksSql(ids, scope, today);
  const [cellRows, taskRows] = await db.batch<Row>([
    db.prepare(cells.sql).bind(...cells.params),
    db.prepare(tasks.sql).bind(...tasks.params),
  ]);
  const counts = new Map<string, TaskCounts>();
  for (const row of taskRows?.results ?? [])
    counts.set(`${row.dispatchId}:${row.unitId}`, {
      todo: row.todo as number,
      in_progress: row.inProgress as number,
      done: row.done as number,
      overdue: row.overdue as number,
    });
  const byDispatch = new Map<number, TrackingPage['items'][number]['cells']>();
  for (const row of cellRows?.results ?? []) {
    const list = byDispatch.get(row.dispatchId as number) ?? [];
    list.push({
      unit: { id: row.unitId as number, code: row.code as string, name: row.name as string },
      acknowledgedAt: isoOf(row.acknowledgedAt),
      acknowledgedBy:
        row.ackById === null ? null : { id: row.ackById as number, name: row.ackByName as string },
      tasks: counts.get(`${row.dispatchId}:${row.unitId}`) ?? NO_TASKS,
    });
    byDispatch.set(row.dispatchId as number, list);
  }
  return {
    items: shown.map((row) => ({
      dispatch: trackedDispatch(row),
      cells: byDispatch.get(row.id as number) ?? [],
    })),
    nextCursor,
  };
}
