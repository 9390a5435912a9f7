/**
 * How the dispatch routes read the tasks table (owned by the task routes): SQL over alias `t`.
 * @module
 */
import { type SQL, sql } from 'drizzle-orm';

/**
 * A task is overdue when the scheduler has marked it so, or when its due date (a Vietnam
 * calendar day) has passed and it is not done: the list must not wait for the next cron run.
 */
export function overdueTask(today: string): SQL {
  return sql`(t.status = 'overdue' OR (t.status IN ('todo', 'in_progress') AND t.due_date IS NOT NULL AND t.due_date < ${today}))`;
}

/** The unit leads the task or coordinates on it. */
export function unitTask(unitId: number | SQL): SQL {
  return sql`(t.lead_unit_id = ${unitId} OR EXISTS (SELECT 1 FROM task_units tu WHERE tu.task_id = t.id AND tu.unit_id = ${unitId}))`;
}
