/** Dates as Vietnamese offices write them, in Vietnam's time zone (UTC+7, no daylight saving). */
const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

/** YYYY-MM-DD of an instant, in Vietnam. */
export function vietnamDate(instant: Date): string {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** dd/mm/yyyy of YYYY-MM-DD (or of an instant, in Vietnam). */
export function ddmmyyyy(value: string | Date | null | undefined): string {
  if (!value) return '';
  const iso = value instanceof Date ? vietnamDate(value) : value;
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
