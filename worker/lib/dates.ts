/** Dates as Vietnamese offices write them, in Vietnam's time zone (UTC+7, no daylight saving). */
import { VIETNAM_OFFSET_MS, vietnamDateOf } from '../../shared/deadlines';

/**
 * The instant of a timestamp column read from a raw D1 row (unix seconds, as drizzle stores
 * them); null when the column is null. Raw rows bypass drizzle's own conversion.
 */
export function instantOf(seconds: unknown): Date | null {
  return typeof seconds === 'number' ? new Date(seconds * 1000) : null;
}

/** The same instant as the API writes instants (ISO 8601), or null. */
export const isoOf = (seconds: unknown): string | null => instantOf(seconds)?.toISOString() ?? null;

/** YYYY-MM-DD of an instant, in Vietnam. */
export function vietnamDate(instant: Date): string {
  return vietnamDateOf(instant);
}

/** dd/mm/yyyy HH:mm of an ISO instant, in Vietnam's time. */
export function ddmmyyyyTime(instant: string | null): string {
  if (!instant) return '';
  const local = new Date(Date.parse(instant) + VIETNAM_OFFSET_MS).toISOString();
  return `${ddmmyyyy(local.slice(0, 10))} ${local.slice(11, 16)}`;
}

/** dd/mm/yyyy of YYYY-MM-DD (or of an instant, in Vietnam). */
export function ddmmyyyy(value: string | Date | null | undefined): string {
  if (!value) return '';
  const iso = value instanceof Date ? vietnamDate(value) : value;
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
