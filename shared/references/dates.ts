/**
 * The issuing date of a reference, read from the text right after it (SYMBOLS.md §5 and
 * the issuedDate rule of §8): `ngày 16/7/2021`, `, ngày 04/7/2025`, `ngày 16 tháng 7 năm 2021`,
 * `ngày 12.9.2023`, `ngày 8-8-1994`, or the dating line under a header "Số:" line.
 * Read character by character on the text as given, so NFD text and scrambled diacritics
 * ("ngàỷ") need no normalising pass.
 * @module
 */
import { boundedCache } from './bounded-cache';
import { isCombiningMark, isDigit, isHyphen, isInlineSpace, isLineBreak, isUpperLetter } from './chars';
import { isKnownIssuer } from './codes';
import { TYPE_WORD_PATTERN } from './context';
import { foldText, matchFoldedWord } from './fold';
import type { HeaderKind } from './header-kind';

export interface DateAt {
  /** YYYY-MM-DD, or null when the date has no year or is not a real day. */
  iso: string | null;
  start: number;
  end: number;
}

/**
 * The text's first year (1900–2099), as a page's year when nothing closer gives one: a dateline's
 * or a cited symbol's, for a yearless date or a document's short form.
 */
export function firstYear(text: string): string | undefined {
  return /\b(?:19|20)\d{2}\b/.exec(text)?.[0];
}

/** Reads "ngày D/M/YYYY", "ngày D-M-YYYY", "ngày D.M.YYYY" or "ngày D tháng M năm YYYY" at `pos`. */
export function dateAt(text: string, pos: number): DateAt | null {
  const end = readDate(text, pos);
  return end < 0 ? null : { iso: dateIso, start: pos, end };
}

/** The ISO date `readDate` last read: a variable rather than a result object per reference. */
let dateIso: string | null = null;

/** `dateAt` without the result object: where the date ends, or -1; its ISO date in `dateIso`. */
function readDate(text: string, pos: number): number {
  dateIso = null;
  const i = ngayEnd(text, pos);
  return i < 0 ? -1 : readDateValue(text, skipSpaces(text, i, true));
}

/** `readDate` after its "ngày": "16/7/2021", "16 tháng 7 năm 2021" at `start`. */
function readDateValue(text: string, start: number): number {
  dateIso = null;
  let i = start;
  const dayEnd = digitsAt(text, i, 2);
  if (dayEnd < 0) return -1;
  const day = digitsValue;
  i = skipSpaces(text, dayEnd, true);
  const sep = text.charCodeAt(i);
  if (sep === 47 || sep === 46 || isHyphen(sep)) {
    const monthEnd = digitsAt(text, skipSpaces(text, i + 1, false), 2);
    if (monthEnd < 0) return -1;
    const month = digitsValue;
    const j = skipSpaces(text, monthEnd, false);
    const sep2 = text.charCodeAt(j);
    if (!(sep2 === sep || (isHyphen(sep) && isHyphen(sep2)))) return monthEnd;
    const yearEnd = digitsAt(text, skipSpaces(text, j + 1, false), 4);
    if (yearEnd < 0 || yearEnd - j - 1 > 6) return monthEnd;
    dateIso = isoDate(digitsValue, month, day);
    return yearEnd;
  }
  const afterThang = matchFoldedWord(text, i, 'thang');
  if (afterThang < 0) return -1;
  const monthEnd = digitsAt(text, skipSpaces(text, afterThang, true), 2);
  if (monthEnd < 0) return -1;
  const month = digitsValue;
  let j = skipSpaces(text, monthEnd, true);
  if (text.charCodeAt(j) === 44) j = skipSpaces(text, j + 1, true);
  const afterNam = matchFoldedWord(text, j, 'nam');
  if (afterNam < 0) return monthEnd;
  const yearEnd = digitsAt(text, skipSpaces(text, afterNam, true), 4);
  if (yearEnd < 0) return monthEnd;
  dateIso = isoDate(digitsValue, month, day);
  return yearEnd;
}

/**
 * `matchFoldedWord(text, pos, 'ngay')`, written out for "ngày" and "Ngày" as most pages write
 * them (precomposed, no mark after): the word before nearly every date.
 */
function ngayEnd(text: string, pos: number): number {
  const n = text.charCodeAt(pos);
  if (
    (n === 110 || n === 78) &&
    text.charCodeAt(pos + 1) === 103 &&
    text.charCodeAt(pos + 2) === 0xe0 &&
    text.charCodeAt(pos + 3) === 121 &&
    !isCombiningMark(text.charCodeAt(pos + 4))
  ) {
    return pos + 4;
  }
  return matchFoldedWord(text, pos, 'ngay');
}

/** The value of the digits `digitsAt` last read: a variable rather than a result object per call. */
let digitsValue = 0;

/**
 * Reads up to `max` digits at `pos` (exactly four when `max` is 4), leaving their value in
 * `digitsValue`; returns where they end, or -1.
 */
function digitsAt(text: string, pos: number, max: number): number {
  let i = pos;
  let value = 0;
  // Past the end charCodeAt gives NaN, which is no digit.
  while (isDigit(text.charCodeAt(i))) {
    value = value * 10 + text.charCodeAt(i) - 48;
    i++;
  }
  const length = i - pos;
  if (length === 0 || (max === 4 ? length !== 4 : length > max)) return -1;
  digitsValue = value;
  return i;
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

export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  // One number per day: pages repeat the same dates, and spelling one costs more than a lookup.
  return isoOfDay(year * 10000 + month * 100 + day);
}

/** The ISO date of a day numbered `year * 10000 + month * 100 + day`, or null for none (30/02). */
const isoOfDay = boundedCache((date: number): string | null => {
  const day = date % 100;
  // The calendar's own months and leap years: a day past its month's end rolls over into the next.
  const utc = new Date(Date.UTC(Math.floor(date / 10000), (Math.floor(date / 100) % 100) - 1, day));
  return utc.getUTCDate() === day ? utc.toISOString().slice(0, 10) : null;
});

/**
 * The issued date of the symbol ending at `end` (SYMBOLS.md §8): the date right after it; under
 * a header "Số:" line the dating line; after a number field the "Ngày ban hành" field.
 */
export function issuedDateAfter(text: string, end: number, header: HeaderKind): string | null {
  return (
    directDate(text, end) ??
    (header === 'header' ? headerDate(text, end) : header === 'metadata' ? metadataDate(text, end) : null)
  );
}

/**
 * The date that directly follows a symbol ending at `end` ("…/NĐ-CP ngày", "…/TW, ngày"). With
 * `signed`, also the date a verb of signing or issuing puts there (`signedDate`).
 */
export function directDate(text: string, end: number, signed = false): string | null {
  // "125/TB-UBND02/12/2024": a date glued on, cut off the symbol by segment.ts.
  if (isDigit(text.charCodeAt(end))) return dateValue(text, end);
  let i = end;
  let breaks = 0;
  let cell = false;
  while (i < text.length && i < end + 6) {
    const c = text.charCodeAt(i);
    if (c === 10) breaks++;
    if (c === 9) cell = true;
    if (isInlineSpace(c) || isLineBreak(c) || c === 44) i++;
    else break;
  }
  if (breaks > 1) return null;
  // A table flattened to text, "1234/UBND-KT | 10/4/2024 |" or by tabs: the next cell, a full date alone.
  if (text.charCodeAt(i) === 124) {
    cell = true;
    i = skipSpaces(text, i + 1, false);
  }
  if (cell && isDigit(text.charCodeAt(i))) return cellDate(text, i, end);
  // A bracket right after the symbol: "(ngày 18/10/2024)", or a full date alone in it, "(18/10/2024)".
  if (text.charCodeAt(i) === 40 /* ( */) {
    i = skipSpaces(text, i + 1, false);
    if (isDigit(text.charCodeAt(i))) {
      const dateEnd = readDateValue(text, i);
      return dateEnd >= 0 && text.charCodeAt(skipSpaces(text, dateEnd, false)) === 41 ? dateIso : null;
    }
  }
  i = afterIssuerAbbreviation(text, i);
  // The verb that dates the document itself: "(ký ngày 18-9-2024)", ", ký ngày …", "ban hành
  // ngày …", "ký ban hành ngày …" (then "ngày" and the date, or the date alone).
  const lead = text.charCodeAt(i) | 0x20;
  if (signed && (lead === 0x6b /* k */ || lead === 0x62) /* b */) {
    const verbEnd = signingVerbEnd(text, i);
    if (verbEnd < 0) return null;
    i = verbEnd;
    if (isDigit(text.charCodeAt(i))) return readDateValue(text, i) < 0 ? null : dateIso;
  }
  if ((text.charCodeAt(i) | 0x20) === 0x64 /* d */)
    return englishDate(text, matchFoldedWord(text, i, 'dated'));
  // "Decision No. 1234/QD-TTg on October 14, 2024": English news dates a signing with "on", or
  // with "issued|signed on …" ("Official Dispatch 4868/BGTVT-VT issued on May 21, 2020"; audit 111).
  // A translation names a document with its date after "of" ("Decree No. 69/2002/ND-CP of July
  // 12, 2002", "CIRCULAR No. 85/2002/TT-BTC OF SEPTEMBER 26, 2002 GUIDING …"; audit 196).
  if (signed && lead === 0x6f /* o */)
    return englishDate(text, Math.max(matchFoldedWord(text, i, 'on'), matchFoldedWord(text, i, 'of')));
  if (
    signed &&
    (lead === 0x69 /* i */ || lead === 0x73 /* s */ || lead === 0x77 /* w */ || lead === 0x70) /* p */
  ) {
    // "… was issued on …", "… promulgated on …" (review 48).
    const was = matchFoldedWord(text, i, 'was');
    const at = was > 0 && isInlineSpace(text.charCodeAt(was)) ? skipSpaces(text, was, false) : i;
    const verb = Math.max(
      matchFoldedWord(text, at, 'issued'),
      matchFoldedWord(text, at, 'signed'),
      matchFoldedWord(text, at, 'promulgated'),
    );
    const on = verb < 0 ? verb : skipSpaces(text, verb, false);
    return on > verb ? englishDate(text, matchFoldedWord(text, on, 'on')) : null;
  }
  if ((text.charCodeAt(i) | 0x20) !== 0x6e /* n */) return null;
  const plain = plainSlashDate(text, i);
  if (plain !== undefined) return plain;
  return readDate(text, i) < 0 ? null : dateIso;
}

/**
 * Past a known issuer's abbreviation after the symbol, when "ngày" follows: "01/2007/NQ-HĐTP
 * TANDTC ngày 02/10/2007" (audit 75); not a headline's word in capitals ("… 07/CĐ-TTG TRONG NGÀY
 * 2/2/2026", "… SAU NGÀY …": review 32). Anywhere else, `i` as it was.
 */
function afterIssuerAbbreviation(text: string, i: number): number {
  let j = i;
  while (j - i < MAX_ABBREVIATION && isUpperLetter(text.charCodeAt(j))) j++;
  if (j - i < 2 || !isInlineSpace(text.charCodeAt(j)) || !isKnownIssuer(text.slice(i, j))) return i;
  const next = skipSpaces(text, j, false);
  return matchFoldedWord(text, next, 'ngay') > 0 ? next : i;
}

/** The longest issuer abbreviation read between a symbol and its date ("TANDTC", "VKSNDTC"). */
const MAX_ABBREVIATION = 8;

/**
 * The full date at `pos` when it is all its table cell holds (a bar, a tab or the line ends it),
 * the symbol ending at `end` fills its own cell (`symbolFillsCell`), and the table's header, if
 * it is near and labels the column, names the issuing date (ISSUING_DATE_LABEL) and no other
 * (OTHER_DATE_LABEL); or null.
 */
function cellDate(text: string, pos: number, end: number): string | null {
  let j = readDateValue(text, pos);
  const iso = dateIso;
  if (j < 0 || iso === null || !symbolFillsCell(text, end, iso)) return null;
  while (text.charCodeAt(j) === 32) j++;
  const c = text.charCodeAt(j);
  if (!(j === text.length || c === 124 || c === 9 || isLineBreak(c))) return null;
  const label = columnLabel(text, pos, end - HEADER_REACH);
  const folded =
    label === null
      ? ''
      : foldText(label)
          .replace(/[^a-z]+/g, ' ')
          .trim();
  if (folded === '') return iso;
  const words = ` ${folded} `;
  return ISSUING_DATE_LABEL.test(words) && !OTHER_DATE_LABEL.test(words) ? iso : null;
}

/**
 * A header's label of the issuing date's column, as whole words: "Ngày ban hành (văn bản)",
 * "Ngày ký", "Ngày VB", "Ngày BH", "Ngày phát hành", "Thời gian ban hành", "Ngày quyết định",
 * "Ngày thông qua", "Ngày lập", "Ngày đi", "Ngày tháng (năm)", a bare "Ngày", "Thời gian" or
 * "Date", "Issued date", "Date of issue" (reviews 8 to 11: a list of the other
 * dates' labels is never whole, "Deadline", "Ngày bắt đầu", "Ngày công bố" …).
 */
const ISSUING_DATE_LABEL =
  / (?:ban hanh|ky|van ban|vb|bh|phat hanh|quyet dinh|thong qua|phe duyet|lap|di|issued?|issuing)(?= )|^ (?:ngay(?: thang(?: nam)?)?|date|thoi gian) $/;

/**
 * Words that make an issuing date's label another date's: "Ngày văn bản đến", "Ngày ký hết hiệu
 * lực", "Hạn ký"; as whole words ("ban hành" holds no "hạn").
 */
const OTHER_DATE_LABEL =
  / (?:hieu luc|den|dang|nhan|cap nhat|het|han|thuc hien|ap dung|vao so|gui|hoan thanh|xu ly|effective|received)(?= )/;

/**
 * Whether the symbol ending at `end` is all its table cell holds, but for a "Số:" label, and its
 * year segment, if any, is the date's (`iso`): a document a trích yếu cites at its end ("| Bãi bỏ
 * Quyết định số 07/2019/QĐ-UBND | 15/5/2024 |") or a replaced one ("Văn bản bị thay thế |
 * 12/2020/TT-BTC | 01/01/2021") is not dated by the row's date.
 */
function symbolFillsCell(text: string, end: number, iso: string): boolean {
  let from = end;
  while (from > 0 && !CELL_START.includes(text[from - 1] as string)) from--;
  const cell = text.slice(from, end).normalize('NFC').replace(CELL_LABEL, '');
  const year = YEAR_SEGMENT.exec(cell)?.[1];
  // Before the number, a type word and "số" at most ("Quyết định số", "- Thông tư liên tịch số").
  const lead = foldText(cell.slice(0, cell.search(/\d/)));
  return (lead.trim() === '' || TYPE_LEAD.test(lead)) && (year === undefined || iso.startsWith(year));
}
/**
 * A type word and "số", folded, with a word naming its kind ("liên tịch", "hợp nhất", "kết luận",
 * "hỏa tốc") at most: not "Kế hoạch triển khai …", which names another document (review 10).
 */
const TYPE_LEAD = new RegExp(
  `^\\W*${TYPE_WORD_PATTERN}(?: (?:hop nhat|ket luan|hanh dong|khan|hoa toc))?(?: so)?\\W*$`,
);
const YEAR_SEGMENT = /[/-]\s*((?:19|20)\d\d)\s*[/-]/;
const CELL_START = '|\t\n';
const CELL_LABEL = /^\s*số(?:\s+(?:hiệu|ký hiệu))?\s*:?/iu;

/**
 * How far before a symbol's end its table's header is looked for: no further than the text the
 * content script sends with a reference (extension/content/references-around.ts), so that the
 * background reads the same date from it as from the whole text.
 */
const HEADER_REACH = 120;

/**
 * The label over the table cell at `pos`: the same column of the first of the rows around it
 * (lines holding the same separator) that start at `limit` or after, when that line holds no
 * digit there; null when the cell's own line starts before `limit`, or the table has no header.
 */
function columnLabel(text: string, pos: number, limit: number): string | null {
  let lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  if (lineStart < limit) return null;
  const before = text.slice(lineStart, pos);
  const separator = before.includes('|') ? '|' : '\t';
  const column = before.split(separator).length - 1;
  let header = before;
  while (lineStart > 0) {
    const start = text.lastIndexOf('\n', lineStart - 2) + 1;
    const line = text.slice(start, lineStart - 1);
    if (start < limit || !line.includes(separator)) break;
    header = line;
    lineStart = start;
  }
  const label = header.split(separator)[column] ?? '';
  return /\d/.test(label) ? null : label;
}

/**
 * The date a primary dispatch takes from right after its symbol (extract-dispatch.ts): the
 * direct date, or one that a verb of signing or issuing puts there, "(ký ngày 18-9-2024)", ",
 * ký ngày 18/9/2024", "ban hành ngày …", "ký ban hành (vào) ngày …", or English "on October 14,
 * 2024" as "dated" is. In real text such a verb dates the document itself; SYMBOLS.md §8 labels
 * only the direct date, so `findReferences` keeps to that (the written corpus labels "ban hành
 * ngày" and "on 22 July 2021" without a date).
 */
export function signedDate(text: string, end: number): string | null {
  return directDate(text, end, true);
}

/**
 * Where "ký", "ban hành" or "ký ban hành" at `pos`, and a "vào" after it, end (at the next
 * word); or -1.
 */
function signingVerbEnd(text: string, pos: number): number {
  let i = pos;
  let found = false;
  const signed = matchFoldedWord(text, i, 'ky');
  if (signed >= 0 && isInlineSpace(text.charCodeAt(signed))) {
    i = skipSpaces(text, signed, false);
    found = true;
  }
  const issue = matchFoldedWord(text, i, 'ban');
  const issued =
    issue >= 0 && isInlineSpace(text.charCodeAt(issue))
      ? matchFoldedWord(text, skipSpaces(text, issue, false), 'hanh')
      : -1;
  if (issued >= 0 && isInlineSpace(text.charCodeAt(issued))) {
    i = skipSpaces(text, issued, false);
    found = true;
  }
  if (!found) return -1;
  const on = matchFoldedWord(text, i, 'vao');
  return on >= 0 && isInlineSpace(text.charCodeAt(on)) ? skipSpaces(text, on, false) : i;
}

const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';
// The day may take an ordinal's ending and "of": "22nd December 2014", "December 22nd, 2014",
// "18th of June, 2019" (audit 81).
const ENGLISH_DATE =
  /^\s*(?:(\d\d?)(?:st|nd|rd|th)?(?: of)? ([a-z]{3})[a-z]*|([a-z]{3})[a-z]*\.? (\d\d?)(?:st|nd|rd|th)?),? (\d{4})/i;

/** The date after "dated" ending at `pos` (-1: no "dated"): "15/5/2023", "12 March 2024", "April 17, 2023". */
function englishDate(text: string, pos: number): string | null {
  if (pos < 0) return null;
  if (readDateValue(text, skipSpaces(text, pos, false)) >= 0) return dateIso;
  const m = ENGLISH_DATE.exec(text.slice(pos, pos + 24));
  const month = m ? MONTHS.indexOf(((m[2] ?? m[3]) as string).toLowerCase()) : -1;
  return m && month % 3 === 0 ? isoDate(Number(m[5]), month / 3 + 1, Number(m[1] ?? m[4])) : null;
}

/**
 * The ISO date of a date written as most pages write it, "ngày 27/4/2012" (precomposed
 * "ngày" or "Ngày", one space, D/M/YYYY without spaces), as `readDate` would read it; or
 * undefined for any other writing, which `readDate` reads. One loop over the characters:
 * this is the date after most references that have one, and it stays small code.
 */
function plainSlashDate(text: string, pos: number): string | null | undefined {
  const n = text.charCodeAt(pos);
  // "gày " by char codes: startsWith is a builtin call, four comparisons are not.
  const isNgay =
    (n === 110 || n === 78) &&
    text.charCodeAt(pos + 1) === 103 &&
    text.charCodeAt(pos + 2) === 0xe0 &&
    text.charCodeAt(pos + 3) === 121 &&
    text.charCodeAt(pos + 4) === 32;
  if (!isNgay) return undefined;
  // The day, the month and the year in turn: one or two digits, one or two, then four.
  let part = 0;
  let digits = 0;
  let value = 0;
  let day = 0;
  let month = 0;
  for (let p = pos + 5; ; p++) {
    const c = text.charCodeAt(p);
    if (c >= 48 && c <= 57) {
      value = value * 10 + c - 48;
      if (++digits > (part === 2 ? 4 : 2)) return undefined;
    } else if (part === 2) {
      return digits === 4 ? isoDate(value, month, day) : undefined;
    } else if (c === 47 && digits > 0) {
      if (part === 0) day = value;
      else month = value;
      part++;
      digits = 0;
      value = 0;
    } else {
      return undefined;
    }
  }
}

/** How far below a header "Số:" line its dating line may stand (a V/v line may sit between). */
const HEADER_WINDOW = 260;
/**
 * The furthest a dating line is read after the number, a long V/v line passed over: the text a
 * content script reports around each reference reaches as far (extension/content/references-around.ts).
 */
export const DATING_LINE_REACH = 320;
const MAX_LINES_BEFORE_DATE = 3;

/**
 * The date of a document whose number stands on a header line ("Số: 594/KH-UBND"): the
 * dating line below it ("Nghệ An, ngày 21 tháng 10 năm 2021", after a comma, at a line start
 * or in the next table cell). Null when another reference or too many lines come first.
 */
export function headerDate(text: string, end: number): string | null {
  let limit = Math.min(text.length, end + HEADER_WINDOW);
  const reach = Math.min(text.length, end + DATING_LINE_REACH);
  let lines = 0;
  let lineHasText = false;
  let previous = 10; // the last non-space character: a dating line follows a comma, bar or break
  // The subject line ("V/v triển khai Nghị định số 08/2022/NĐ-CP") may cite documents: their
  // numbers are not another reference's header.
  let subjectLine = false;
  let broken = false; // a line break since the number: a field is a line of its own
  // The Quốc hiệu, the Tiêu ngữ and rules under them stand between the number and the dating line
  // of a two-column header read column by column: they count as no line.
  let furniture = false;
  for (let i = end; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (lineHasText && !subjectLine && !furniture && ++lines > MAX_LINES_BEFORE_DATE) return null;
      broken = true;
      lineHasText = false;
      subjectLine = false;
      previous = 10;
      continue;
    }
    // A long V/v line counts as none of the window (audit 127).
    if (subjectLine && limit < reach) limit++;
    if (isInlineSpace(c) || c === 13) continue;
    if (previous === 10 && !lineHasText) {
      // The salutation ends the header: a date below it is the body's ("Thời gian: …, ngày …").
      if (foldedWords(text, i, 'kinh', 'gui') || foldedWords(text, i, 'kinh', 'moi')) return null;
      subjectLine = opensSubjectLine(text, i);
      furniture = isHeaderFurniture(text, i);
    }
    // "ngày" first: placeBefore reads the whole line before it. Not a date the subject line gives
    // a document it cites ("V/v thực hiện Công văn số 4521/UBND-KGVX, ngày 03/10/2024 của UBND
    // tỉnh"; audit 61).
    if (
      (c | 0x20) === 0x6e &&
      matchFoldedWord(text, i, 'ngay') >= 0 &&
      !(subjectLine && /\/[A-ZĐ\d-]+,?\s*$/.test(text.slice(Math.max(0, i - 30), i))) &&
      ((previous === 44 && placeBeforeComma(text, Math.max(end, lineStartBefore(text, i)), i)) ||
        previous === 10 ||
        previous === 124 ||
        placeBefore(text, i)) &&
      readDate(text, i) >= 0
    ) {
      return dateIso;
    }
    // "Số: 1234/QĐ-UBND⏎Ngày ban hành: 15/06/2023": a database shows the field for the line.
    if ((c | 0x20) === 0x6e && (previous === 124 || (previous === 10 && broken)) && fieldDate(text, i) >= 0)
      return dateIso;
    if (c === 47 && !subjectLine && isDigit(text.charCodeAt(i - 1)) && !isDigit(text.charCodeAt(i + 1)))
      return null;
    lineHasText = true;
    previous = c;
  }
  return null;
}

/** Whether the line starting at `at` is the Quốc hiệu, the Tiêu ngữ or a rule ("-------"). */
function isHeaderFurniture(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (isHyphen(c) || c === 95 || c === 42 || c === 61) return true;
  return foldedWords(text, at, 'cong', 'hoa') || foldedWords(text, at, 'doc', 'lap');
}

/** Whether the two words stand at `at`, spaces between them ("CỘNG HÒA", "Độc lập"). */
function foldedWords(text: string, at: number, first: string, second: string): boolean {
  return foldedWordsEnd(text, at, first, second) >= 0;
}

/** Where the two words standing at `at`, spaces between them, end; or -1. */
function foldedWordsEnd(text: string, at: number, first: string, second: string): number {
  const end = matchFoldedWord(text, at, first);
  return end < 0 ? -1 : matchFoldedWord(text, skipSpaces(text, end, false), second);
}

/** Whether the line starting at `at` is a header's subject line: "V/v …", "V/V: …", "Về việc …". */
function opensSubjectLine(text: string, at: number): boolean {
  if ((text.charCodeAt(at) | 0x20) === 0x76 /* v */ && text.charCodeAt(at + 1) === 47) {
    return (text.charCodeAt(at + 2) | 0x20) === 0x76;
  }
  const afterVe = matchFoldedWord(text, at, 've');
  return afterVe >= 0 && matchFoldedWord(text, skipSpaces(text, afterVe, false), 'viec') >= 0;
}

/**
 * Text before a comma that is a time or a schedule's day, no dating line's place ("Thời gian: 14
 * giờ 00, ngày …", "họp vào lúc 8 giờ, ngày …", "08h00, ngày …", "Thứ Hai, ngày 11/3/2024: …"),
 * "vào hồi 8 giờ sáng"), folded: "giờ", "lúc", "hồi" only beside a number ("Cần Giờ", "Lục Ngạn",
 * "Hồi Xuân" are places).
 */
const NO_PLACE =
  /:|(?:^|\s)(?:gio|luc|hoi)\s+\d|\d\s*(?:h|gio)(?![a-z])|^\s*(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat)(?![a-z])/;
/** A gap of a page's columns: the dating line's place is after it ("V/v: đôn đốc …     Hà Nội, ngày"). */
const COLUMN_GAP = /^(.*\S)\s{3,}/;

/**
 * Whether the text from `from` to the comma before `at` may be a dating line's place ("Quận 1",
 * "TP. Hồ Chí Minh"): after a gap of columns, unless a label's colon ends the text before it
 * ("Thời gian:      08h00, ngày …").
 */
function placeBeforeComma(text: string, from: number, at: number): boolean {
  const raw = text.slice(from, at);
  // Most dating lines' places hold no number, colon or weekday: no fold for them (a header a reference).
  if (!/[\d:]|(?:^|\s)[TtCc]h/.test(raw)) return true;
  let place = foldText(raw);
  const gap = COLUMN_GAP.exec(place);
  if (gap && !(gap[1] as string).endsWith(':')) place = place.slice(gap[0].length);
  return !NO_PLACE.test(place);
}

/** Where the line (or table cell) holding `at` starts. */
function lineStartBefore(text: string, at: number): number {
  let from = at;
  while (from > 0 && text.charCodeAt(from - 1) !== 10 && text.charCodeAt(from - 1) !== 124) from--;
  return from;
}

/**
 * "Hà Nội ngày 5 tháng 9 năm 2020", a dating line whose comma was lost: one to four
 * capitalised words, and nothing else, between the line (or table cell) start and "ngày".
 */
function placeBefore(text: string, at: number): boolean {
  const words = text.slice(lineStartBefore(text, at), at).trim().split(/\s+/);
  if (words.length < 1 || words.length > 4 || words[0] === '') return false;
  return words.every((word) => /^\p{Lu}\p{Ll}*\.?$/u.test(word.normalize('NFC')));
}

/**
 * A metadata block ("Số hiệu: 23/2012/TT-BCA", "Số ký hiệu | 25/NQ-HĐND"): the date counts only
 * when the "Ngày ban hành" (or "Ngày ký", "Ngày văn bản", "Ngày thông qua": `fieldDate`) field
 * is the very next one, on the next line or, where
 * the block was flattened, on the same line (glued, or after spaces or a bar).
 */
export function metadataDate(text: string, end: number): string | null {
  let j = skipSpaces(text, end, false);
  if (text.charCodeAt(j) === 124) j = skipSpaces(text, j + 1, false);
  if (fieldDate(text, j) >= 0) return dateIso;
  let i = text.indexOf('\n', end);
  if (i < 0 || i > end + 40) return null;
  i++;
  while (i < text.length && (isInlineSpace(text.charCodeAt(i)) || '•*-–'.includes(text[i] as string))) i++;
  return fieldDate(text, i) < 0 ? null : dateIso;
}

/**
 * Reads the field "Ngày ban hành: 27/04/2012" (or "Ngày ký", "Ngày ký ban hành", "Ngày văn bản",
 * "Ngày thông qua": metadata-fields.ts's DATE_LABELS; a bar or a line break for the colon, "27
 * tháng 4 năm 2012") at `pos`: where it ends, or -1; its ISO date in `dateIso`.
 */
function fieldDate(text: string, pos: number): number {
  dateIso = null;
  let j = matchFoldedWord(text, pos, 'ngay');
  if (j < 0) return -1;
  j = skipSpaces(text, j, false);
  const afterKy = matchFoldedWord(text, j, 'ky');
  if (afterKy >= 0) {
    const issued = foldedWordsEnd(text, skipSpaces(text, afterKy, false), 'ban', 'hanh');
    j = issued >= 0 ? issued : afterKy;
  } else {
    const issued = foldedWordsEnd(text, j, 'ban', 'hanh');
    const document = issued >= 0 ? issued : foldedWordsEnd(text, j, 'van', 'ban');
    j = document >= 0 ? document : foldedWordsEnd(text, j, 'thong', 'qua');
    if (j < 0) return -1;
  }
  const labelEnd = j;
  j = skipSpaces(text, j, false);
  const c = text.charCodeAt(j);
  // A table's next cell, by a tab ("Ngày ban hành\t18/10/2024", audit 57), is the value too.
  if (c !== 58 && c !== 124 && !isLineBreak(c))
    return text.lastIndexOf('\t', j) >= labelEnd ? readDateValue(text, j) : -1;
  // "Ngày ban hành: 27/04/2012" reads like "ngày 27/04/2012" once the label is skipped.
  return readDateValue(text, skipSpaces(text, j + 1, true));
}

/** The ISO date written at `pos` without a "ngày" before it ("27/04/2012", "27 tháng 4 năm 2012"), or null. */
export function dateValue(text: string, pos: number): string | null {
  return readDateValue(text, pos) < 0 ? null : dateIso;
}
