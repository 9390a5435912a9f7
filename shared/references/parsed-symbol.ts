/**
 * What the parsers answer for one symbol. Every answer, from the fast path or the general
 * parser, is built by one object literal, so that all answers share one hidden class. A new
 * object per answer costs less than writing each answer into one long-lived object, as an
 * earlier version did: that object soon lives in the old generation, where every young
 * string stored into it goes through the write barrier into the remembered set, while an
 * answer that dies young costs next to nothing (the benchmark's news text ran about 13%
 * faster this way, the legal text the same).
 * @module
 */

/**
 * Which family of SYMBOLS.md §2 a symbol belongs to; `standing` is `N/YYYY/UBTVQHxx`, a
 * Standing Committee resolution written without its type code.
 */
export type SymbolShape =
  | 'normative'
  | 'law'
  | 'standing'
  | 'administrative'
  | 'dispatch'
  | 'party'
  | 'old'
  | 'joint-old';

export interface ParsedSymbol {
  start: number;
  end: number;
  shape: SymbolShape;
  /** The text as written, `text.slice(start, end)`. */
  raw: string;
  symbol: string;
  /** `symbolKey(symbol)`. */
  key: string;
  number: string;
  year: number | null;
  typeCode: string | null;
  issuer: string | null;
}

/** The parse result. */
export function parsedSymbol(
  start: number,
  end: number,
  shape: SymbolShape,
  raw: string,
  symbol: string,
  key: string,
  number: string,
  year: number | null,
  typeCode: string | null,
  issuer: string | null,
): ParsedSymbol {
  return { start, end, shape, raw, symbol, key, number, year, typeCode, issuer };
}
