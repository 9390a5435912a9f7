/**
 * The shapes nearly every reference takes, in canonical writing and followed by a clean
 * end — `N/TYPE-ISSUER[-UNIT]`, `N/YYYY/TYPE-ISSUER[-UNIT]`, `N/ISSUER-UNIT`, `N/YYYY/QHxx`
 * and the Party's `N-TYPE/BODY[-UNIT]` — read in one pass over char codes instead of segment
 * by segment. Anything it is not sure of (lower case, spaces or dots inside, glued words,
 * unknown code-less issuers, more segments) is left to the general parser, which gives the
 * same answer more slowly.
 *
 * This runs once per reference found, so it allocates little more than the result holds:
 * each segment is looked up in place, without cutting it out of the text, by the key its
 * characters make as they are read (`segmentInfoKeyed`), and a symbol written canonically,
 * as most are, is the raw text itself (and its own key) rather than a string built again.
 * @module
 */
import { isDigit, isHyphen, isSegmentChar, isSymbolLetter, isUpperLetter, isWordLetter } from './chars';
import {
  CAPITAL_D_KEY_DIGIT,
  keyDigit,
  MAX_KEYED_LENGTH,
  type SegmentInfo,
  segmentInfoKeyed,
  typeCodeBefore,
} from './codes';
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

/** The common shape at `start`, or undefined to let the general parser decide. */
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

/**
 * The key (`segmentInfoKeyed`) of the run the last of `capitalsEnd`, `digitsEnd` and
 * `unitEnd` read: a variable rather than a result object per segment.
 */
let runKey = 0;

/** The end of the run of capitals from `p`; their key in `runKey`. */
function capitalsEnd(text: string, p: number): number {
  let i = p;
  let key = 0;
  for (let c = text.charCodeAt(i); isCapital(c); c = text.charCodeAt(++i)) {
    // keyDigit of a capital. Past five characters the key wraps around int32: such a run
    // gets none (below).
    key = (key * 40 + (c === 0x110 ? CAPITAL_D_KEY_DIGIT : c - 64)) | 0;
  }
  runKey = i - p <= MAX_KEYED_LENGTH ? key : 0;
  return i;
}

/**
 * The end of the digits from `p` that continue a run from `from` ("V28") whose key so far is
 * `key`; the run's key in `runKey`.
 */
function digitsEnd(text: string, from: number, p: number, key: number): number {
  let i = p;
  let k = key;
  for (let c = text.charCodeAt(i); isDigit(c); c = text.charCodeAt(++i)) {
    k = (k * 40 + keyDigit(c)) | 0;
  }
  runKey = key !== 0 && i - from <= MAX_KEYED_LENGTH ? k : 0;
  return i;
}

/**
 * CLEAN_END at `p`: no further symbol character, separator or glued word; a dot only as
 * punctuation. Told by the tests of chars.ts, which the content script holds anyway, rather
 * than by ranges of its own (its size budget, DESIGN.md §6).
 */
function isCleanEnd(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  if (c === 46) {
    // A dot before [A-Za-z0-9ĐđÐ]: a digit, or a symbol letter but Ư.
    const d = text.charCodeAt(p + 1);
    return !(isDigit(d) || (isSymbolLetter(d) && d !== 0x1af));
  }
  // A segment's characters, a slash, a hyphen, or from U+00C0 on: U+00C0–U+024F and the rest
  // `isWordLetter` holds (combining marks, U+1E00–U+1EFF). `c >= 0xc0` first: past the text's
  // end c is NaN, which `isWordLetter` takes for a letter.
  return !(isSegmentChar(c) || c === 47 || isHyphen(c) || (c >= 0xc0 && (c <= 0x24f || isWordLetter(c))));
}

/**
 * The end of a drafting unit `-[A-ZĐ0-9][A-ZĐ0-9&]{0,max-1}` whose hyphen is at `hyphen`,
 * or -1.
 */
function unitEnd(text: string, hyphen: number, max: number): number {
  // A unit is made of [A-ZĐ0-9&], the characters with a key digit; "&" does not open it.
  const first = text.charCodeAt(hyphen + 1);
  let key = keyDigit(first);
  if (key === 0 || first === 38) return -1;
  let i = hyphen + 2;
  for (let digit = keyDigit(text.charCodeAt(i)); digit !== 0; digit = keyDigit(text.charCodeAt(++i))) {
    key = (key * 40 + digit) | 0;
  }
  const length = i - hyphen - 1;
  runKey = length <= MAX_KEYED_LENGTH ? key : 0;
  return length <= max ? i : -1;
}

/**
 * The end of a symbol whose issuer ends at `issuerEnd`: after its drafting unit of `maxUnit`
 * characters at most, if one follows, and at a clean end; or -1.
 */
function symbolEnd(text: string, issuerEnd: number, maxUnit: number): number {
  const end = text.charCodeAt(issuerEnd) === 45 ? unitEnd(text, issuerEnd, maxUnit) : issuerEnd;
  return end >= 0 && isCleanEnd(text, end) ? end : -1;
}

/**
 * The end of a mixed-case type code written at `p` and followed by `next` (TTr, CTr, QyĐ,
 * TrS, TTh after a slash; only CTr and QyĐ in Party symbols), or -1.
 */
function mixedTypeEnd(text: string, p: number, next: number, partyOnly: boolean): number {
  if (text.charCodeAt(p + 3) !== next) return -1;
  // Compared as strings rather than char codes, as the content script is smaller so (its size
  // budget, DESIGN.md §6): the codes are spelt in it already. Only where no run of capitals opens
  // the symbol.
  const at = (code: string) => text.startsWith(code, p);
  if (at('CTr') || at('QyĐ')) return p + 3;
  return !partyOnly && (at('TTr') || at('TrS') || at('TTh')) ? p + 3 : -1;
}

/** A year "19xx" or "20xx" at `p`, as a number, or -1. */
export function yearAt(text: string, p: number): number {
  const century = text.startsWith('19', p) ? 1900 : text.startsWith('20', p) ? 2000 : -1;
  const c = text.charCodeAt(p + 2);
  const d = text.charCodeAt(p + 3);
  return century > 0 && isDigit(c) && isDigit(d) ? century + (c - 48) * 10 + d - 48 : -1;
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
      return parsedSymbol(start, end, 'law', raw, raw, raw, text.slice(start, slash), year, null, issuer);
    }
  }

  // The first junction is a hyphen, or a space after a type code ("23/2012/TT BCA-V28"),
  // which the general parser reads as a hyphen when a known issuer or a unit follows.
  let firstEnd = capitalsEnd(text, p);
  let firstKey = runKey;
  const firstLength = firstEnd - p;
  const junction = text.charCodeAt(firstEnd);
  if (!(firstLength >= 2 && firstLength <= 12 && (junction === 45 || junction === 32))) {
    firstEnd = mixedTypeEnd(text, p, 45, false);
    if (firstEnd < 0) firstEnd = mixedTypeEnd(text, p, 32, false);
    if (firstEnd < 0) return undefined;
    firstKey = 0;
  }
  const spaced = text.charCodeAt(firstEnd) === 32;

  const q = firstEnd + 1;
  let secondEnd: number;
  let secondKey = 0;
  if (text.startsWith('TTg', q)) {
    secondEnd = q + 3;
  } else {
    const letters = capitalsEnd(text, q);
    if (letters - q < 2 || letters - q > 12) return undefined;
    secondEnd = digitsEnd(text, q, letters, runKey);
    secondKey = runKey;
    if (secondEnd - letters > 3) return undefined;
  }

  const end = symbolEnd(text, secondEnd, 12);
  if (end < 0) return undefined;

  const second = segmentInfoKeyed(text, q, secondEnd, secondKey);
  const unit = end === secondEnd ? null : segmentInfoKeyed(text, secondEnd + 1, end, runKey);
  if (second.notIssuer || mayContinue(text, end, unit ?? second)) return undefined;
  const first = segmentInfoKeyed(text, p, firstEnd, firstKey);
  const typeCode = year < 0 ? typeCodeBefore(first.typeCode, second.canonical) : first.typeCode;
  if (spaced && !(typeCode && (second.knownIssuer || unit !== null))) return undefined;
  // Party shape only ("08-QĐI/TW"): never before or after a slash here ("12/UBND-QĐI").
  if (typeCode === 'QĐi' || second.canonical === 'QĐi' || unit?.canonical === 'QĐi') return undefined;
  // Code-less: a dispatch, when its issuer is one the engine knows (an unknown one may be a
  // type code with its hyphen lost, which the general parser weighs). No type code is longer
  // than four letters, so a longer first segment ends here unless it is a known issuer.
  if (!typeCode && (year >= 0 || !first.knownIssuer)) return undefined;

  const raw = text.slice(start, end);
  const number = text.slice(start, slash);
  const asWritten = !spaced && first.asWritten && second.asWritten && (unit === null || unit.asWritten);
  const symbol = asWritten ? raw : `${text.slice(start, p)}${first.canonical}-${tailOf(second, unit)}`;
  const key = keepsKey(first, second, unit)
    ? symbol
    : `${text.slice(start, p)}${first.key}-${keyTailOf(second, unit)}`;
  return parsedSymbol(
    start,
    end,
    typeCode ? (year < 0 ? 'administrative' : 'normative') : 'dispatch',
    raw,
    symbol,
    key,
    number,
    year < 0 ? null : year,
    typeCode,
    typeCode ? (first.joint ? tailOf(second, unit) : second.canonical) : first.canonical,
  );
}

function party(text: string, start: number, hyphen: number): ParsedSymbol | undefined {
  const p = hyphen + 1;
  let typeEnd = capitalsEnd(text, p);
  let typeKey = runKey;
  const typeLength = typeEnd - p;
  if (!(typeLength >= 2 && typeLength <= 4 && text.charCodeAt(typeEnd) === 47)) {
    typeEnd = mixedTypeEnd(text, p, 47, true);
    if (typeEnd < 0) return undefined;
    typeKey = 0;
  }
  const b = typeEnd + 1;
  const bodyEnd = capitalsEnd(text, b);
  const bodyKey = runKey;
  if (bodyEnd - b < 2 || bodyEnd - b > 8) return undefined;
  const end = symbolEnd(text, bodyEnd, 8);
  if (end < 0) return undefined;

  const type = segmentInfoKeyed(text, p, typeEnd, typeKey);
  const body = segmentInfoKeyed(text, b, bodyEnd, bodyKey);
  const typeCode = type.typeCode;
  if (!typeCode || !body.knownIssuer) return undefined;
  const unit = end === bodyEnd ? null : segmentInfoKeyed(text, bodyEnd + 1, end, runKey);
  if (mayContinue(text, end, unit ?? body)) return undefined;

  const raw = text.slice(start, end);
  const number = text.slice(start, hyphen);
  const asWritten = type.asWritten && body.asWritten && (unit === null || unit.asWritten);
  const symbol = asWritten ? raw : `${text.slice(start, p)}${typeCode}/${tailOf(body, unit)}`;
  const key = keepsKey(type, body, unit)
    ? symbol
    : `${text.slice(start, p)}${type.key}/${keyTailOf(body, unit)}`;
  return parsedSymbol(start, end, 'party', raw, symbol, key, number, null, typeCode, body.canonical);
}

/** The issuer and drafting unit, as written in a canonical symbol. */
function tailOf(issuer: SegmentInfo, unit: SegmentInfo | null): string {
  return unit === null ? issuer.canonical : `${issuer.canonical}-${unit.canonical}`;
}

/*
 * A symbol and its key (`symbolKey(symbol)`) are put together from the parts the fast path
 * read: the text before the first segment as written ("3944/", "23/2012/", "57-": digits and
 * separators, which neither spelling nor folding changes), then the segments' canonical
 * spellings or keys.
 */

/** Whether no segment changes when folded, as in "3944/UBND-NC": the symbol is its own key. */
function keepsKey(first: SegmentInfo, second: SegmentInfo, unit: SegmentInfo | null): boolean {
  return first.keyAsCanonical && second.keyAsCanonical && (unit === null || unit.keyAsCanonical);
}

/** The keys of the issuer and drafting unit, as `tailOf` writes their spellings. */
function keyTailOf(issuer: SegmentInfo, unit: SegmentInfo | null): string {
  return unit === null ? issuer.key : `${issuer.key}-${unit.key}`;
}

/** A space and a capital after an unknown last segment may be the rest of a split issuer. */
function mayContinue(text: string, end: number, last: SegmentInfo): boolean {
  const c = text.charCodeAt(end);
  return (c === 32 || c === 0xa0) && isUpperLetter(text.charCodeAt(end + 1)) && !last.knownIssuer;
}
