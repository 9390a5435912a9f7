/**
 * Calendar days as 'YYYY-MM-DD' strings (Vietnam calendar days, no time zone) and their Julian
 * day numbers, so that date arithmetic is integer arithmetic.
 * @module
 */

/** A calendar day written 'YYYY-MM-DD' (proleptic Gregorian from 1582-10-15). */
export type IsoDate = string;

/** Years the lunar converter and the holiday rules accept. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Julian day number of a day of the Gregorian calendar (Julian calendar before 1582-10-15). */
export function jdFromDate(day: number, month: number, year: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  let jd =
    day +
    Math.floor((153 * m + 2) / 5) +
    365 * y +
    Math.floor(y / 4) -
    Math.floor(y / 100) +
    Math.floor(y / 400) -
    32045;
  if (jd < 2299161) jd = day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - 32083;
  return jd;
}

/** The day, month and year of a Julian day number. */
export function jdToDate(jd: number): { day: number; month: number; year: number } {
  let b: number;
  let c: number;
  if (jd > 2299160) {
    const a = jd + 32044;
    b = Math.floor((4 * a + 3) / 146097);
    c = a - Math.floor((b * 146097) / 4);
  } else {
    b = 0;
    c = jd + 32082;
  }
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    day: e - Math.floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * Math.floor(m / 10),
    year: b * 100 + d - 4800 + Math.floor(m / 10),
  };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Writes a day as 'YYYY-MM-DD'. */
export function formatDate(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The Julian day number of a 'YYYY-MM-DD' day; throws a RangeError naming the bad input. */
export function toDayNumber(date: IsoDate, what = 'date'): number {
  const match = typeof date === 'string' ? ISO_DATE.exec(date) : null;
  if (!match) {
    throw new RangeError(`${what} must be a 'YYYY-MM-DD' string, got ${JSON.stringify(date)}`);
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`${what} ${date} is outside the supported years ${MIN_YEAR}–${MAX_YEAR}`);
  }
  const jd = jdFromDate(day, month, year);
  const back = jdToDate(jd);
  if (month < 1 || month > 12 || day < 1 || back.day !== day || back.month !== month) {
    throw new RangeError(`${what} ${date} is not a day of the calendar`);
  }
  return jd;
}

/** The 'YYYY-MM-DD' day of a Julian day number. */
export function fromDayNumber(jd: number): IsoDate {
  const { day, month, year } = jdToDate(jd);
  return formatDate(year, month, day);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(jd: number): number {
  return (jd + 1) % 7;
}

export function isWeekend(jd: number): boolean {
  const dow = dayOfWeek(jd);
  return dow === 0 || dow === 6;
}

/** Checks a year is a whole number in the supported range. */
export function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`year must be a whole number from ${MIN_YEAR} to ${MAX_YEAR}, got ${year}`);
  }
}
