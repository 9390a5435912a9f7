/**
 * Character classes of symbol text, as char-code tests: the parser calls them once per
 * character of every candidate, so they avoid regular expressions and allocation.
 * @module
 */

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A–Z, Đ, the look-alike Ð (U+00D0) and Ư (OCR writes TƯ for TU). */
export function isUpperLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || c === 0x110 || c === 0xd0 || c === 0x1af;
}

/** a–z and đ. */
export function isLowerLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || c === 0x111;
}

/** Whether a lower-case letter (a–z, đ) occurs in `s` from `from` on. */
export function hasLowerFrom(s: string, from: number): boolean {
  for (let i = from; i < s.length; i++) if (isLowerLetter(s.charCodeAt(i))) return true;
  return false;
}

export function isSymbolLetter(c: number): boolean {
  return isUpperLetter(c) || isLowerLetter(c);
}

/** What a symbol segment is made of: letters, digits, "&" (VH&GĐ) and the combining horn. */
export function isSegmentChar(c: number): boolean {
  return isSymbolLetter(c) || isDigit(c) || c === 38 || c === 0x31b;
}

/** ASCII hyphen, the Unicode hyphens and dashes (‐ ‑ ‒ – — ―) and minus. */
export function isHyphen(c: number): boolean {
  return c === 45 || (c >= 0x2010 && c <= 0x2015) || c === 0x2212;
}

/** What `\s` matches in an expression (ECMAScript's white space and line terminators). */
export function isExpressionSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Spaces inside a line: space, tab, NBSP, thin and narrow spaces. */
export function isInlineSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f;
}

export function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

export function isCombiningMark(c: number): boolean {
  return c >= 0x300 && c <= 0x36f;
}

/**
 * A letter that cannot be part of a symbol: a Vietnamese letter with a diacritic or a
 * combining mark. Seen right after a symbol, it means a word is glued to it.
 */
export function isWordLetter(c: number): boolean {
  if (isCombiningMark(c)) return true;
  if (c >= 0x1e00 && c <= 0x1eff) return true;
  if (c < 0xc0 || c > 0x24f) return false;
  return c !== 0xd7 && c !== 0xf7 && c !== 0x110 && c !== 0x111 && c !== 0xd0 && c !== 0x1af;
}

/** The capital vowels without a tone mark (one character each). */
const VOWELS = 'AEIOUYƯƠÂÊÔĂ';
export function isVowel(ch: string): boolean {
  return ch.length === 1 && VOWELS.includes(ch);
}
