/**
 * A listing's date cell as the API stores dates: "27/08/2020", "27-8-2020", "27.8.2020" and
 * "2020-08-27", "27 tháng 8 năm 2020" all read as "2020-08-27"; anything else, or an impossible date, as null.
 * @module
 */

const DAY_MONTH_YEAR = /(?:^|\D)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/;
/** "5 tháng 3 năm 2024", "ngày 05 tháng 03 năm 2024". */
const DAY_MONTH_YEAR_WORDS = /(?:^|\D)(\d{1,2})\s+tháng\s+(\d{1,2})\s*,?\s+năm\s+(\d{4})(?!\d)/iu;
const YEAR_MONTH_DAY = /(?:^|\D)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/;

export function parseListingDate(text: string): string | null {
  const iso = YEAR_MONTH_DAY.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const written = DAY_MONTH_YEAR.exec(text) ?? DAY_MONTH_YEAR_WORDS.exec(text.normalize('NFC'));
  if (written) return isoDate(Number(written[3]), Number(written[2]), Number(written[1]));
  return null;
}

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2200) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
