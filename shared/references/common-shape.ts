/**
 * The shapes nearly every reference takes, in canonical writing and followed by a clean
 * end — `N/TYPE-ISSUER[-UNIT]`, `N/YYYY/TYPE-ISSUER[-UNIT]`, `N/ISSUER-UNIT`, `N/YYYY/QHxx`
 * and the Party's `N-TYPE/BODY[-UNIT]` — read in one pass over char codes instead of segment
 * by segment. Anything it is not sure of (lower case, spaces or dots inside, glued words,
 * unknown code-less issuers, more segments) is left to the general parser, which gives the
 * same answer more slowly.
 *
 * This runs once per reference found, so it allocates little more than the result holds:
 * each segment is looked up in place, without cutting it out of the text (`segmentInfoAt`),
 * and a symbol written canonically, as most are, is the raw text itself (and its own key)
 * rather than a string built again.
 * @module
 */
import { isDigit, isUpperLetter } from './chars';
import { type SegmentInfo, segmentInfoAt } from './codes';
import { type ParsedSymbol, parsedSymbol } from './parsed-symbol';

/*
 * The grammar read here, as a regular expression (the first version of this module ran it
 * with the sticky flag; the code below accepts exactly the same text):
 *
 *   slashed: (\d{1,6})\/(?:((?:19|20)\d\d)\/)?
 *            (?:(QH\d{1,2})|([A-ZĐ]{2,12}|TTr|CTr|QyĐ|TrS|TTh)[- ](TTg|[A-ZĐ]{2,12}\d{0,3})
 *            (?:-([A-ZĐ0-9][A-ZĐ0-9&]{0,11}))?) CLEAN_END
 *            (the space only after a type code, and before a known issuer or a unit; a first
 *            segment of more than five capitals only for a known issuer: "1624/BVHTTDL-VHCS")
 *   party:   (\d{1,6})-([A-ZĐ]{2,4}|CTr|QyĐ)\/([A-ZĐ]{2,8})(?:-([A-ZĐ0-9][A-ZĐ0-9&]{0,7}))? CLEAN_END
 *   CLEAN_END: (?![A-Za-z0-9ĐđÐ&/\-\u2010-\u2015\u2212\u00C0-\u024F\u1E00-\u1EFF\u0300-\u036F])
 *              (?!\.[A-Za-z0-9ĐđÐ])
 *
 * Every repetition there is followed by a character it cannot match or by CLEAN_END, which
 * refuses any character a shorter run would leave next, so each part is its longest run.
 */

const MAX_NUMBER_DIGITS = 6;

/** The common shape at `start` (valid until the next parse), or undefined to let the general parser decide. */
export function parseCommonShape(text: string, start: number): ParsedSymbol | undefined {
  let p = start;
  while (isDigit(text.charCodeAt(p))) p++;
  const digits = p - start;
  if (digits === 0 || digits > MAX_NUMBER_DIGITS) return undefined;
  const separator = text.charCodeAt(p);
  if (separator === 47) return slashed(text, start, p);
  if (separator === 45) return party(text, start, p);
  return undefined;
}

/** [A-ZĐ]: the capitals of a canonical segment (no Ð, no Ư). */
function isCapital(c: number): boolean {
  return (c >= 65 && c <= 90) || c === 0x110;
}

/** [A-ZĐ0-9&]: what a drafting unit is made of. */
function isUnitChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 0x110 || c === 38;
}

/** The end of the run of capitals from `p`. */
function capitalsEnd(text: string, p: number): number {
  let i = p;
  while (isCapital(text.charCodeAt(i))) i++;
  return i;
}

/** CLEAN_END at `p`: no further symbol character, separator or glued word; a dot only as punctuation. */
function isCleanEnd(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  if (c < 128) {
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return false;
    if (c === 38 || c === 47 || c === 45) return false;
    if (c === 46) {
      const d = text.charCodeAt(p + 1);
      return !(
        (d >= 65 && d <= 90) ||
        (d >= 97 && d <= 122) ||
        (d >= 48 && d <= 57) ||
        d === 0x110 ||
        d === 0x111 ||
        d === 0xd0
      );
    }
    return true;
  }
  if ((c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x300 && c <= 0x36f)) return false;
  return !((c >= 0x2010 && c <= 0x2015) || c === 0x2212);
}

/**
 * The end of a drafting unit `-[A-ZĐ0-9][A-ZĐ0-9&]{0,max-1}` whose hyphen is at `hyphen`,
 * or -1.
 */
function unitEnd(text: string, hyphen: number, max: number): number {
  const first = text.charCodeAt(hyphen + 1);
  if (first === 38 || !isUnitChar(first)) return -1;
  let i = hyphen + 2;
  while (isUnitChar(text.charCodeAt(i))) i++;
  return i - hyphen - 1 <= max ? i : -1;
}

/**
 * The end of a mixed-case type code written at `p` and followed by `next` (TTr, CTr, QyĐ,
 * TrS, TTh after a slash; only CTr and QyĐ in Party symbols), or -1.
 */
function mixedTypeEnd(text: string, p: number, next: number, partyOnly: boolean): number {
  if (text.charCodeAt(p + 3) !== next) return -1;
  const a = text.charCodeAt(p);
  const b = text.charCodeAt(p + 1);
  const c = text.charCodeAt(p + 2);
  const party = (a === 67 && b === 84 && c === 114) || (a === 81 && b === 121 && c === 0x110); // CTr QyĐ
  if (party) return p + 3;
  if (partyOnly) return -1;
  // TTr TrS TTh
  const other = a === 84 && ((b === 84 && (c === 114 || c === 104)) || (b === 114 && c === 83));
  return other ? p + 3 : -1;
}

/** A year "19xx" or "20xx" at `p`, as a number, or -1. */
function yearAt(text: string, p: number): number {
  const a = text.charCodeAt(p);
  const b = text.charCodeAt(p + 1);
  if (!((a === 49 && b === 57) || (a === 50 && b === 48))) return -1;
  const c = text.charCodeAt(p + 2);
  const d = text.charCodeAt(p + 3);
  if (!isDigit(c) || !isDigit(d)) return -1;
  return (a - 48) * 1000 + (b - 48) * 100 + (c - 48) * 10 + (d - 48);
}

function slashed(text: string, start: number, slash: number): ParsedSymbol | undefined {
  let p = slash + 1;
  const year = text.charCodeAt(p + 4) === 47 ? yearAt(text, p) : -1;
  if (year >= 0) p += 5;

  // N/YYYY/QHxx, a law (a code-less QH without a year is left to the general parser).
  if (text.charCodeAt(p) === 81 && text.charCodeAt(p + 1) === 72 && isDigit(text.charCodeAt(p + 2))) {
    let end = p + 3;
    if (isDigit(text.charCodeAt(end))) end++;
    if (isCleanEnd(text, end)) {
      if (year < 0) return undefined;
      const raw = text.slice(start, end);
      const issuer = text.slice(p, end);
      return parsedSymbol(
        start,
        end,
        'law',
        raw,
        raw,
        raw,
        text.slice(start, slash),
        year,
        null,
        null,
        issuer,
      );
    }
  }

  // The first junction is a hyphen, or a space after a type code ("23/2012/TT BCA-V28"),
  // which the general parser reads as a hyphen when a known issuer or a unit follows.
  let firstEnd = capitalsEnd(text, p);
  const firstLength = firstEnd - p;
  const junction = text.charCodeAt(firstEnd);
  if (!(firstLength >= 2 && firstLength <= 12 && (junction === 45 || junction === 32))) {
    firstEnd = mixedTypeEnd(text, p, 45, false);
    if (firstEnd < 0) firstEnd = mixedTypeEnd(text, p, 32, false);
    if (firstEnd < 0) return undefined;
  }
  const spaced = text.charCodeAt(firstEnd) === 32;

  const q = firstEnd + 1;
  let secondEnd: number;
  if (text.charCodeAt(q) === 84 && text.charCodeAt(q + 1) === 84 && text.charCodeAt(q + 2) === 103) {
    secondEnd = q + 3; // TTg
  } else {
    const letters = capitalsEnd(text, q);
    if (letters - q < 2 || letters - q > 12) return undefined;
    secondEnd = letters;
    while (isDigit(text.charCodeAt(secondEnd))) secondEnd++;
    if (secondEnd - letters > 3) return undefined;
  }

  let end = secondEnd;
  if (text.charCodeAt(end) === 45) {
    end = unitEnd(text, secondEnd, 12);
    if (end < 0) return undefined;
  }
  if (!isCleanEnd(text, end)) return undefined;

  const second = segmentInfoAt(text, q, secondEnd);
  const unit = end === secondEnd ? null : segmentInfoAt(text, secondEnd + 1, end);
  if (second.notIssuer || mayContinue(text, end, unit ?? second)) return undefined;
  const first = segmentInfoAt(text, p, firstEnd);
  const typeCode = first.typeCode;
  if (spaced && !(typeCode && (second.knownIssuer || unit !== null))) return undefined;
  // Code-less: a dispatch, when its issuer is one the engine knows (an unknown one may be a
  // type code with its hyphen lost, which the general parser weighs). No type code is longer
  // than four letters, so a longer first segment ends here unless it is a known issuer.
  if (!typeCode && (year >= 0 || !first.knownIssuer)) return undefined;

  const raw = text.slice(start, end);
  const number = text.slice(start, slash);
  const asWritten = !spaced && first.asWritten && second.asWritten && (unit === null || unit.asWritten);
  const symbol = asWritten ? raw : `${headOf(number, year)}/${first.canonical}-${tailOf(second, unit)}`;
  return parsedSymbol(
    start,
    end,
    typeCode ? (year < 0 ? 'administrative' : 'normative') : 'dispatch',
    raw,
    symbol,
    keyOf(symbol, number, year, first, second, unit, false),
    number,
    year < 0 ? null : year,
    typeCode,
    first.typeName,
    typeCode ? (first.joint ? tailOf(second, unit) : second.canonical) : first.canonical,
  );
}

function party(text: string, start: number, hyphen: number): ParsedSymbol | undefined {
  const p = hyphen + 1;
  let typeEnd = capitalsEnd(text, p);
  const typeLength = typeEnd - p;
  if (!(typeLength >= 2 && typeLength <= 4 && text.charCodeAt(typeEnd) === 47)) {
    typeEnd = mixedTypeEnd(text, p, 47, true);
    if (typeEnd < 0) return undefined;
  }
  const b = typeEnd + 1;
  const bodyEnd = capitalsEnd(text, b);
  if (bodyEnd - b < 2 || bodyEnd - b > 8) return undefined;
  let end = bodyEnd;
  if (text.charCodeAt(end) === 45) {
    end = unitEnd(text, bodyEnd, 8);
    if (end < 0) return undefined;
  }
  if (!isCleanEnd(text, end)) return undefined;

  const type = segmentInfoAt(text, p, typeEnd);
  const body = segmentInfoAt(text, b, bodyEnd);
  const typeCode = type.typeCode;
  if (!typeCode || !body.knownIssuer) return undefined;
  const unit = end === bodyEnd ? null : segmentInfoAt(text, bodyEnd + 1, end);
  if (mayContinue(text, end, unit ?? body)) return undefined;

  const raw = text.slice(start, end);
  const number = text.slice(start, hyphen);
  const asWritten = type.asWritten && body.asWritten && (unit === null || unit.asWritten);
  const symbol = asWritten ? raw : `${number}-${typeCode}/${tailOf(body, unit)}`;
  const key = keyOf(symbol, number, -1, type, body, unit, true);
  return parsedSymbol(
    start,
    end,
    'party',
    raw,
    symbol,
    key,
    number,
    null,
    typeCode,
    type.typeName,
    body.canonical,
  );
}

/** The number, and the year after it when there is one (-1: none). */
function headOf(number: string, year: number): string {
  return year < 0 ? number : `${number}/${year}`;
}

/** The issuer and drafting unit, as written in a canonical symbol. */
function tailOf(issuer: SegmentInfo, unit: SegmentInfo | null): string {
  return unit === null ? issuer.canonical : `${issuer.canonical}-${unit.canonical}`;
}

/**
 * `symbolKey(symbol)` from the keys of its parts: the symbol itself when no part changes
 * when folded, as in "3944/UBND-NC" (the number and year are digits, which folding keeps).
 */
function keyOf(
  symbol: string,
  number: string,
  year: number,
  first: SegmentInfo,
  second: SegmentInfo,
  unit: SegmentInfo | null,
  party: boolean,
): string {
  if (first.keyAsCanonical && second.keyAsCanonical && (unit === null || unit.keyAsCanonical)) return symbol;
  const tail = unit === null ? second.key : `${second.key}-${unit.key}`;
  return party ? `${number}-${first.key}/${tail}` : `${headOf(number, year)}/${first.key}-${tail}`;
}

/** A space and a capital after an unknown last segment may be the rest of a split issuer. */
function mayContinue(text: string, end: number, last: SegmentInfo): boolean {
  const c = text.charCodeAt(end);
  return (c === 32 || c === 0xa0) && isUpperLetter(text.charCodeAt(end + 1)) && !last.knownIssuer;
}
