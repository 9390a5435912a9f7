/**
 * The issuing date of a reference, read from the text right after it (SYMBOLS.md §5 and
 * the issuedDate rule of §8): `ngày 16/7/2021`, `, ngày 04/7/2025`, `ngày 16 tháng 7 năm 2021`,
 * `ngày 12.9.2023`, `ngày 8-8-1994`, or the dating line under a header "Số:" line.
 * Read character by character on the text as given, so NFD text and scrambled diacritics
 * ("ngàỷ") need no normalising pass.
 * @module
 */
import { isDigit, isHyphen, isInlineSpace, isLineBreak } from './chars';
import { matchFoldedWord } from './fold';

export interface DateAt {
  /** YYYY-MM-DD, or null when the date has no year or is not a real day. */
  iso: string | null;
  start: number;
  end: number;
}

/** Reads "ngày D/M/YYYY", "ngày D-M-YYYY", "ngày D.M.YYYY" or "ngày D tháng M năm YYYY" at `pos`. */
export function dateAt(text: string, pos: number): DateAt | null {
  let i = matchFoldedWord(text, pos, 'ngay');
  if (i < 0) return null;
  i = skipSpaces(text, i, true);
  const day = digitsAt(text, i, 2);
  if (!day) return null;
  i = skipSpaces(text, day.end, true);
  const sep = text.charCodeAt(i);
  let month: { value: number; end: number } | null;
  if (sep === 47 || sep === 46 || isHyphen(sep)) {
    month = digitsAt(text, skipSpaces(text, i + 1, false), 2);
    if (!month) return null;
    const j = skipSpaces(text, month.end, false);
    const sep2 = text.charCodeAt(j);
    if (!(sep2 === sep || (isHyphen(sep) && isHyphen(sep2))))
      return { iso: null, start: pos, end: month.end };
    const year = digitsAt(text, skipSpaces(text, j + 1, false), 4);
    if (!year || year.end - j - 1 > 6) return { iso: null, start: pos, end: month.end };
    return { iso: isoDate(year.value, month.value, day.value), start: pos, end: year.end };
  }
  const afterThang = matchFoldedWord(text, i, 'thang');
  if (afterThang < 0) return null;
  month = digitsAt(text, skipSpaces(text, afterThang, true), 2);
  if (!month) return null;
  let j = skipSpaces(text, month.end, true);
  if (text.charCodeAt(j) === 44) j = skipSpaces(text, j + 1, true);
  const afterNam = matchFoldedWord(text, j, 'nam');
  if (afterNam < 0) return { iso: null, start: pos, end: month.end };
  const year = digitsAt(text, skipSpaces(text, afterNam, true), 4);
  if (!year) return { iso: null, start: pos, end: month.end };
  return { iso: isoDate(year.value, month.value, day.value), start: pos, end: year.end };
}

function digitsAt(text: string, pos: number, max: number): { value: number; end: number } | null {
  let i = pos;
  let value = 0;
  while (i < text.length && isDigit(text.charCodeAt(i))) {
    value = value * 10 + text.charCodeAt(i) - 48;
    i++;
  }
  const length = i - pos;
  if (length === 0 || (max === 4 ? length !== 4 : length > max)) return null;
  return { value, end: i };
}

function skipSpaces(text: string, pos: number, lineBreaks: boolean): number {
  let i = pos;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isInlineSpace(c) || (lineBreaks && isLineBreak(c))) i++;
    else break;
  }
  return i;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number);
  if (day > days) return null;
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** The date that directly follows a symbol ending at `end` ("…/NĐ-CP ngày", "…/TW, ngày"). */
export function directDate(text: string, end: number): string | null {
  let i = end;
  let breaks = 0;
  while (i < text.length && i < end + 6) {
    const c = text.charCodeAt(i);
    if (c === 10) breaks++;
    if (isInlineSpace(c) || isLineBreak(c) || c === 44) i++;
    else break;
  }
  if (breaks > 1 || (text.charCodeAt(i) | 0x20) !== 0x6e /* n */) return null;
  return dateAt(text, i)?.iso ?? null;
}

/** How far below a header "Số:" line its dating line may stand (a V/v line may sit between). */
const HEADER_WINDOW = 260;
const MAX_LINES_BEFORE_DATE = 3;

/**
 * The date of a document whose number stands on a header line ("Số: 594/KH-UBND"): the
 * dating line below it ("Nghệ An, ngày 21 tháng 10 năm 2021", after a comma, at a line start
 * or in the next table cell). Null when another reference or too many lines come first.
 */
export function headerDate(text: string, end: number): string | null {
  const limit = Math.min(text.length, end + HEADER_WINDOW);
  let lines = 0;
  let lineHasText = false;
  let previous = 10; // the last non-space character: a dating line follows a comma, bar or break
  for (let i = end; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (lineHasText && ++lines > MAX_LINES_BEFORE_DATE) return null;
      lineHasText = false;
      previous = 10;
      continue;
    }
    if (isInlineSpace(c) || c === 13) continue;
    if (
      (c | 0x20) === 0x6e &&
      (previous === 44 || previous === 10 || previous === 124 || placeBefore(text, i))
    ) {
      const date = dateAt(text, i);
      if (date) return date.iso;
    }
    if (c === 47 && isDigit(text.charCodeAt(i - 1)) && !isDigit(text.charCodeAt(i + 1))) return null;
    lineHasText = true;
    previous = c;
  }
  return null;
}

/**
 * "Hà Nội ngày 5 tháng 9 năm 2020", a dating line whose comma was lost: one to four
 * capitalised words, and nothing else, between the line (or table cell) start and "ngày".
 */
function placeBefore(text: string, at: number): boolean {
  let from = at;
  while (from > 0 && text.charCodeAt(from - 1) !== 10 && text.charCodeAt(from - 1) !== 124) from--;
  const words = text.slice(from, at).trim().split(/\s+/);
  if (words.length < 1 || words.length > 4 || words[0] === '') return false;
  return words.every((word) => /^\p{Lu}\p{Ll}*\.?$/u.test(word.normalize('NFC')));
}

/**
 * A metadata block ("Số hiệu: 23/2012/TT-BCA"): the date counts only when the very next line
 * is the "Ngày ban hành:" field.
 */
export function metadataDate(text: string, end: number): string | null {
  let i = text.indexOf('\n', end);
  if (i < 0 || i > end + 40) return null;
  i++;
  while (i < text.length && (isInlineSpace(text.charCodeAt(i)) || '•*-–'.includes(text[i] as string))) i++;
  let j = matchFoldedWord(text, i, 'ngay');
  if (j < 0) return null;
  j = matchFoldedWord(text, skipSpaces(text, j, false), 'ban');
  if (j < 0) return null;
  j = matchFoldedWord(text, skipSpaces(text, j, false), 'hanh');
  if (j < 0) return null;
  j = skipSpaces(text, j, false);
  if (text.charCodeAt(j) !== 58) return null;
  // "Ngày ban hành: 27/04/2012" reads like "ngày 27/04/2012" once the label is skipped.
  const value = skipSpaces(text, j + 1, false);
  const day = digitsAt(text, value, 2);
  if (!day) return null;
  const sep = text.charCodeAt(day.end);
  const month = digitsAt(text, day.end + 1, 2);
  if (!month || text.charCodeAt(month.end) !== sep) return null;
  const year = digitsAt(text, month.end + 1, 4);
  return year ? isoDate(year.value, month.value, day.value) : null;
}
