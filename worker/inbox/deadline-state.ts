/**
 * Date arithmetic of the inbox's horizon. The deadline state itself is shared/deadlines'
 * `taskDeadlineState`, the rule the extension's side panel applies too.
 * @module
 */

const DAY_MS = 86_400_000;

/** YYYY-MM-DD plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
