/**
 * Taking a document number and symbol apart, starting at the first digit of the number.
 * The shapes are those of SYMBOLS.md §2; the variations of §6 (spaces and dashes inside,
 * lost hyphens, slashes or dots for hyphens, slugs, lower case, glued words, line breaks)
 * are read here so that every later step sees clean segments.
 * @module
 */
import {
  hasLowerFrom,
  isDigit,
  isHyphen,
  isInlineSpace,
  isLineBreak,
  isLowerLetter,
  isSegmentChar,
  isSymbolLetter,
  isUpperLetter,
} from './chars';
import {
  ASSEMBLY_CODE,
  canonicalSegment,
  isKnownCode,
  isKnownIssuer,
  isPrimeMinistersBody,
  JOINT_TYPES,
  NOT_ISSUERS,
  OLD_FORM_ISSUERS,
  TYPE_CODES,
  typeCodeBefore,
  typeCodeOf,
} from './codes';
import { parseCommonShape, yearAt } from './common-shape';
import { isFormWord, typeWordAndSoBefore, typeWordBefore } from './context';
import { foldText, symbolKey } from './fold';
import { type ParsedSymbol, parsedSymbol, type SymbolShape } from './parsed-symbol';
import { type Segment, segmentAt, segmentOf } from './segment';

const MAX_NUMBER_DIGITS = 6;
/** What glues a number into a URL, a path or another number. */
const URL_PUNCTUATION = '/\\._=&?#%+@';

/**
 * A parse result of the general parser. `key` is `symbolKey(symbol)`, put together from the
 * keys of the parts: a key looked up for a whole symbol just built would hash it anew.
 */
function parsed(
  text: string,
  start: number,
  end: number,
  shape: SymbolShape,
  symbol: string,
  key: string,
  number: string,
  year: number | null,
  typeCode: string | null,
  issuer: string | null,
): ParsedSymbol {
  const raw = text.slice(start, end);
  return parsedSymbol(start, end, shape, raw, symbol, key, number, year, typeCode, issuer);
}

/** Codes from `from` on, joined by hyphens, as they are or as keys (cheaper than slice and join). */
function hyphenated(codes: readonly string[], from: number, asKeys: boolean): string {
  const first = codes[from] as string;
  let out = asKeys ? symbolKey(first) : first;
  for (let i = from + 1; i < codes.length; i++) {
    const code = codes[i] as string;
    out += `-${asKeys ? symbolKey(code) : code}`;
  }
  return out;
}

/** The key of a number: itself unless an office's letter ends it ("112b"). */
function numberKey(number: string): string {
  return isDigit(number.charCodeAt(number.length - 1)) ? number : symbolKey(number);
}

/** Parses the reference whose number starts at `start`, or returns null for a look-alike. */
export function parseSymbolAt(text: string, start: number): ParsedSymbol | null {
  // A prefix glued to the number ("CV1880/UBND-KT", "TB12/TB-UBND") when it is the symbol's
  // own type code, or CV/VB for a code-less one, and stands clear of other letters itself.
  let i = start;
  while (i > start - 3 && ((text.charCodeAt(i - 1) | 32) - 97) >>> 0 < 26) i--;
  if (!startsCleanly(text, i)) return null;
  const parsed = parseCommonShape(text, start) ?? parseAnyShape(text, start);
  // A Lệnh is the President's ("18/2013/L-CTN"): another body's "L" is a lot's or a size's
  // ("12/2023/L-VNM", "2/L-XL"; review 40).
  const found = parsed?.typeCode === 'L' && parsed.issuer !== 'CTN' ? null : parsed;
  if (i === start || !found) return found;
  const prefix = text.slice(i, start).toUpperCase();
  return (found.typeCode ? symbolKey(found.typeCode) === prefix : /^(CV|VB)$/.test(prefix)) ? found : null;
}

/** The general parser: every shape and variation, segment by segment. */
export function parseAnyShape(text: string, start: number): ParsedSymbol | null {
  let p = start;
  while (p < text.length && isDigit(text.charCodeAt(p))) p++;
  if (p - start > MAX_NUMBER_DIGITS) return null;
  // Some offices add a letter to the number: 112b/QĐ-UBND.
  if (isLowerLetter(text.charCodeAt(p)) && isNumberEnd(text, p + 1)) p++;
  const number = text.slice(start, p);
  const c = text.charCodeAt(p);

  if (c === 47 /* / */) return parseAfterSlash(text, start, number, p + 1, false);
  const hyphen = spacedHyphenAt(text, p);
  if (hyphen > 0) return parseAfterHyphen(text, start, number, hyphen);
  // A Party type code glued to the number, its hyphen lost ("20NQ/TW", "22HD/TWĐTN"; audits 25
  // and 38): only before a slash and a known issuer.
  if (isUpperLetter(c)) {
    const type = segmentAt(text, p);
    if (!type || type.glued || text.charCodeAt(type.end) !== 47 || !PARTY_GLUED_TYPES.has(type.value))
      return null;
    const party = partyAfterType(text, start, number, type);
    return party && isKnownIssuer(party.issuer as string) ? party : null;
  }
  if (!isInlineSpace(c)) return null;
  // A template's header filled in with a space before the slash: "Số: 125 /KH-UBND".
  const slash = afterInlineSpaces(text, p);
  if (text.charCodeAt(slash) === 47) return parseAfterSlash(text, start, number, slash + 1, true);
  return parsePartyWithSpace(text, start, number, p + 1);
}

const PARTY_GLUED_TYPES = new Set(['NQ', 'CT', 'KL', 'QĐ', 'HD', 'KH', 'TB', 'BC', 'QC', 'CTr']);

/** A number glued to a word, a path or another number is not a reference number. */
function startsCleanly(text: string, start: number): boolean {
  if (start === 0) return true;
  const before = text.charCodeAt(start - 1);
  if (isDigit(before) || (before < 128 && isSymbolLetter(before))) return false;
  // URL paths, query strings, decimals: /2020/…, ?id=…, 1.020, 6,5; not an English "No." glued
  // to its number ("Decision No.18/QD-UBND", audit 86).
  if (URL_PUNCTUATION.includes(text[start - 1] as string) && !(before === 46 && isNoBefore(text, start - 1)))
    return false;
  const twoBefore = text.charCodeAt(start - 2);
  // A standard's year: "QCVN 06:2022/BXD", "QCVN 01-1:2018/BYT", "QCVN 01-MT:2015/BTNMT" (audit 71).
  if (before === 58 /* : */ && (isDigit(twoBefore) || isUpperLetter(twoBefore)) && isYearAt(text, start))
    return false;
  if (before === 44 /* , */ && isDigit(twoBefore)) return false;
  if (isHyphen(before) && (isDigit(twoBefore) || (isSymbolLetter(twoBefore) && !afterTypeSlug(text, start))))
    return false;
  return !insideUrl(text, start);
}

/**
 * A type name's slug before a slug symbol with a year: "Thong-tu-26-2017-TT-BGDDT",
 * "nghi-dinh-24-2014-nd-cp" (SYMBOLS.md §6), read as the type words it spells ("Thong tu").
 * The type code is checked by `parseAfterHyphen`.
 */
function afterTypeSlug(text: string, start: number): boolean {
  let p = start;
  while (isDigit(text.charCodeAt(p))) p++;
  if (text.charCodeAt(p) !== 45 || !isYearAt(text, p + 1) || text.charCodeAt(p + 5) !== 45) return false;
  const words = text.slice(Math.max(0, start - 24), start - 1).replace(/[-/]/g, ' ');
  const type = typeWordBefore(`${words} `, words.length + 1);
  return type !== null && !isFormWord(type);
}

/** A document's English name and "No" before the dot ("Decision No.18/QD-UBND"; not "Lot No.25": review 36). */
const DOCUMENT_NO =
  /(?:decision|decree|circular|resolution|directive|dispatch|letter|plan|law|notice|document|report|regulation|instruction)\s+no$/i;

function isNoBefore(text: string, dot: number): boolean {
  return DOCUMENT_NO.test(text.slice(Math.max(0, dot - 16), dot));
}

function insideUrl(text: string, start: number): boolean {
  const before = text.charCodeAt(start - 1);
  if (before <= 32 || before === 0xa0) return false;
  let i = start - 1;
  const limit = Math.max(0, start - 300);
  while (i >= limit) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c === 0xa0) break;
    i--;
  }
  const token = text.slice(i + 1, start);
  return token.includes('://') || token.startsWith('www.');
}

function isNumberEnd(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  return c === 47 || isHyphen(c);
}

/**
 * After the slash: `YYYY/TYPE-ISSUER…`, `TYPE-ISSUER…`, `ISSUER-UNIT…`, `QH13`, `TTg`. Spaces
 * or a line break beside a slash (`2047/ SNV-TCBC`, `43/ 2014/NĐ-CP`, `148/2020/\nNĐ-CP`) make
 * the symbol `spaced`, which `classifySlashed` reads more strictly.
 */
function parseAfterSlash(
  text: string,
  start: number,
  number: string,
  p: number,
  spaced: boolean,
): ParsedSymbol | null {
  let year: number | null = null;
  let q = skipGap(text, p);
  // The year's slash written as a hyphen ("Nghị định số 02/1998-NĐ-CP", audit 195).
  let dashed = false;
  if (isYearAt(text, q)) {
    const slash = afterInlineSpaces(text, q + 4);
    dashed = slash === q + 4 && isHyphen(text.charCodeAt(slash));
    if (dashed || text.charCodeAt(slash) === 47) {
      year = yearAt(text, q);
      spaced ||= slash > q + 4;
      q = skipGap(text, slash + 1);
      spaced ||= q > slash + 1;
    }
  }
  if (year === null) spaced ||= q > p;
  // Dashed, only hyphens go on, after a type word and "số": "Từ 6/2021-CT UBND xã" (a career
  // line), "năm học 2023/2024-KH-THPT" (review 93), "Báo cáo quyết toán Quý 4/2023-TC-KH",
  // "tháng 6/2024-KH-UBND", "Lớp 12/2023-TC-KT" (review 94) are none.
  const segments = readSegments(text, q, dashed);
  if (!segments) return null;
  const parsed = classifySlashed(text, start, number, year, segments, spaced);
  return dashed && !(parsed?.typeCode && segments.list.length > 1 && typeWordAndSoBefore(text, start))
    ? null
    : parsed;
}

/** Up to two spaces from `p`, and where they end. */
function afterInlineSpaces(text: string, p: number): number {
  let i = p;
  while (i < p + 2 && isInlineSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Up to two spaces or a single line break (with spaces round it) from `p`. */
function skipGap(text: string, p: number): number {
  const i = afterInlineSpaces(text, p);
  return isLineBreak(text.charCodeAt(i)) ? skipOneLineBreak(text, i) : i;
}

/** After a hyphen: slugs `YYYY-TYPE-ISSUER`, Party `TYPE/BODY`, old `TTg`, joint `A-B/TTLT`. */
function parseAfterHyphen(text: string, start: number, number: string, p: number): ParsedSymbol | null {
  if (isYearAt(text, p) && isHyphen(text.charCodeAt(p + 4))) {
    const segments = readSegments(text, p + 5, /* hyphensOnly */ true);
    if (!segments || segments.list.length < 2) return null;
    // A lower-case slug goes on with the page's words ("…-tt-byt-huong-dan"): the first word after
    // the issuer (a vowel, no digit) that is no code ends the symbol; units are consonants ("-vp").
    const { list } = segments;
    const cut = list.findIndex(
      (s, i) => i > 1 && s.lower && !isKnownCode(s.value) && /^\D*[aeiou]\D*$/i.test(s.value),
    );
    if (cut > 0) {
      list.length = cut;
      segments.end = (list[cut - 1] as Segment).end;
    }
    const parsed = classifySlashed(text, start, number, yearAt(text, p), segments);
    return parsed?.typeCode ? parsed : null;
  }
  const first = segmentAt(text, p);
  if (!first) return null;
  if (!first.glued && text.charCodeAt(first.end) === 47) return partyAfterType(text, start, number, first);
  const chain = readSegments(text, p, /* hyphensOnly */ true);
  if (!chain) return null;
  const last = chain.list[chain.list.length - 1] as Segment;
  if (!last.glued && text.charCodeAt(last.end) === 47 && chain.list.length >= 2) {
    return jointOldForm(text, start, number, chain.list);
  }
  const issuer = canonicalSegment(first.value);
  if (chain.list.length === 1 && !first.lower && OLD_FORM_ISSUERS.has(issuer)) {
    return oldForm(text, start, first.end, number, issuer);
  }
  return null;
}

/** `84 QĐ/TWĐTN`: a space where the Party hyphen should be. */
function parsePartyWithSpace(text: string, start: number, number: string, p: number): ParsedSymbol | null {
  const type = segmentAt(text, p);
  if (!type || type.glued || text.charCodeAt(type.end) !== 47) return null;
  return partyAfterType(text, start, number, type);
}

function partyAfterType(text: string, start: number, number: string, type: Segment): ParsedSymbol | null {
  const typeCode = typeCodeOf(type.value);
  if (!typeCode) return null;
  const body = readSegments(text, type.end + 1, /* hyphensOnly */ true);
  if (!body) return null;
  const issuer = canonicalSegment((body.list[0] as Segment).value);
  const bodyLower = (body.list[0] as Segment).lower;
  // Both in lower case or neither, but for a type code typed in title case before its body's
  // capitals ("31-Ctr/TU", a Party programme; audit 87).
  // Only before a Party committee (TW, TU, HU, ĐU, QU, ĐTN …): "2-Pa/TV" is an adapter's.
  const titleCased =
    type.lower && !bodyLower && isUpperLetter(type.value.charCodeAt(0)) && /(?:TW|U|Ư|ĐTN)$/.test(issuer);
  if ((type.lower !== bodyLower && !titleCased) || !isIssuerLike(body.list[0] as Segment)) return null;
  const bodyCodes = body.list.map(canonicalValue);
  return parsed(
    text,
    start,
    body.end,
    'party',
    `${number}-${typeCode}/${hyphenated(bodyCodes, 0, false)}`,
    `${numberKey(number)}-${symbolKey(typeCode)}/${hyphenated(bodyCodes, 0, true)}`,
    number,
    null,
    typeCode,
    issuer,
  );
}

/** `01-TANDTC-VKSNDTC/TTLT` (1988): issuers first, the joint type code after the slash. */
function jointOldForm(text: string, start: number, number: string, issuers: Segment[]): ParsedSymbol | null {
  const slash = (issuers[issuers.length - 1] as Segment).end;
  const type = segmentAt(text, slash + 1);
  if (!type) return null;
  const typeCode = typeCodeOf(type.value);
  if (!typeCode || !JOINT_TYPES.has(typeCode)) return null;
  if (!issuers.every((s) => isKnownIssuer(s.value))) return null;
  const codes = issuers.map(canonicalValue);
  const joined = hyphenated(codes, 0, false);
  return parsed(
    text,
    start,
    type.end,
    'joint-old',
    `${number}-${joined}/${typeCode}`,
    `${numberKey(number)}-${hyphenated(codes, 0, true)}/${symbolKey(typeCode)}`,
    number,
    null,
    typeCode,
    joined,
  );
}

function oldForm(text: string, start: number, end: number, number: string, issuer: string): ParsedSymbol {
  const key = `${numberKey(number)}-${symbolKey(issuer)}`;
  return parsed(text, start, end, 'old', `${number}-${issuer}`, key, number, null, null, issuer);
}

interface SegmentChain {
  list: Segment[];
  end: number;
}

/**
 * Reads the hyphen-joined segments of a symbol body. Between the first two segments it also
 * accepts what real text puts there, unless `hyphensOnly`: spaced or typographic dashes
 * (`NĐ – CP`), a slash or a dot after a type code (`TT/BYT`, `QĐ.UB`) and a space after a type
 * code (`TT BCA-V28`). An issuer split by a space (`BGD ĐT`) is joined again. Slugs and Party
 * bodies pass `hyphensOnly`, as a literal `true`: a named constant for it stayed a variable in the
 * content script's bundle, which has a size budget (DESIGN.md §6).
 */
function readSegments(text: string, p: number, hyphensOnly = false): SegmentChain | null {
  const first = segmentAt(text, p);
  if (!first) return null;
  const list: Segment[] = [first];
  let last = first;
  while (!last.glued && list.length < 8) {
    const next = nextSegment(text, last, list.length === 1 && !hyphensOnly);
    if (next) {
      list.push(next);
      last = next;
      continue;
    }
    const rest = issuerRestAfter(text, last);
    if (!rest) break;
    last = {
      value: last.value + rest.value,
      start: last.start,
      end: rest.end,
      lower: last.lower,
      glued: rest.glued,
    };
    list[list.length - 1] = last;
  }
  return { list, end: last.end };
}

/** The segment after `last`; `anyJunction` after a body's first segment (`readSegments`). */
function nextSegment(text: string, last: Segment, anyJunction: boolean): Segment | null {
  const p = last.end;
  const c = text.charCodeAt(p);
  if (isHyphen(c)) {
    // A hyphen typed twice, before a known code: "2680/QĐ--SYT" (audits 59 and 61), not a
    // header's separator ("594/KH-UBND--Nghệ An, ngày …"; review 25).
    const twice = isHyphen(text.charCodeAt(p + 1));
    const tight = segmentAt(text, skipOneLineBreak(text, twice ? p + 2 : p + 1));
    const known = tight && isKnownCode(tight.value);
    if (tight && (twice ? known : tight.lower === last.lower || (known && isKnownCode(last.value))))
      return tight;
  }
  if (anyJunction) {
    const hyphenEnd = spacedHyphenAt(text, p);
    if (hyphenEnd > 0) {
      // After a type code the issuer may be on the next line ("473/TTr -⏎NN&PTNT", audit 34).
      const spaced = segmentAt(text, typeCodeOf(last.value) ? skipOneLineBreak(text, hyphenEnd) : hyphenEnd);
      if (spaced && !spaced.lower && !last.lower) return spaced;
    }
    if (typeCodeOf(last.value)) {
      if (c === 47 || c === 46) {
        const after = segmentAt(text, p + 1);
        if (after && after.lower === last.lower && after.value.length >= 2) return after;
      }
      if (isInlineSpace(c) && !last.lower) {
        const after = segmentAt(text, p + 1);
        if (after && !after.lower && (isKnownIssuer(after.value) || isHyphen(text.charCodeAt(after.end)))) {
          return after;
        }
      }
    }
  }
  return null;
}

/** The rest of an issuer split by a space after `last` ("BGD ĐT"), when no segment follows it. */
function issuerRestAfter(text: string, last: Segment): Segment | null {
  if (!isInlineSpace(text.charCodeAt(last.end)) || last.lower) return null;
  // A law's term typed apart from its QH: "83/2015/QH 13" (audit 79).
  const term = last.value === 'QH' ? termAfter(text, last.end + 1) : null;
  if (term) return term;
  const after = segmentAt(text, last.end + 1);
  return after && !after.lower && isKnownIssuer(last.value + after.value) && !isKnownIssuer(last.value)
    ? after
    : null;
}

/** The two digits of a term at `p`, ending the symbol cleanly, as a segment; or null. */
function termAfter(text: string, p: number): Segment | null {
  const end = p + 2;
  return isDigit(text.charCodeAt(p)) &&
    isDigit(text.charCodeAt(p + 1)) &&
    !isSegmentChar(text.charCodeAt(end))
    ? segmentOf(text.slice(p, end), p, 2, false, false)
    : null;
}

function knownCodes(segments: Segment[]): boolean {
  return typeCodeOf((segments[0] as Segment).value) !== null && segments.every((s) => isKnownCode(s.value));
}

function isLower(segment: Segment): boolean {
  return segment.lower;
}

/** Lower case throughout ("ubnd", not "UBNd"). */
function isAllLower(segment: Segment): boolean {
  return segment.value === segment.value.toLowerCase();
}

function canonicalValue(segment: Segment): string {
  return canonicalSegment(segment.value);
}

/** Classifies `N/[YYYY/]segments` (and slugs, rebuilt as slashes). */
function classifySlashed(
  text: string,
  start: number,
  number: string,
  year: number | null,
  chain: SegmentChain,
  spaced = false,
): ParsedSymbol | null {
  let segments = chain.list;
  // "qĐ-ubnd" reads as lower case; a lower-case segment beside proper ones only when every
  // segment is a known code, the first a type code ("QĐ-ubnd", "Qđ-UbnD").
  const lower = segments.some(isLower);
  if (lower && (spaced || !(segments.every(isLower) || knownCodes(segments)))) return null;
  let codes = segments.map(canonicalValue);
  let typeCode = typeCodeOf(codes[0] as string);

  if (!typeCode) {
    const split = splitGluedType(codes[0] as string, year !== null, codes.length > 1);
    if (split) {
      codes = [split.typeCode, split.rest, ...codes.slice(1)];
      segments = [segments[0] as Segment, ...segments];
      typeCode = split.typeCode;
    }
  }
  if (year === null) typeCode = typeCodeBefore(typeCode, codes[1] as string);
  // The Party's QĐi stands only in its own shape ("08-QĐi/TW"), never before or after a slash here.
  if (typeCode === 'QĐi' || codes.includes('QĐi')) return null;
  if (year !== null && !typeCode) {
    // Laws (QH13) and the Standing Committee's resolutions written without NQ (UBTVQH15); the
    // 1990s ministries' form with the type code last, "1895/1997/BYT-QĐ" (audit 57).
    // Only QĐ: a drafting unit may spell another type code ("2145/2005/UBND-TC"; review 23).
    const last = codes.length === 2 && !lower && codes[1] === 'QĐ' && isKnownIssuer(codes[0] as string);
    const law = codes.length === 1 ? ASSEMBLY_CODE.exec(codes[0] as string) : null;
    return law || last
      ? parsed(
          text,
          start,
          chain.end,
          last ? 'normative' : law?.[1] ? 'standing' : 'law',
          `${number}/${year}/${hyphenated(codes, 0, false)}`,
          `${numberKey(number)}/${year}/${hyphenated(codes, 0, true)}`,
          number,
          year,
          last ? 'QĐ' : null,
          codes[0] as string,
        )
      : null;
  }
  if (typeCode) {
    if (codes.length < 2) return null;
    const issuerSegment = codes[1] as string;
    // A canonical code holds no Ð (U+00D0): its first letter is one of A–Z, Đ, Ư.
    if (
      !isUpperLetter(issuerSegment.charCodeAt(0)) ||
      issuerSegment.length < 2 ||
      NOT_ISSUERS.has(issuerSegment)
    )
      return null;
    // A lower-case letter inside is for drafting units ("GDTrH"); an issuer has none but TTg
    // (also at the end of a body of the Prime Minister's) and an inspectorate's TTr, TTra ("45/QĐ-TTr").
    if (
      hasLowerFrom(issuerSegment, 0) &&
      !isKnownIssuer(issuerSegment) &&
      !/^TTra?$/.test(issuerSegment) &&
      !isPrimeMinistersBody(issuerSegment)
    )
      return null;
    const body = hyphenated(codes, 1, false);
    const issuer = JOINT_TYPES.has(typeCode) ? body : issuerSegment;
    const head = year === null ? number : `${number}/${year}`;
    const headKey = year === null ? numberKey(number) : `${numberKey(number)}/${year}`;
    return parsed(
      text,
      start,
      chain.end,
      year === null ? 'administrative' : 'normative',
      `${head}/${typeCode}-${body}`,
      `${headKey}/${symbolKey(typeCode)}-${hyphenated(codes, 1, true)}`,
      number,
      year,
      typeCode,
      issuer,
    );
  }
  const issuer = codes[0] as string;
  // Lower case without a type code only as "công văn số 1234/ubnd-vx": a known issuer, named so.
  if (lower && (spaced || year !== null || !isKnownIssuer(issuer) || !segments.every(isAllLower)))
    return null;
  // Not cut from a longer symbol in other case ("123/ubnd-KT").
  if (lower && (isHyphen(text.charCodeAt(chain.end)) || !typeWordAndSoBefore(text, start))) return null;
  // Spaced, a code-less symbol needs a header's "Số:" opening its line with the code against the
  // slash ("Số: 46 /VKSTC", "Số: 11 /KHCN": audit 115); or, with a unit, a known issuer or a type
  // word and "số" before it ("công văn số 215/ ĐHV-ĐT", a university's; audits 111, 113).
  // "2020 / UBND tỉnh", "Phòng họp số 2 /UBND huyện" are prose (audit 79, review 33).
  if (
    spaced &&
    !isHeaderSo(text, start, segments[0] as Segment) &&
    !(codes.length > 1 && (isKnownIssuer(issuer) || typeWordAndSoBefore(text, start)))
  )
    return null;
  // "406/TTg", "15/CP", "114/HĐBT": an old form, written with its hyphen ("406-TTg"), as the
  // labels of every blind audit wrote the Chính phủ's and the Hội đồng Bộ trưởng's too.
  if (codes.length === 1 && OLD_FORM_ISSUERS.has(issuer)) {
    return oldForm(text, start, chain.end, number, issuer);
  }
  // A police or army unit's letter and digits ("3302/C08-P6") only with its drafting unit and named.
  if (
    !isIssuerLike(segments[0] as Segment) &&
    !(codes.length > 1 && /^[A-Z]\d\d$/.test(issuer) && namedBefore(text, start))
  )
    return null;
  // "hộp thư 12/HN", "tổ 5/KP3": one unknown segment is a dispatch only when the text names it.
  if (codes.length === 1 && !isKnownIssuer(issuer) && !namedBefore(text, start)) return null;
  return parsed(
    text,
    start,
    chain.end,
    'dispatch',
    `${number}/${hyphenated(codes, 0, false)}`,
    `${numberKey(number)}/${hyphenated(codes, 0, true)}`,
    number,
    null,
    null,
    issuer,
  );
}

/** Whether a type word, "số" or "Số hiệu:" stands before the number at `start`. */
function namedBefore(text: string, start: number): boolean {
  return (
    SO_BEFORE.test(foldText(text.slice(Math.max(0, start - 12), start))) ||
    typeWordBefore(text, start) !== null
  );
}

/**
 * Whether a header's "Số:" (or "Số") alone opens the line before the number at `start`, and its
 * code stands against the slash ("Số: 46 /VKSTC").
 */
function isHeaderSo(text: string, start: number, code: Segment): boolean {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  return (
    text.charCodeAt(code.start - 1) === 47 &&
    start - from <= 12 &&
    /^\s*so\s*:?\s*$/.test(foldText(text.slice(from, start)))
  );
}

/** "số", "số hiệu", "ký hiệu" (not "phiên hiệu 12/QK4", a unit's designation). */
const SO_BEFORE = /(?:^|[^a-z])(?:so|(?:so|ky) hieu)\s*:?\s*$/;

/**
 * An issuer is at least two capitals, maybe followed by a number ("BCĐ389", "QK7"), and not
 * a unit of measure or currency.
 */
function isIssuerLike(segment: Segment): boolean {
  const code = canonicalSegment(segment.value);
  if (code.length < 2 || NOT_ISSUERS.has(code)) return false;
  if (isKnownIssuer(code)) return true;
  return (/^[A-ZĐƯ][A-ZĐƯ&]+\d{0,4}$/.test(code) || isPrimeMinistersBody(code)) && !segment.lower;
}

/** Type codes, longest first, each with its upper-case spelling. */
const TYPE_CODES_LONGEST_FIRST: ReadonlyArray<readonly [string, string]> = [...TYPE_CODES]
  .sort((a, b) => b.length - a.length)
  .map((type) => [type, type.toUpperCase()] as const);

/**
 * A type code whose hyphen was lost in copying ("QĐUBND", "NĐCP", "TTBTC"). Without a year
 * segment only a known issuer may follow, so that dispatch issuers such as HĐND or TCHQ are
 * not mistaken for a type code plus a body.
 */
function splitGluedType(
  code: string,
  hasYear: boolean,
  more: boolean,
): { typeCode: string; rest: string } | null {
  if (!hasYear && isKnownIssuer(code)) return null;
  for (const [type, upperType] of TYPE_CODES_LONGEST_FIRST) {
    if (!code.startsWith(upperType) && !code.startsWith(type)) continue;
    const rest = code.slice(type.length);
    if (rest.length < 2 || !/^[A-ZĐ]/.test(rest)) continue;
    // "28/2018/QĐTTg": TTg keeps its case (review 12).
    // An unknown rest only as the last segment: "02/2022/QĐXX-LĐST" is a court's code (audit 38).
    // (A joint type's first issuer may be unknown: "TTLTBTM-BTC", its first hyphen lost; review 14.)
    if (
      hasYear
        ? ((!more || JOINT_TYPES.has(type)) && /^[A-ZĐ&0-9]+$/.test(rest)) || isKnownIssuer(rest)
        : isKnownIssuer(rest)
    )
      return { typeCode: type, rest };
  }
  return null;
}

/** A year "19xx" or "20xx" at `p` (`yearAt`), not the start of a longer number. */
function isYearAt(text: string, p: number): boolean {
  return yearAt(text, p) >= 0 && !isDigit(text.charCodeAt(p + 4));
}

/** End of a hyphen with up to two spaces on either side, or 0 when there is none at `p`. */
function spacedHyphenAt(text: string, p: number): number {
  const dash = afterInlineSpaces(text, p);
  return isHyphen(text.charCodeAt(dash)) ? afterInlineSpaces(text, dash + 1) : 0;
}

/** Skips spaces and a single line break, as when a symbol is broken over two lines. */
function skipOneLineBreak(text: string, p: number): number {
  let i = p;
  while (isInlineSpace(text.charCodeAt(i))) i++;
  if (!isLineBreak(text.charCodeAt(i))) return p;
  if (text.charCodeAt(i) === 13) i++;
  if (text.charCodeAt(i) === 10) i++;
  while (isInlineSpace(text.charCodeAt(i))) i++;
  return i;
}
