/**
 * The period the acknowledgement chart draws: the overview's period, ending today when it has
 * no end, and cut to its last year (the API draws at most a year: shared/schemas/reports.ts).
 * @module
 */
import { MAX_SERIES_DAYS } from '../../../../../shared/schemas/reports';

const DAY_MS = 86_400_000;
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function chartPeriod(
  from: string | null,
  to: string | null,
  today: string,
): { from: string; to: string; clamped: boolean } {
  const end = to ?? today;
  const earliest = isoOf(Date.parse(end) - MAX_SERIES_DAYS * DAY_MS);
  if (from !== null && from >= earliest) return { from: from <= end ? from : end, to: end, clamped: false };
  // No start ("all time") or an earlier one: the chart shows the last twelve months, and says so.
  const start = new Date(Date.parse(end));
  start.setUTCFullYear(start.getUTCFullYear() - 1);
  start.setUTCDate(start.getUTCDate() + 1);
  return { from: isoOf(start.getTime()), to: end, clamped: true };
}
