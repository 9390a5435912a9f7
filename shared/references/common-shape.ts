/**
 * The shapes nearly every reference takes, in canonical writing and followed by a clean
 * end — `N/TYPE-ISSUER[-UNIT]`, `N/YYYY/TYPE-ISSUER[-UNIT]`, `N/ISSUER-UNIT`, `N/YYYY/QHxx`
 * and the Party's `N-TYPE/BODY[-UNIT]` — read with one sticky expression instead of segment
 * by segment. Anything it is not sure of (lower case, spaces or dots inside, glued words,
 * unknown code-less issuers, more segments) is left to the general parser, which gives the
 * same answer more slowly.
 * @module
 */
import { isUpperLetter } from './chars';
import { canonicalSegment, isKnownIssuer, JOINT_TYPES, NOT_ISSUERS, typeCodeOf } from './codes';
import type { ParsedSymbol } from './parse-symbol';

/**
 * No further symbol character, separator or glued word; a dot only as punctuation. A capital
 * after a space is checked in code: it may continue an issuer ("BGD ĐT").
 */
const CLEAN_END =
  '(?![A-Za-z0-9ĐđÐ&/\\-\\u2010-\\u2015\\u2212\\u00C0-\\u024F\\u1E00-\\u1EFF\\u0300-\\u036F])(?!\\.[A-Za-z0-9ĐđÐ])';

const SLASHED = new RegExp(
  '(\\d{1,6})\\/(?:((?:19|20)\\d\\d)\\/)?' +
    '(?:(QH\\d{1,2})|([A-ZĐ]{2,5}|TTr|CTr|QyĐ|TrS|TTh)-(TTg|[A-ZĐ]{2,12}\\d{0,3})(?:-([A-ZĐ0-9][A-ZĐ0-9&]{0,11}))?)' +
    CLEAN_END,
  'y',
);

const PARTY = new RegExp(
  `(\\d{1,6})-([A-ZĐ]{2,4}|CTr|QyĐ)\\/([A-ZĐ]{2,8})(?:-([A-ZĐ0-9][A-ZĐ0-9&]{0,7}))?${CLEAN_END}`,
  'y',
);

/** The common shape at `start`, or undefined to let the general parser decide. */
export function parseCommonShape(text: string, start: number): ParsedSymbol | undefined {
  let p = start;
  while (p < text.length && text.charCodeAt(p) >= 48 && text.charCodeAt(p) <= 57) p++;
  const separator = text.charCodeAt(p);
  if (separator === 47) return slashed(text, start);
  if (separator === 45) return party(text, start);
  return undefined;
}

function slashed(text: string, start: number): ParsedSymbol | undefined {
  SLASHED.lastIndex = start;
  const match = SLASHED.exec(text);
  if (!match) return undefined;
  const [whole, number, yearText, law, first, second, unit] = match as unknown as Array<string | undefined> &
    [string, string];
  const end = start + whole.length;
  const year = yearText === undefined ? null : Number(yearText);
  if (law !== undefined) {
    if (year === null) return undefined;
    return {
      start,
      end,
      shape: 'law',
      symbol: `${number}/${year}/${law}`,
      number,
      year,
      typeCode: null,
      issuer: law,
    };
  }
  const issuerCode = canonicalSegment(second as string);
  const unitCode = unit === undefined ? null : canonicalSegment(unit);
  if (NOT_ISSUERS.has(issuerCode) || mayContinue(text, end, unitCode ?? issuerCode)) return undefined;
  const tail = unitCode === null ? issuerCode : `${issuerCode}-${unitCode}`;
  const typeCode = typeCodeOf(first as string);
  if (typeCode) {
    return {
      start,
      end,
      shape: year === null ? 'administrative' : 'normative',
      symbol: `${year === null ? number : `${number}/${year}`}/${typeCode}-${tail}`,
      number,
      year,
      typeCode,
      issuer: JOINT_TYPES.has(typeCode) ? tail : issuerCode,
    };
  }
  // Code-less: a dispatch, when its issuer is one the engine knows (an unknown one may be a
  // type code with its hyphen lost, which the general parser weighs).
  const issuer = canonicalSegment(first as string);
  if (year !== null || !isKnownIssuer(issuer)) return undefined;
  return {
    start,
    end,
    shape: 'dispatch',
    symbol: `${number}/${issuer}-${tail}`,
    number,
    year: null,
    typeCode: null,
    issuer,
  };
}

function party(text: string, start: number): ParsedSymbol | undefined {
  PARTY.lastIndex = start;
  const match = PARTY.exec(text);
  if (!match) return undefined;
  const [whole, number, type, body, unit] = match as unknown as [
    string,
    string,
    string,
    string,
    string | undefined,
  ];
  const typeCode = typeCodeOf(type);
  const issuer = canonicalSegment(body);
  if (!typeCode || !isKnownIssuer(issuer)) return undefined;
  const end = start + whole.length;
  const unitCode = unit === undefined ? null : canonicalSegment(unit);
  if (mayContinue(text, end, unitCode ?? issuer)) return undefined;
  const tail = unitCode === null ? issuer : `${issuer}-${unitCode}`;
  return {
    start,
    end,
    shape: 'party',
    symbol: `${number}-${typeCode}/${tail}`,
    number,
    year: null,
    typeCode,
    issuer,
  };
}

/** A space and a capital after an unknown last segment may be the rest of a split issuer. */
function mayContinue(text: string, end: number, last: string): boolean {
  const c = text.charCodeAt(end);
  return (c === 32 || c === 0xa0) && isUpperLetter(text.charCodeAt(end + 1)) && !isKnownIssuer(last);
}
