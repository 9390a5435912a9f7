/**
 * The dating line under a header number the page's copy broke ("Số: 1281/-UBND").
 * @module
 */
import type { DocumentReference } from '../schemas/reference';
import { headerDate } from './dates';
import { findReferences } from './find-references';

/** A header's "Số:" line: its number and what follows the slash, to the line's end. */
const NUMBER_LINE = /(?:^|\n)[ \t]*Số[ \t]*:[ \t]*0*(\d+)[ \t]*\/[^\n]*/g;

/**
 * The date under a "Số:" line with the primary's number whose symbol the copy broke, so that no
 * reference stands on it ("Số: 1281/-UBND" over "Hà Nội, ngày 13 tháng 05 năm 2014", under a
 * legal database's headings naming 1281/QĐ-UBND; audit 95), or null.
 */
export function brokenHeaderDate(text: string, primary: DocumentReference): string | null {
  const number = primary.number.replace(/^0+(?=\d)/, '');
  for (const match of text.matchAll(NUMBER_LINE)) {
    if (match[1] !== number) continue;
    const end = match.index + match[0].length;
    if (findReferences(match[0]).length === 0) return headerDate(text, end);
  }
  return null;
}
