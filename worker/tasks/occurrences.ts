/**
 * The scheduler's second job: the next occurrence of each recurring task whose current
 * occurrence is done or past its deadline. Same dispatch, title, description, lead and
 * coordinating units; the due date moves on by the period (worker/tasks/recurrence.ts);
 * `previousTaskId` names the occurrence it follows.
 *
 * Exactly once: `tasks_previous_unique` allows one successor per task, the insert is
 * `on conflict do nothing`, and the coordinating units and the audit row are keyed on that
 * successor, so a second run, or two runs at the same time, add nothing.
 * @module
 */
import { sql } from 'drizzle-orm';
import type { Recurrence } from '../../shared/schemas/task';
import type { Db } from '../db/client';
import { vietnamToday } from './deadline';
import { runBatch, statement } from './raw';
import { dayOfMonth, nextDueDate } from './recurrence';

/** Occurrences one run creates at most; any others wait for the next run (hourly). */
export const MAX_PER_RUN = 200;
/** Occurrences per D1 batch (three statements each). */
const PER_BATCH = 25;

export interface DueOccurrence {
  id: number;
  dueDate: string;
  recurrence: Exclude<Recurrence, 'none'>;
  /** Due date of the first occurrence of the series: its day of month anchors the others. */
  firstDueDate: string | null;
}

/** Recurring tasks without a successor whose occurrence is done or late, oldest first. */
export function findDueOccurrences(db: Db, today: string): Promise<DueOccurrence[]> {
  return db.all<DueOccurrence>(sql`
    with recursive
      candidate as (
        select t.id, t.due_date, t.recurrence, t.previous_task_id
        from tasks t
        where t.recurrence <> 'none' and t.due_date is not null
          and (t.due_date < ${today} or t.status = 'done')
          and not exists (select 1 from tasks n where n.previous_task_id = t.id)
        order by t.id
        limit ${MAX_PER_RUN}
      ),
      -- walk back each series to its first occurrence (ids only decrease: no cycles)
      chain(start_id, previous_id, due_date) as (
        select id, previous_task_id, due_date from candidate
        union all
        select chain.start_id, t.previous_task_id, t.due_date
        from tasks t join chain on t.id = chain.previous_id
      )
    select c.id as id, c.due_date as dueDate, c.recurrence as recurrence,
      (select due_date from chain where chain.start_id = c.id and chain.previous_id is null) as firstDueDate
    from candidate c
    order by c.id`);
}

/** The three statements creating the successor of `previousId` due on `dueDate`. */
function successor(db: Db, previousId: number, dueDate: string, at: number) {
  return [
    // `where` keeps SQLite from reading `on conflict` as part of the select (its documented
    // parsing ambiguity of upsert after insert … select).
    statement(
      db,
      sql`
      insert into tasks (dispatch_id, title, description, lead_unit_id, due_date, recurrence,
        status, progress, previous_task_id, created_by, created_at, updated_at)
      select dispatch_id, title, description, lead_unit_id, ${dueDate}, recurrence,
        'todo', 0, id, created_by, ${at}, ${at}
      from tasks where id = ${previousId}
      on conflict do nothing`,
    ),
    statement(
      db,
      sql`
      insert into task_units (task_id, unit_id)
      select n.id, u.unit_id from task_units u join tasks n on n.previous_task_id = u.task_id
      where u.task_id = ${previousId}
      on conflict do nothing`,
    ),
    statement(
      db,
      sql`
      insert into audit_log (actor_id, action, entity, entity_id, before, after, at)
      select null, 'create', 'task', n.id, null,
        json_object('id', n.id, 'dispatchId', n.dispatch_id, 'title', n.title,
          'leadUnitId', n.lead_unit_id,
          'coordinatingUnitIds',
            json((select json_group_array(unit_id) from task_units where task_id = n.id)),
          'dueDate', n.due_date, 'recurrence', n.recurrence, 'status', n.status,
          'previousTaskId', n.previous_task_id),
        ${at}
      from tasks n
      where n.previous_task_id = ${previousId}
        and not exists (select 1 from audit_log a
          where a.entity = 'task' and a.entity_id = n.id and a.action = 'create')`,
    ),
  ];
}

/**
 * Creates the successors of `due` (as found by findDueOccurrences, possibly by a run that is
 * racing this one) and returns how many this call created.
 */
export async function createSuccessors(db: Db, due: DueOccurrence[], now: Date): Promise<number> {
  const today = vietnamToday(now);
  const at = Math.floor(now.getTime() / 1000);
  let created = 0;
  for (let i = 0; i < due.length; i += PER_BATCH) {
    const statements = due
      .slice(i, i + PER_BATCH)
      .flatMap((task) =>
        successor(
          db,
          task.id,
          nextDueDate(task.dueDate, task.recurrence, dayOfMonth(task.firstDueDate ?? task.dueDate), today),
          at,
        ),
      );
    const results = await runBatch(db, statements);
    // Every third result is a task insert; a conflict (another run was first) changes 0 rows.
    created += results.filter((_, k) => k % 3 === 0).reduce((n, r) => n + r.meta.changes, 0);
  }
  return created;
}

/** Creates the due successors and returns how many this run created. */
export async function createNextOccurrences(db: Db, now: Date): Promise<number> {
  return createSuccessors(db, await findDueOccurrences(db, vietnamToday(now)), now);
}
