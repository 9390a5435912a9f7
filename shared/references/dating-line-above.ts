/**
 * The dating line of a two-column header read row by row with its date before its number.
 * @module
 */
import type { DocumentReference } from '../schemas/reference';
import { headerDate } from './dates';
import { foldText } from './fold';
import { QUOC_HIEU } from './header-lines';

/** How many lines above the number line the dating line may stand (a rule "*" or "-----" between). */
const LINES_ABOVE = 2;
/**
 * How many lines above the dating line the Quốc hiệu or the Party's motto stands (its Tiêu ngữ, a
 * rule, a body's line between).
 */
const MOTTO_LINES = 4;
/** The Quốc hiệu, or the Party's header motto, folded. */
const MOTTO = new RegExp(`${QUOC_HIEU}|dang cong san viet nam`);

/**
 * Whether the header's motto stands a few lines above `lineStart`: a header's dating line, not a
 * form's, a petition's or a caption's date ending the text above a copied dispatch (review 62).
 */
function mottoAbove(text: string, lineStart: number): boolean {
  let from = lineStart;
  for (let k = 0; k < MOTTO_LINES && from > 0; k++) from = text.lastIndexOf('\n', from - 2) + 1;
  return MOTTO.test(foldText(text.slice(from, lineStart)).replace(/\s+/g, ' '));
}

/**
 * A header whose copy puts the dating line above the "Số:" line ("Hà Tĩnh, ngày 15 tháng 6 năm
 * 2021" over "Số 369 - CV/BTGTU", "Hà Nội, ngày 31 tháng 10 năm 2014" over "Số: 865/VPCP-KTTH";
 * audit 153): the date of that line, the line right above the number's or above a line without
 * words, the header's motto a few lines above it. Only a number on its own header line ("Số",
 * "Số:" before it, nothing else), and only the dating line itself, its year closing its line
 * (`headerDate`'s rules, read up to the number's line).
 */
export function datingLineAbove(text: string, primary: DocumentReference): string | null {
  const numberLine = text.lastIndexOf('\n', primary.start - 1) + 1;
  if (!/^[ \t]*Số[ \t]*:?[ \t]*$/u.test(text.slice(numberLine, primary.start).normalize('NFC'))) return null;
  const above = text.slice(0, numberLine);
  let lineEnd = numberLine - 1;
  for (let k = 0; k < LINES_ABOVE && lineEnd > 0; k++) {
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    const line = text.slice(lineStart, lineEnd);
    // The whole line the dating line, its year closing it, under the header's motto.
    if (/\p{L}/u.test(line))
      return /\d{4}[ \t.]*$/.test(line) && mottoAbove(text, lineStart) ? headerDate(above, lineStart) : null;
    lineEnd = lineStart - 1;
  }
  return null;
}
