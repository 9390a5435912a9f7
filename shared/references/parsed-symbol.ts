/**
 * What the parsers answer for one symbol. Every answer, from the fast path or the general
 * parser, is written into one object that is used again for the next: the answer is read at
 * once (findReferences copies it into the reference it returns), and a page may hold
 * thousands of references, each of which would otherwise cost an object that dies at once.
 * @module
 */

/** Which family of SYMBOLS.md §2 a symbol belongs to. */
export type SymbolShape = 'normative' | 'law' | 'administrative' | 'dispatch' | 'party' | 'old' | 'joint-old';

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
  /** The type name the code gives (`TYPE_NAMES`), or null. */
  codeName: string | null;
  issuer: string | null;
}

const answer: ParsedSymbol = {
  start: 0,
  end: 0,
  shape: 'dispatch',
  raw: '',
  symbol: '',
  key: '',
  number: '',
  year: null,
  typeCode: null,
  codeName: null,
  issuer: null,
};

/** The parse result, valid until the next parse: copy what must outlive it. */
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
  codeName: string | null,
  issuer: string | null,
): ParsedSymbol {
  answer.start = start;
  answer.end = end;
  answer.shape = shape;
  answer.raw = raw;
  answer.symbol = symbol;
  answer.key = key;
  answer.number = number;
  answer.year = year;
  answer.typeCode = typeCode;
  answer.codeName = codeName;
  answer.issuer = issuer;
  return answer;
}
