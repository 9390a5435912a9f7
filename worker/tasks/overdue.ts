/**
 * The scheduler's first job: tasks whose deadline has passed and that are not done become
 * `overdue`, each with a history row (no user, note "Quá hạn") and an audit row (no actor).
 * @module
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { vietnamToday } from './deadline';
import { runBatch, statement } from './raw';

/** The history note of the scheduler's marking: the office's own word for it. */
export const OVERDUE_NOTE = 'Quá hạn';

/**
 * Marks the late tasks and returns how many. The three statements share one condition and run
 * as one D1 batch (one transaction), so they see the same tasks; a second run, even one racing
 * this one, finds none left in `todo`/`in_progress` and changes nothing.
 */
export async function markOverdue(db: Db, now: Date): Promise<number> {
  const today = vietnamToday(now);
  const at = Math.floor(now.getTime() / 1000);
  // A due date is the last day allowed: late from the day after it, in Vietnam.
  const late = sql`status in ('todo', 'in_progress') and due_date is not null and due_date < ${today}`;
  const [, , marked] = await runBatch(db, [
    statement(
      db,
      sql`
      insert into task_updates (task_id, user_id, status, progress, note, created_at)
      select id, null, 'overdue', progress, ${OVERDUE_NOTE}, ${at} from tasks where ${late}`,
    ),
    statement(
      db,
      sql`
      insert into audit_log (actor_id, action, entity, entity_id, before, after, at)
      select null, 'mark_overdue', 'task', id,
        json_object('status', status, 'progress', progress, 'dueDate', due_date),
        json_object('status', 'overdue', 'progress', progress, 'dueDate', due_date),
        ${at}
      from tasks where ${late}`,
    ),
    statement(db, sql`update tasks set status = 'overdue', updated_at = ${at} where ${late}`),
  ]);
  return marked?.meta.changes ?? 0;
}
