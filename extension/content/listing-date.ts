/**
 * A listing's date cell as the API stores dates: "27/08/2020", "27-8-2020", "27.8.2020" and
 * "2020-08-27", "27 tháng 8 năm 2020" all read as "2020-08-27"; anything else, or an impossible date, as null.
 * The day-first forms are the engine's own (`dateValue`), already in the content script.
 * @module
 */
import { isDigit } from '../../shared/references/chars';
import { dateValue, isoDate } from '../../shared/references/dates';

const YEAR_MONTH_DAY = /(?:^|\D)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/;

/**
 * A card's calendar badge: the day over "Th9/2024" or "Tháng 9/2024", or over the month and the
 * year apart (spans read glued: "23Th9/2024", "25Th102024"), or the day and month over the year
 * ("05/09 2024", audit 44), or the day over the month and year ("24 10/2022", audit 102), or a
 * slash or dash between the day and "Th<month>" ("28 / Th4/2021", audit 164; not "12 / T3/2024",
 * a week or a Tuesday: review 66).
 */
const BADGE =
  /^(\d{1,2})(?:\s*(?:[/.-]\s*(?=th\d))?(?:th(?:áng)?|t|[/.-])\.?\s*|\s+(?=\d\d?\/))(\d{1,2})(?:[/.-]|\s+|(?=\d{4}$))(\d{4})$/iu;
/**
 * A date and nothing else on a line or in a card's text ("28/08/2024", "(12/09/2024)", "| 28/08/2024",
 * "· 28/08/2024"; no time of day: "… 08:30" is when it was posted), the date its group.
 */
export const DATE_ONLY = /^[\s|·•(]*(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})[\s)]*$/;

/**
 * A date right after the reference, bracketed or not ("125/TB-UBND 02/12/2024 Thông báo …", "…
 * (12/09/2024) V/v …"), or before a list item's name ("[12/09/2024] Quyết định số …").
 */
export const BARE_DATE = /^\s*[[(]?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?!\d)[\])]?/;

/** The date of a line that is only a date or a calendar badge, or null: what may stand above a card's heading. */
export function dateLine(line: string): string | null {
  const badge = BADGE.exec(line);
  if (badge) return isoDate(Number(badge[3]), Number(badge[2]), Number(badge[1]));
  return DATE_ONLY.test(line) ? parseListingDate(line) : null;
}

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
