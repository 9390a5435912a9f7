/**
 * Finding every document reference in a text: one regular-expression pass finds where a
 * number is followed by something symbol-like, and only those places are parsed.
 * @module
 */
import type { DocumentReference } from '../schemas/reference';
import { TYPE_NAMES } from './codes';
import { headerKind, typeNameFor } from './context';
import { directDate, headerDate, metadataDate } from './dates';
import { symbolKey } from './fold';
import { parseSymbolAt } from './parse-symbol';

/**
 * A number followed by a slash (and maybe a year) and a letter, by a dash and a letter or a
 * year, or by a space and a short code and a slash. Everything else is left to the parser.
 */
const CANDIDATE =
  /\d{1,6}[a-z]?(?:\/(?:\d{4}\/)?\s{0,2}[A-Za-zĐđ\u00D0]|[ \u00A0]{0,2}[-\u2010-\u2015\u2212][ \u00A0]{0,2}(?:\d{4}[-\u2010-\u2015\u2212])?[A-Za-zĐđ\u00D0]|[ \u00A0][A-Za-zĐđ\u00D0]{2,4}\/)/g;

/** Every reference in `text`, in text order; offsets index the string as given. */
export function findReferences(text: string): DocumentReference[] {
  const found: DocumentReference[] = [];
  const candidate = new RegExp(CANDIDATE);
  let match: RegExpExecArray | null = candidate.exec(text);
  while (match) {
    const start = match.index;
    const parsed = parseSymbolAt(text, start);
    if (parsed) {
      found.push(toReference(text, parsed));
      candidate.lastIndex = parsed.end;
    } else {
      candidate.lastIndex = start + leadingDigits(match[0]);
    }
    match = candidate.exec(text);
  }
  return found;
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

function leadingDigits(s: string): number {
  let i = 0;
  while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  return Math.max(1, i);
}
