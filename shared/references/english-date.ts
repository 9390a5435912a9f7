/**
 * Dates written in English on translated portals and in English news: "September 25, 2024",
 * "25 September 2024", "Sep. 25, 2024".
 * @module
 */
import { isoDate } from './dates';

/** The months' first three letters, in order: a month's index is its position over three. */
const ENGLISH_MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';

/** "September 25, 2024", "Sep. 25th 2024": month, day, year (captured in that order). */
export const MONTH_FIRST_DATE = String.raw`([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)`;
const MONTH_FIRST = new RegExp(`^${MONTH_FIRST_DATE}`);
const DAY_FIRST = /^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3,9})\.?,?\s+(\d{4})(?!\d)/;

/** The ISO date a field's value opens with when it is written in English, or null. */
export function englishDate(value: string): string | null {
  const trimmed = value.trim();
  const monthFirst = MONTH_FIRST.exec(trimmed);
  const dayFirst = monthFirst ? null : DAY_FIRST.exec(trimmed);
  const [name, day, year] = monthFirst
    ? [monthFirst[1], monthFirst[2], monthFirst[3]]
    : dayFirst
      ? [dayFirst[2], dayFirst[1], dayFirst[3]]
      : [];
  if (!name) return null;
  const month = englishMonth(name);
  return month ? isoDate(Number(year), month, Number(day)) : null;
}

/** 1–12 for a month's English name or its abbreviation ("Sep", "Sept", "September"), else null. */
export function englishMonth(name: string): number | null {
  const lower = name.toLowerCase();
  const at = ENGLISH_MONTHS.indexOf(lower.slice(0, 3));
  if (at < 0 || at % 3 !== 0) return null;
  // Only the name's own letters: "Mayor" is no month, nor "Decide".
  const full = FULL_NAMES[at / 3] as string;
  return full.startsWith(lower) ? at / 3 + 1 : null;
}

const FULL_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
