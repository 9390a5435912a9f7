/**
 * Folding Vietnamese text for comparisons that must ignore case and diacritics
 * ("Ngàỷ", "NGÀY" and "ngay" are one word to the engine).
 * @module
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lower case, no diacritics, đ→d. Length may differ from the input. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/[đĐ\u00D0]/g, 'd').toLowerCase();
}

/** The dedup key of a canonical symbol: upper case, no diacritics, Đ→D. */
export function symbolKey(symbol: string): string {
  return foldText(symbol).toUpperCase();
}
