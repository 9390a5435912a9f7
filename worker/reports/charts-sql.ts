/**
 * The overview's charts as plain SQL, run by the API and the benchmark.
 * @module
 */
import { OVERDUE_T } from './tracking-sql';

const BUCKET = {
  day: 'd.received_date',
  // SQLite's 'weekday 0' moves to the next Sunday (or stays on one): six days back is Monday.
  week: "date(d.received_date, 'weekday 0', '-6 days')",
  month: "substr(d.received_date, 1, 7) || '-01'",
} as const;

/**
 * Per bucket of the received date (?1..?2, inclusive): dispatches, recipient units they were
 * sent to, and how many of those have acknowledged. Both counts come from indexes alone: the
 * (dispatch_id, unit_id) unique index and the partial index of pending rows (0004), never from
 * the two million recipient rows themselves.
 */
export function ackSeriesSql(bucket: keyof typeof BUCKET): string {
  return `
SELECT ${BUCKET[bucket]} AS start, count(*) AS dispatches,
  coalesce(sum((SELECT count(*) FROM recipients r WHERE r.dispatch_id = d.id)), 0) AS recipients,
  coalesce(sum((SELECT count(*) FROM recipients r WHERE r.dispatch_id = d.id AND r.acknowledged_at IS NULL)), 0) AS pending
FROM dispatches d WHERE d.received_date BETWEEN ?1 AND ?2
GROUP BY start ORDER BY start`;
}

/**
 * Per addressee group and task state: the tasks led by its member units (a unit in two groups
 * counts in both); with `period`, only on dispatches received in ?1..?2 (either may be null).
 */
export const GROUP_TASKS = (today: string, period: boolean) => `
SELECT m.group_id AS groupId,
  CASE WHEN ${OVERDUE_T(today)} THEN 'overdue' ELSE t.status END AS status, count(*) AS n
FROM unit_group_members m JOIN tasks t ON t.lead_unit_id = m.unit_id${
  period
    ? `
JOIN dispatches d ON d.id = t.dispatch_id
WHERE d.received_date >= coalesce(?1, '0000-01-01') AND d.received_date <= coalesce(?2, '9999-12-31')`
    : ''
}
GROUP BY m.group_id, status`;

/** The groups with how many member units each. */
export const GROUPS_WITH_SIZE = `
SELECT g.id, g.name, (SELECT count(*) FROM unit_group_members m WHERE m.group_id = g.id) AS units
FROM unit_groups g ORDER BY g.name`;
