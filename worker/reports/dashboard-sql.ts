/**
 * The dashboard's heaviest queries as plain SQL, so that the API runs them on D1 and the
 * benchmark runs the very same text on SQLite directly for comparison.
 * @module
 */

/**
 * Per recipient unit: how many dispatches it was sent, how many it acknowledged; from the
 * counts the triggers of migrations/0002_unit_counts.sql keep, not from two million rows.
 */
export const ACKNOWLEDGEMENT_BY_UNIT = `
SELECT unit_id AS unitId, total, acknowledged
FROM unit_recipient_counts ORDER BY unit_id`;

/** The same figures counted from the recipients themselves: what the triggers must agree with. */
export const ACKNOWLEDGEMENT_BY_UNIT_COUNTED = `
SELECT unit_id AS unitId, count(*) AS total, count(acknowledged_at) AS acknowledged
FROM recipients GROUP BY unit_id ORDER BY unit_id`;

/**
 * Per lead unit: how many of its tasks are overdue — marked so, or past their due date and not
 * done (?1 = today in Vietnam, YYYY-MM-DD), before the hourly job has marked them.
 */
export const OVERDUE_BY_UNIT = `
SELECT lead_unit_id AS unitId, count(*) AS overdue
FROM tasks WHERE status = 'overdue' OR (status IN ('todo', 'in_progress') AND due_date < ?1)
GROUP BY lead_unit_id ORDER BY lead_unit_id`;

/** A list page: the newest dispatches a unit has not acknowledged yet (?1 = unit id). */
export const PENDING_FOR_UNIT_PAGE = `
SELECT d.id, d.symbol, d.subject, d.issued_date AS issuedDate, r.sent_at AS sentAt
FROM recipients r JOIN dispatches d ON d.id = r.dispatch_id
WHERE r.unit_id = ?1 AND r.acknowledged_at IS NULL
ORDER BY r.dispatch_id DESC LIMIT 50`;

/** The dispatch × unit matrix of one dispatch (?1 = dispatch id). */
export const DISPATCH_MATRIX = `
SELECT u.code, u.name, r.acknowledged_at AS acknowledgedAt, r.acknowledged_by AS acknowledgedBy
FROM recipients r JOIN units u ON u.id = r.unit_id
WHERE r.dispatch_id = ?1 ORDER BY u.code`;
