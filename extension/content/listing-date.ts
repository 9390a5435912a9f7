/**
 * A listing's date cell as the API stores dates: "27/08/2020", "27-8-2020", "27.8.2020" and
 * "2020-08-27", "27 tháng 8 năm 2020" all read as "2020-08-27"; anything else, or an impossible date, as null.
 * The day-first forms are the engine's own (`dateValue`), already in the content script.
 * @module
 */
import { isDigit } from '../../shared/references/chars';
import { dateValue, isoDate } from '../../shared/references/dates';

const YEAR_MONTH_DAY = /(?:^|\D)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/;

export function parseListingDate(text: string): string | null {
  const iso = YEAR_MONTH_DAY.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  for (let i = 0; i < text.length; i++) {
    if (!isDigit(text.charCodeAt(i)) || isDigit(text.charCodeAt(i - 1))) continue;
    const date = dateValue(text, i);
    if (date) return date;
  }
  return null;
}
