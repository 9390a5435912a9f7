/**
 * Finding every document reference in a text: one regular-expression pass finds where a
 * number is followed by something symbol-like, and only those places are parsed.
 * @module
 */
import type { DocumentReference } from '../schemas/reference';
import { isDigit, isHyphen, isLowerLetter, isUpperLetter } from './chars';
import { TYPE_NAMES } from './codes';
import { FORM, headerKind, typeNameFor } from './context';
import { directDate, headerDate, metadataDate } from './dates';
import { symbolKey } from './fold';
import { parseSymbolAt } from './parse-symbol';

/**
 * Where a symbol can be: a digit followed by a slash, a dash, a space or an office's letter,
 * and then a letter, dash, space or slash ("3944/U", "2020/N", "2012-q", "213-T", "84 Q",
 * "367 -", "35- ", "112b/"). It is one digit and two character classes, with no
 * alternation: any alternative that does not start with a digit makes the scan several times
 * slower than the bare `\d+\/[A-ZĐ]` it is measured against. `plausibleAnchor`,
 * `numberStartFor` and the parser sort out the rest.
 */
const ANCHOR_LENGTH = 3;
const ANCHOR = /\d[/\-\u2010-\u2015\u2212 \u00A0a-z][A-Za-zĐđ\u00D0\-\u2010-\u2015\u2212 \u00A0/]/g;

/** Every reference in `text`, in text order; offsets index the string as given. */
export function findReferences(text: string): DocumentReference[] {
  const found: DocumentReference[] = [];
  const anchor = ANCHOR;
  anchor.lastIndex = 0;
  // test() rather than exec(): no match array per candidate. The anchor is always three
  // characters long, so it starts three before lastIndex.
  while (anchor.test(text)) {
    const at = anchor.lastIndex - ANCHOR_LENGTH;
    const parsed = plausibleAnchor(text, at) ? parseSymbolAt(text, numberStartFor(text, at)) : null;
    const reference = parsed && parsed.end > at ? toReference(text, parsed) : null;
    if (parsed && reference && reference.typeName !== FORM) {
      found.push(reference);
      anchor.lastIndex = parsed.end;
    } else {
      anchor.lastIndex = at + 1;
    }
  }
  return found;
}

/**
 * The anchor's classes are wide so that the expression stays simple; most of what they let
 * through ("15 tháng", "5km") is turned away here by two character tests. After a space
 * only a capital or a dash can follow ("84 QĐ/", "367 - QĐ/"); after an office's letter,
 * only the slash or dash of "112b/".
 */
function plausibleAnchor(text: string, at: number): boolean {
  const separator = text.charCodeAt(at + 1);
  const next = text.charCodeAt(at + 2);
  if (separator === 32 || separator === 0xa0) return isUpperLetter(next) || isHyphen(next);
  if (isLowerLetter(separator)) return next === 47 || isHyphen(next);
  return true;
}

/**
 * The first digit of the number whose last digit the anchor found, or -1: back over the
 * digit run, and over a year segment to the number before it ("137/2020/", "15-2012-").
 */
function numberStartFor(text: string, at: number): number {
  let i = at;
  while (i > 0 && isDigit(text.charCodeAt(i - 1))) i--;
  if (at - i === 3 && i >= 2) {
    const separator = text.charCodeAt(i - 1);
    if ((separator === 47 || isHyphen(separator)) && isDigit(text.charCodeAt(i - 2))) {
      let j = i - 2;
      while (j > 0 && isDigit(text.charCodeAt(j - 1))) j--;
      return j;
    }
  }
  return i;
}

function toReference(text: string, parsed: NonNullable<ReturnType<typeof parseSymbolAt>>): DocumentReference {
  const { start, end } = parsed;
  const header = headerKind(text, start);
  const issuedDate =
    directDate(text, end) ??
    (header === 'header' ? headerDate(text, end) : header === 'metadata' ? metadataDate(text, end) : null);
  const codeName = parsed.typeCode ? (TYPE_NAMES.get(parsed.typeCode) ?? null) : null;
  return {
    raw: text.slice(start, end),
    start,
    end,
    symbol: parsed.symbol,
    key: symbolKey(parsed.symbol),
    number: parsed.number,
    year: parsed.year,
    typeCode: parsed.typeCode,
    typeName: typeNameFor(parsed.shape, parsed.typeCode, codeName, text, start, end, header),
    issuer: parsed.issuer,
    issuedDate,
  };
}
