/**
 * The filtered dispatch × unit matrix (`GET /api/reports/tracking`) as plain SQL with numbered
 * parameters, so the benchmark runs the very text the API runs.
 *
 * Rows are dispatches newest recorded first (`id` descending: the rowid, so the walk needs no
 * sort and no index of its own); every filter is an EXISTS probe on an index of `recipients`
 * or `tasks` per dispatch walked, so a page stops as soon as it is full.
 * @module
 */
import type { TrackingQuery } from '../../shared/schemas/reports';

/** Collects bound values and hands out their `?N` placeholders. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `?${this.values.length}`;
  }
}

export interface Scope {
  unitId?: number | undefined;
  groupId?: number | undefined;
}

/**
 * The recipient units in scope, over the unit column `column` (`1` when there is no scope).
 * `perDispatch`: the group test must not pick an index by unit (`+column`): probing each member
 * unit for each dispatch walked took 1.1–1.3 s for a 30-unit group with nothing to find;
 * reading the dispatch's own rows and testing membership is one index range per dispatch.
 */
function inScope(column: string, scope: Scope, params: Params, perDispatch = false): string {
  const parts: string[] = [];
  if (scope.unitId !== undefined) parts.push(`${column} = ${params.add(scope.unitId)}`);
  if (scope.groupId !== undefined)
    parts.push(
      `${perDispatch ? '+' : ''}${column} IN (SELECT unit_id FROM unit_group_members WHERE group_id = ${params.add(scope.groupId)})`,
    );
  return parts.length > 0 ? parts.join(' AND ') : '1';
}

/** A task of alias `t` that a unit in scope leads or coordinates on. */
function taskInScope(scope: Scope, params: Params): string {
  if (scope.unitId === undefined && scope.groupId === undefined) return '1';
  const lead = inScope('t.lead_unit_id', scope, params);
  const coordinating = inScope('tu.unit_id', scope, params);
  return `(${lead} OR EXISTS (SELECT 1 FROM task_units tu WHERE tu.task_id = t.id AND ${coordinating}))`;
}

/** Overdue as the figures count it: marked so, or past its due date (?today) and not done. */
export const OVERDUE_T = (today: string) =>
  `(t.status = 'overdue' OR (t.status IN ('todo', 'in_progress') AND t.due_date IS NOT NULL AND t.due_date < '${today.replace(/[^0-9-]/g, '')}'))`;

/**
 * Dispatches examined per request at most: a filter that matches little (a group with nothing
 * fully acknowledged, a unit with no dispatches) would otherwise walk all 100,000 of them,
 * 0.3–1.3 s; a window of 20,000 bounds every request (tracking.ts continues below it).
 */
export const SCAN_WINDOW = 20_000;

/**
 * One page of dispatches with ids in [floor, below), newest first, `limit + 1` rows so the
 * caller knows whether another page follows. `match`: an FTS5 expression (dispatches/search.ts).
 */
export function trackingPageSql(
  query: Omit<TrackingQuery, 'cursor' | 'q'> & { below: number; floor: number; match: string | null },
  today: string,
): { sql: string; params: unknown[] } {
  const params = new Params();
  const scope: Scope = { unitId: query.unitId, groupId: query.groupId };
  const scoped = scope.unitId !== undefined || scope.groupId !== undefined;
  const where: string[] = [];
  where.push(`d.id < ${params.add(query.below)}`, `d.id >= ${params.add(query.floor)}`);
  if (query.from !== undefined) where.push(`d.received_date >= ${params.add(query.from)}`);
  if (query.to !== undefined) where.push(`d.received_date <= ${params.add(query.to)}`);
  if (query.match !== null)
    where.push(
      `d.id IN (SELECT rowid FROM dispatches_fts WHERE dispatches_fts MATCH ${params.add(query.match)})`,
    );
  const recipient = (extra: string) =>
    `EXISTS (SELECT 1 FROM recipients r WHERE r.dispatch_id = d.id AND ${inScope('r.unit_id', scope, params, true)}${extra})`;
  // Without a scope, "pending" reads the partial index of not-acknowledged rows (0004).
  if (query.ack === 'pending') where.push(recipient(' AND r.acknowledged_at IS NULL'));
  else if (query.ack === 'acknowledged')
    where.push(`${recipient('')} AND NOT ${recipient(' AND r.acknowledged_at IS NULL')}`);
  else if (scoped) where.push(recipient(''));
  // Overdue and open tasks are read once from the (status, due_date) index into a set the walk
  // probes: a per-dispatch EXISTS scanned every dispatch when few matched (250 ms for a group).
  const taskSet = (condition: string) =>
    `d.id IN (SELECT t.dispatch_id FROM tasks t WHERE ${condition} AND ${taskInScope(scope, params)})`;
  if (query.tasks === 'overdue') where.unshift(taskSet(OVERDUE_T(today)));
  else if (query.tasks === 'open') where.unshift(taskSet("t.status IN ('todo', 'in_progress', 'overdue')"));
  else if (query.tasks === 'none')
    where.push(
      `NOT EXISTS (SELECT 1 FROM tasks t WHERE t.dispatch_id = d.id AND ${taskInScope(scope, params)})`,
    );
  const sql = `SELECT d.id, d.symbol, d.subject, d.received_date AS receivedDate,
  d.received_number AS receivedNumber, d.issued_date AS issuedDate
FROM dispatches d${where.length > 0 ? `\nWHERE ${where.join('\n  AND ')}` : ''}
ORDER BY d.id DESC LIMIT ${params.add(query.limit + 1)}`;
  return { sql, params: params.values };
}

/** The cells of a page: recipients of the listed dispatches (?1 = JSON array of ids) in scope. */
export function trackingCellsSql(ids: number[], scope: Scope): { sql: string; params: unknown[] } {
  const params = new Params();
  const list = params.add(JSON.stringify(ids));
  const sql = `SELECT r.dispatch_id AS dispatchId, u.id AS unitId, u.code, u.name,
  r.acknowledged_at AS acknowledgedAt, a.id AS ackById, a.name AS ackByName
FROM recipients r JOIN units u ON u.id = r.unit_id LEFT JOIN users a ON a.id = r.acknowledged_by
WHERE r.dispatch_id IN (SELECT value FROM json_each(${list})) AND ${inScope('r.unit_id', scope, params)}
ORDER BY r.dispatch_id DESC, u.code`;
  return { sql, params: params.values };
}

/** Per listed dispatch and recipient unit in scope: its tasks there (lead or coordinating) by state. */
export function trackingTasksSql(
  ids: number[],
  scope: Scope,
  today: string,
): { sql: string; params: unknown[] } {
  const params = new Params();
  const list = params.add(JSON.stringify(ids));
  const overdue = OVERDUE_T(today);
  const sql = `SELECT r.dispatch_id AS dispatchId, r.unit_id AS unitId,
  count(CASE WHEN ${overdue} THEN 1 END) AS overdue,
  count(CASE WHEN t.status = 'done' THEN 1 END) AS done,
  count(CASE WHEN t.status = 'in_progress' AND NOT ${overdue} THEN 1 END) AS inProgress,
  count(CASE WHEN t.status = 'todo' AND NOT ${overdue} THEN 1 END) AS todo
FROM recipients r JOIN tasks t ON t.dispatch_id = r.dispatch_id
  AND (t.lead_unit_id = r.unit_id OR EXISTS (SELECT 1 FROM task_units tu WHERE tu.task_id = t.id AND tu.unit_id = r.unit_id))
WHERE r.dispatch_id IN (SELECT value FROM json_each(${list})) AND ${inScope('r.unit_id', scope, params)}
GROUP BY r.dispatch_id, r.unit_id`;
  return { sql, params: params.values };
}
