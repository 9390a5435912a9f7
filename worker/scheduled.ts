/**
 * The Workers cron handler (wrangler.toml `[triggers] crons`, hourly): marks overdue tasks,
 * then creates the next occurrence of recurring ones, then clears rows kept only for a while
 * (maintenance/housekeeping.ts). Each step is idempotent and safe against a concurrent run (see
 * worker/tasks/overdue.ts and occurrences.ts), so running twice changes nothing the second time.
 * @module
 */
import { createDb } from './db/client';
import { type Housekeeping, keepHouse } from './maintenance/housekeeping';
import { createNextOccurrences } from './tasks/occurrences';
import { markOverdue } from './tasks/overdue';

export interface ScheduledResult {
  /** Tasks marked overdue by this run. */
  overdue: number;
  /** Next occurrences created by this run. */
  created: number;
  /** Rows cleared by this run. */
  cleared: Housekeeping;
}

export async function runScheduled(env: Env, now: Date): Promise<ScheduledResult> {
  const db = createDb(env.DB);
  const overdue = await markOverdue(db, now);
  const created = await createNextOccurrences(db, now);
  const cleared = await keepHouse(db, now);
  return { overdue, created, cleared };
}
