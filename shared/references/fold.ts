/**
 * Folding Vietnamese text for comparisons that ignore case and diacritics ("Ngàỷ", "NGÀY"
 * and "ngay" are one word to the engine). A lookup table stands in for `normalize('NFD')`:
 * the engine folds a few words around every reference, and that must cost next to nothing.
 * @module
 */
import { boundedCache } from './bounded-cache';
import { isCombiningMark } from './chars';

const TABLE_START = 0xc0;
const TABLE_END = 0x1eff;
/** Folded char code of each letter from U+00C0 to U+1EFF; 0 where folding changes nothing. */
const FOLDED = buildTable();

function buildTable(): Uint16Array {
  const table = new Uint16Array(TABLE_END - TABLE_START + 1);
  for (let c = TABLE_START; c <= TABLE_END; c++) {
    if (c > 0x24f && c < 0x1e00) continue;
    // The marks these letters decompose to are all in U+0300–U+036F (`isCombiningMark`): taken
    // out as `\p{M}`, as the content script's other expressions write marks (in brackets, so that
    // the build keeps a literal: listing-cards.ts's LETTER).
    const base = String.fromCharCode(c)
      .normalize('NFD')
      .replace(/[\p{M}]/gu, '')
      .toLowerCase();
    if (base.length === 1) table[c - TABLE_START] = base.charCodeAt(0);
  }
  for (const c of [0x110, 0x111, 0xd0]) table[c - TABLE_START] = 0x64; // Đ đ Ð → d
  return table;
}

/** The folded code of one character (lower case, no diacritic, đ→d); 0 for a combining mark. */
export function foldCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  if (isCombiningMark(c)) return 0;
  if (c >= TABLE_START && c <= TABLE_END) {
    const folded = FOLDED[c - TABLE_START] as number;
    if (folded !== 0) return folded;
  }
  return c;
}

/** Lower case, no diacritics, đ→d. Length may differ from the input (combining marks go). */
export function foldText(text: string): string {
  const codes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const folded = foldCode(text.charCodeAt(i));
    if (folded !== 0) codes.push(folded);
  }
  // In slices: spreading a long text's codes as arguments overflows the stack (RangeError). A
  // short text's, nearly every one, go at once and uncopied.
  let folded = '';
  for (let i = 0; i < codes.length; i += FROM_CHAR_CODE_SLICE) {
    const slice = codes.length > FROM_CHAR_CODE_SLICE ? codes.slice(i, i + FROM_CHAR_CODE_SLICE) : codes;
    folded += String.fromCharCode(...slice);
  }
  return folded;
}

const FROM_CHAR_CODE_SLICE = 8192;

/**
 * Where the word `word` (folded, lower-case ASCII) ends if it is written at `pos` in any case
 * and with any diacritics, or -1.
 */
export function matchFoldedWord(text: string, pos: number, word: string): number {
  let i = pos;
  for (let k = 0; k < word.length; k++) {
    let folded = foldCode(text.charCodeAt(i));
    while (folded === 0 && i < text.length) folded = foldCode(text.charCodeAt(++i));
    if (folded !== word.charCodeAt(k)) return -1;
    i++;
  }
  while (i < text.length && isCombiningMark(text.charCodeAt(i))) i++;
  return i;
}

/**
 * The dedup key of a canonical symbol: upper case, no diacritics, Đ→D. A page names the same
 * few documents again and again.
 */
export const symbolKey: (symbol: string) => string = boundedCache((symbol) => foldText(symbol).toUpperCase());
