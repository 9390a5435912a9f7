/**
 * The dating line of a two-column header read row by row with its date before its number.
 * @module
 */
import type { DocumentReference } from '../schemas/reference';
import { headerDate } from './dates';

/** How many lines above the number line the dating line may stand (a rule "*" or "-----" between). */
const LINES_ABOVE = 2;

/**
 * A header whose copy puts the dating line above the "Số:" line ("Hà Tĩnh, ngày 15 tháng 6 năm
 * 2021" over "Số 369 - CV/BTGTU", "Hà Nội, ngày 31 tháng 10 năm 2014" over "Số: 865/VPCP-KTTH";
 * audit 153): the date of that line, the line right above the number's or above a line without
 * words. Only a number on its own header line ("Số", "Số:" before it, nothing else), and only the
 * dating line itself, its year closing its line (`headerDate`'s rules, read up to the number's line).
 */
export function datingLineAbove(text: string, primary: DocumentReference): string | null {
  const numberLine = text.lastIndexOf('\n', primary.start - 1) + 1;
  if (!/^[ \t]*Số[ \t]*:?[ \t]*$/u.test(text.slice(numberLine, primary.start).normalize('NFC'))) return null;
  const above = text.slice(0, numberLine);
  let lineEnd = numberLine - 1;
  for (let k = 0; k < LINES_ABOVE && lineEnd > 0; k++) {
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    const line = text.slice(lineStart, lineEnd);
    // The whole line the dating line: its year closes it.
    if (/\p{L}/u.test(line)) return /\d{4}[ \t.]*$/.test(line) ? headerDate(above, lineStart) : null;
    lineEnd = lineStart - 1;
  }
  return null;
}
