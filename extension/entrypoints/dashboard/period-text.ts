/**
 * A period typed as two days (dd/mm/yyyy; either end may be left empty for "open"). The
 * overview, the audit log's filters and the tracking filters read their periods by the same
 * rules, so they read them here; each words the problem from its own catalogue.
 * @module
 */
import { parseDayMonthYear } from './format';

export type PeriodReading =
  /** ISO days, '' for an open end. */
  | { from: string; to: string }
  /** The text that is not a day (the start is named first when both are wrong). */
  | { badDate: string }
  /** Both ends are days but the start comes after the end. */
  | { reversed: true };

export function readPeriod(
  fromText: string,
  toText: string,
  parse: (text: string) => string | null = parseDayMonthYear,
): PeriodReading {
  const from = parse(fromText);
  const to = parse(toText);
  if (from === null) return { badDate: fromText };
  if (to === null) return { badDate: toText };
  if (from && to && from > to) return { reversed: true };
  return { from, to };
}
