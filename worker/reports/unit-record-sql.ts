/**
 * A unit's record (`GET /api/reports/units/:id`) as plain SQL, run by the API and the benchmark.
 * @module
 */
import { OVERDUE_T } from './tracking-sql';

/** The unit's figures (?1 = unit id): counts kept by triggers (0002), overdue and open tasks, mean time to acknowledge. */
export const UNIT_FIGURES = (today: string) => `
SELECT
  coalesce((SELECT total FROM unit_recipient_counts WHERE unit_id = ?1), 0) AS received,
  coalesce((SELECT acknowledged FROM unit_recipient_counts WHERE unit_id = ?1), 0) AS acknowledged,
  (SELECT count(*) FROM tasks t WHERE t.id IN (${UNIT_TASK_IDS}) AND ${OVERDUE_T(today)}) AS overdueTasks,
  (SELECT count(*) FROM tasks t WHERE t.id IN (${UNIT_TASK_IDS}) AND t.status <> 'done') AS openTasks,
  (SELECT avg(acknowledged_at - sent_at) FROM recipients
    WHERE unit_id = ?1 AND acknowledged_at IS NOT NULL) AS averageAckSeconds`;

/** The ids of the tasks unit ?1 leads or coordinates on, each from its own index. */
const UNIT_TASK_IDS =
  'SELECT id FROM tasks WHERE lead_unit_id = ?1 UNION SELECT task_id FROM task_units WHERE unit_id = ?1';

const TASK_COLUMNS = `t.id, t.dispatch_id AS dispatchId, t.title, t.due_date AS dueDate, t.status,
  t.completed_at AS completedAt, CASE WHEN t.lead_unit_id = ?1 THEN 'lead' ELSE 'coordinator' END AS role`;

/** The unit's tasks not done yet (?1 = unit id), soonest due first, undated last. */
export const UNIT_OPEN_TASKS = `
SELECT ${TASK_COLUMNS}
FROM tasks t WHERE t.id IN (${UNIT_TASK_IDS}) AND t.status <> 'done'
ORDER BY t.due_date IS NULL, t.due_date, t.id LIMIT 100`;

/** The unit's tasks on the listed dispatches (?1 = unit id, ?2 = JSON array of dispatch ids). */
export const UNIT_TASKS_OF_DISPATCHES = `
SELECT ${TASK_COLUMNS}
FROM tasks t WHERE t.dispatch_id IN (SELECT value FROM json_each(?2))
  AND (t.lead_unit_id = ?1 OR EXISTS (SELECT 1 FROM task_units tu WHERE tu.task_id = t.id AND tu.unit_id = ?1))
ORDER BY t.id`;

const ITEM_COLUMNS = `d.id, d.symbol, d.subject, d.received_date AS receivedDate,
  d.received_number AS receivedNumber, d.issued_date AS issuedDate, r.sent_at AS sentAt,
  r.acknowledged_at AS acknowledgedAt, a.id AS ackById, a.name AS ackByName`;
const ITEM_FROM = `FROM recipients r JOIN dispatches d ON d.id = r.dispatch_id
LEFT JOIN users a ON a.id = r.acknowledged_by`;

/**
 * Not acknowledged yet, newest first (?1 = unit id, ?2 = dispatch id to continue below or
 * null, ?3 = rows): straight from the (unit_id, acknowledged_at, dispatch_id) index (0003).
 */
export const UNIT_PENDING_PAGE = `
SELECT ${ITEM_COLUMNS} ${ITEM_FROM}
WHERE r.unit_id = ?1 AND r.acknowledged_at IS NULL AND (?2 IS NULL OR r.dispatch_id < ?2)
ORDER BY r.dispatch_id DESC LIMIT ?3`;

/**
 * Acknowledged, most recently acknowledged first (?1 = unit id, ?2/?3 = the acknowledgement
 * time and dispatch id to continue below, or null, ?4 = rows): the same index, read backwards.
 */
export const UNIT_ACKNOWLEDGED_PAGE = `
SELECT ${ITEM_COLUMNS} ${ITEM_FROM}
WHERE r.unit_id = ?1 AND r.acknowledged_at IS NOT NULL
  AND (?2 IS NULL OR r.acknowledged_at < ?2 OR (r.acknowledged_at = ?2 AND r.dispatch_id < ?3))
ORDER BY r.acknowledged_at DESC, r.dispatch_id DESC LIMIT ?4`;

/**
 * Everything sent to the unit, newest dispatch first (?1 = unit id, ?2 = dispatch id or null,
 * ?3 = rows). CROSS JOIN keeps the dispatches outside: the walk stops at a page (sorting all
 * of a unit's rows instead cost 20–50 ms for 6,700 of them, and grows with the unit).
 */
export const UNIT_BY_DATE_PAGE = `
SELECT ${ITEM_COLUMNS}
FROM dispatches d CROSS JOIN recipients r ON r.dispatch_id = d.id AND r.unit_id = ?1
LEFT JOIN users a ON a.id = r.acknowledged_by
WHERE (?2 IS NULL OR d.id < ?2)
ORDER BY d.id DESC LIMIT ?3`;
