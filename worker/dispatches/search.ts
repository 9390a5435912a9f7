/**
 * Full-text search over dispatches_fts (migrations/0001_search.sql). Both the indexed text and
 * the query are folded (lower case, no diacritics, đ→d), so "bao ve" and "bảo vệ" are one
 * query; the user's text never reaches FTS5 as syntax.
 * @module
 */
import { foldText } from '../../shared/references/fold';

/** FTS5's unicode61 tokenizer splits on everything but letters and digits; so do we. */
const TOKEN_SEPARATOR = /[^\p{L}\p{N}]+/u;
/** Enough for any real query; bounds the work of a pathological one. */
const MAX_WORDS = 12;

/** The text indexed for a dispatch: everything a clerk may type to find it. */
export function searchDocument(fields: {
  symbol: string;
  key: string;
  subject: string;
  issuingBody?: string | null;
  typeName?: string | null;
}): string {
  return foldText(
    [fields.symbol, fields.key, fields.subject, fields.issuingBody, fields.typeName]
      .filter((part): part is string => !!part)
      .join(' \n '),
  );
}

/**
 * The FTS5 MATCH expression for what the user typed, or null when it has no letter or digit.
 * Each whitespace-separated word becomes a quoted phrase of its tokens with a prefix `*`:
 * "3944/UBND-NC" → `"3944 ubnd nc"*` (the tokens in that order), "bảo vệ" → `"bao"* "ve"*`
 * (both words, anywhere). Tokens hold only letters and digits, so no quote can break out.
 */
export function ftsQuery(q: string): string | null {
  const phrases: string[] = [];
  for (const word of foldText(q).split(/\s+/)) {
    const tokens = word.split(TOKEN_SEPARATOR).filter((token) => token.length > 0);
    if (tokens.length > 0) phrases.push(`"${tokens.join(' ')}"*`);
    if (phrases.length === MAX_WORDS) break;
  }
  return phrases.length > 0 ? phrases.join(' ') : null;
}
