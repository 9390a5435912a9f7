/**
 * Finding every document reference in a text: one sweep over the text's slashes and hyphens
 * finds where a number is followed by something symbol-like, and only those places are parsed.
 * The issued date and the type name are read by the `ContextReader` the caller hands in:
 * `findReferences` reads both (find-references.ts); the content script leaves them to the
 * background, so that their readers are not in its bundle (extension/content/references-around.ts).
 * @module
 */
import type { DocumentReference } from '../schemas/reference';
import {
  isDigit,
  isHyphen,
  isInlineSpace,
  isLineBreak,
  isLowerLetter,
  isSymbolLetter,
  isUpperLetter,
} from './chars';
import { FORM } from './context';
import { parseSymbolAt } from './parse-symbol';
import type { ParsedSymbol } from './parsed-symbol';

/** The most letters of a code read back from its slash ("QĐ/", "TTLT/"). */
const MAX_CODE_BEFORE_SLASH = 4;

/**
 * What the scan reads from the text around a symbol: the reference's type name (FORM for a
 * form's or an annex's number, which is no reference) and its issued date, written into the
 * reference it is handed (whose fields are null until then).
 */
export interface ContextReader {
  read(text: string, parsed: ParsedSymbol, reference: DocumentReference): void;
}

/**
 * Every reference in `text`, in text order, read by `reader`; offsets index the string as given.
 *
 * Most symbols hold a digit followed by a slash or hyphen and a letter ("3944/U", "2020/N",
 * "2012-q", "213-T"); those places, and the slashes of the shapes `referencesAtSlashes` reads,
 * are the only ones parsed. They are found with `indexOf` of "/" and "-", which V8 runs several
 * times faster than any expression over the text: both together cost half of the bare
 * `\d+\/[A-ZĐ]` scan the engine is measured against, where an expression for the same places
 * cost all of it. A symbol with no slash whose number a Unicode dash follows ("213–TTg") is not
 * found: `indexOf` of an en dash costs more than the bare scan (BENCHMARKS.md).
 */
export function scanReferences(text: string, reader: ContextReader): DocumentReference[] {
  const found: DocumentReference[] = [];
  const slashes: number[] = [];
  let from = 0;
  let slash = text.indexOf('/', 1);
  let hyphen = text.indexOf('-', 1);
  while (slash >= 0 || hyphen >= 0) {
    let at: number;
    if (slash >= 0 && (hyphen < 0 || slash < hyphen)) {
      at = slash;
      slash = text.indexOf('/', at + 1);
      slashes.push(at);
    } else {
      at = hyphen;
      hyphen = text.indexOf('-', at + 1);
    }
    const digit = at - 1;
    if (digit < from || !isDigit(text.charCodeAt(digit)) || !isSymbolLetter(text.charCodeAt(at + 1)))
      continue;
    const reference = referenceFromDigit(text, digit, reader);
    if (!reference) continue;
    found.push(reference);
    from = reference.end;
  }
  const more = referencesAtSlashes(text, slashes, found, reader);
  return more.length === 0 ? found : [...found, ...more].sort((a, b) => a.start - b.start);
}

/** The reference whose number ends at `digit`, a separator and a letter after it, or null. */
function referenceFromDigit(text: string, digit: number, reader: ContextReader): DocumentReference | null {
  const start = numberStartFor(text, digit);
  let parsed = parseSymbolAt(text, start);
  // "43/ 2014/NĐ-CP": read from 43, or else from the year as before (not so "137/2020/").
  if (!parsed && start < digit - 3 && !isDigit(text.charCodeAt(digit - 5))) {
    parsed = parseSymbolAt(text, digit - 3);
  }
  return parsed && parsed.end > digit ? accept(text, parsed, reader) : null;
}

/**
 * The symbols with no digit, separator and letter in a row, found from their slash: a Party type
 * code written after a space or a spaced dash ("84 QĐ/TWĐTN", "367 - QĐ/…", "35- KL/TW"), a
 * lettered number ("112b/QĐ-UBND") and a space or line break beside the slash ("125 /KH-UBND",
 * "2047/ SNV-TCBC", "148/2020/\nNĐ-CP"), where no reference was found before.
 */
function referencesAtSlashes(
  text: string,
  slashes: number[],
  found: DocumentReference[],
  reader: ContextReader,
): DocumentReference[] {
  const more: DocumentReference[] = [];
  let next = 0;
  let from = 0;
  for (const slash of slashes) {
    if (slash < from) continue;
    const before = text.charCodeAt(slash - 1);
    const after = text.charCodeAt(slash + 1);
    // A lettered number before its year too: "30a/2008/NQ-CP" (audit 208).
    const code =
      isSymbolLetter(before) &&
      (isUpperLetter(after) ||
        (isLowerLetter(before) && isDigit(text.charCodeAt(slash - 2)) && isDigit(after)));
    if (!code && !isInlineSpace(before) && !isInlineSpace(after) && !isLineBreak(after)) continue;
    while (next < found.length && (found[next] as DocumentReference).end <= slash) next++;
    const following = found[next];
    if (following && following.start <= slash) continue;
    const start = code ? numberBeforeCode(text, slash) : numberBeforeSpacedSlash(text, slash);
    if (start < 0) continue;
    const parsed = parseSymbolAt(text, start);
    if (!parsed || parsed.end <= slash || (following && parsed.end > following.start)) continue;
    if (next > 0 && parsed.start < (found[next - 1] as DocumentReference).end) continue;
    const reference = accept(text, parsed, reader);
    if (reference) {
      more.push(reference);
      from = reference.end;
    }
  }
  return more;
}

/** The number before "QĐ/" in "84 QĐ/", "367 - QĐ/", "35- KL/" or "112b/", or -1. */
function numberBeforeCode(text: string, slash: number): number {
  let i = slash;
  while (i > 0 && slash - i < MAX_CODE_BEFORE_SLASH && isSymbolLetter(text.charCodeAt(i - 1))) i--;
  const letters = slash - i;
  let gap = 0;
  while (i > 0 && gap < 5 && (isInlineSpace(text.charCodeAt(i - 1)) || isHyphen(text.charCodeAt(i - 1)))) {
    i--;
    gap++;
  }
  if (!isDigit(text.charCodeAt(i - 1))) return -1;
  // Glued to the digits, only an office's single lower-case letter ("112b/"), or a Party type
  // code that lost its hyphen ("20NQ/TW"), which parse-symbol checks.
  if (
    gap === 0 &&
    !(letters === 1 && isLowerLetter(text.charCodeAt(slash - 1))) &&
    !(letters > 1 && isUpperLetter(text.charCodeAt(i)))
  )
    return -1;
  while (i > 0 && isDigit(text.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * The number before a slash with a space or line break beside it, or -1: "125" in
 * "125 /KH-UBND", "2047" in "2047/ SNV-TCBC", "12" in "12/2023/ TT-BYT".
 */
function numberBeforeSpacedSlash(text: string, slash: number): number {
  let i = slash;
  while (i > 0 && slash - i < 2 && isInlineSpace(text.charCodeAt(i - 1))) i--;
  const end = i;
  while (i > 0 && isDigit(text.charCodeAt(i - 1))) i--;
  if (i === end) return -1;
  return end - i === 4 ? numberBeforeYear(text, i, i) : i;
}

/**
 * The number before the year segment at `year` ("137/2020/", "15-2012-", "43/ 2014/",
 * "148/\n2020/"), or `otherwise`. Spaces and a line break only beside a slash.
 */
function numberBeforeYear(text: string, year: number, otherwise: number): number {
  let i = year;
  let c = text.charCodeAt(i - 1);
  while (year - i < 3 && (isInlineSpace(c) || isLineBreak(c))) c = text.charCodeAt(--i - 1);
  if (c !== 47 && (i < year || !isHyphen(c))) return otherwise;
  i--;
  if (c === 47) while (year - i < 6 && isInlineSpace(text.charCodeAt(i - 1))) i--;
  if (!isDigit(text.charCodeAt(i - 1))) return otherwise;
  while (i > 0 && isDigit(text.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * The reference for a parsed symbol, unless the words before it make it a form number or
 * digits after a hyphen continue it (a receipt or file number: "Biên nhận số 2024/BN-0157").
 */
function accept(text: string, parsed: ParsedSymbol, reader: ContextReader): DocumentReference | null {
  if (isHyphen(text.charCodeAt(parsed.end)) && isDigit(text.charCodeAt(parsed.end + 1))) return null;
  const reference = toReference(text, parsed, reader);
  return reference.typeName === FORM ? null : reference;
}

/**
 * The first digit of the number whose last digit the anchor found, or -1: back over the
 * digit run, and over a year segment to the number before it ("137/2020/", "15-2012-").
 */
function numberStartFor(text: string, at: number): number {
  let i = at;
  while (i > 0 && isDigit(text.charCodeAt(i - 1))) i--;
  return at - i === 3 && i >= 2 ? numberBeforeYear(text, i, i) : i;
}

function toReference(text: string, parsed: ParsedSymbol, reader: ContextReader): DocumentReference {
  const reference: DocumentReference = {
    raw: parsed.raw,
    start: parsed.start,
    end: parsed.end,
    symbol: parsed.symbol,
    key: parsed.key,
    number: parsed.number,
    year: parsed.year,
    typeCode: parsed.typeCode,
    typeName: null,
    issuer: parsed.issuer,
    issuedDate: null,
  };
  reader.read(text, parsed, reference);
  return reference;
}
