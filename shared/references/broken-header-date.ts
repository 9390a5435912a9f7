/**
 * The dating line under a header number the page's copy broke ("Số: 1281/-UBND").
 * @module
 */
import type { DocumentReference } from '../schemas/reference';
import { headerDate } from './dates';
import { findReferences } from './find-references';

/**
 * A header's "Số:" line whose type code the copy lost: its number, a year maybe, then a hyphen
 * with nothing before it and the issuer's code after it at most ("Số: 1281/-UBND", "Số:
 * 12/2024/ -UBND"). Not a form's "Số: 15/" or another document's "Số: 12/GM" (review 41).
 */
const NUMBER_LINE =
  /(?:^|\n)[ \t]*Số[ \t]*:[ \t]*0*(\d+)[ \t]*\/[ \t]*(?:(\d{4})[ \t]*\/[ \t]*)?-[ \t]*([^\s/]*)[ \t]*(?=\n|$)/g;

/**
 * The date under a "Số:" line with the primary's number, year and issuer whose type code the copy
 * lost, so that no reference stands on it ("Số: 1281/-UBND" over "Hà Nội, ngày 13 tháng 05 năm 2014", under a
 * legal database's headings naming 1281/QĐ-UBND; audit 95), or null.
 */
export function brokenHeaderDate(text: string, primary: DocumentReference): string | null {
  const number = primary.number.replace(/^0+(?=\d)/, '');
  for (const match of text.matchAll(NUMBER_LINE)) {
    const [line, lineNumber, year, issuer] = match as unknown as [string, string, string?, string?];
    if (lineNumber !== number || (year !== undefined && Number(year) !== primary.year)) continue;
    if (issuer && issuer.toUpperCase() !== primary.issuer?.toUpperCase()) continue;
    if (findReferences(line).length === 0) return headerDate(text, match.index + line.length);
  }
  return null;
}
