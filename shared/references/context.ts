/**
 * The type word written in front of a symbol ("Công điện khẩn số …", "Luật … số
 * 20/2023/QH15"), and what it tells the content script's scan: a form's number, a reference
 * opening its text, "công văn số" before a lower-case symbol.
 * @module
 */
import { isDigit, isInlineSpace, isLineBreak, isSymbolLetter } from './chars';
import { foldCode, foldText, matchFoldedWord } from './fold';
import type { SymbolShape } from './parsed-symbol';

/** The type name of a form's or an annex's number, which is no reference. */
export const FORM = 'Mẫu';
/** The folded words that number forms and annexes rather than documents. */
const FORM_WORDS = ['bieu mau', 'mau', 'phu luc', 'to khai'];

/** Whether a type word `typeWordBefore` answered numbers a form or an annex. */
export function isFormWord(word: string | null): boolean {
  return word !== null && FORM_WORDS.includes(word);
}

/**
 * Folded type words, most specific first. `typeWordBefore` answers with these; their names
 * ("Công văn") are read by the background alone (type-name.ts), out of the content script.
 */
export const TYPE_WORDS: readonly string[] = [
  'cong van',
  'cv',
  'cong dien',
  'chi thi',
  'bo luat',
  'hien phap',
  'luat',
  'nghi quyet',
  'nghi dinh',
  'quyet dinh',
  'quy dinh',
  'thong bao',
  'ket luan',
  'huong dan',
  'ke hoach',
  'to trinh',
  'bao cao',
  'chuong trinh',
  'quy che',
  'thong tu',
  'phap lenh',
  'giay moi',
  'van ban hop nhat',
  // Forms and annexes are numbered like dispatches ("Mẫu số 01/TNDN") but are not documents.
  ...FORM_WORDS,
];

/** Folded type words that may stand before "số" and a number ("Thông tư liên tịch", "văn bản"). */
export const TYPE_WORD_PATTERN = `(?:${TYPE_WORDS.filter((word) => !isFormWord(word)).join('|')}|van ban)(?: lien tich)?`;
const TYPE_WORD_AND_SO = new RegExp(`(?:^|[^a-z])(?:${TYPE_WORD_PATTERN}[ \\t]+so|cv)[ \\t]*:?[ \\t]*$`);

/** Whether a type word and "số" stand right before `start` ("công văn số 1234/ubnd-vx"). */
export function typeWordAndSoBefore(text: string, start: number): boolean {
  return TYPE_WORD_AND_SO.test(foldText(text.slice(Math.max(0, start - 32), start)));
}

/** At most this many words between the type word and the number ("Luật Sở hữu trí tuệ số"). */
const MAX_WORDS_BETWEEN = 6;
/**
 * Further back than a type word and the words allowed between it and the number can stand, with
 * a page source's deep indentation between them (as references-around.ts's wide window).
 */
const MAX_TYPE_WORD_REACH = 600;
/** What breaks a clause: , ; : ( ) . " “ ” */
const CLAUSE_BREAKS = ',;:()."“”';

/** Which folded ASCII codes start a type word, by code: read for every word before a code-less symbol. */
const TYPE_WORD_INITIALS: Uint8Array = (() => {
  const initials = new Uint8Array(128);
  for (const word of TYPE_WORDS) initials[word.charCodeAt(0)] = 1;
  return initials;
})();

/**
 * Type words by their first two folded letters (all ASCII), longest first: an array indexed by
 * `initial * 128 + second`, so that a word is compared only with the type words it may be.
 */
const TYPE_WORDS_BY_PAIR: ReadonlyArray<readonly string[] | undefined> = (() => {
  const byPair: Array<string[] | undefined> = new Array(128 * 128).fill(undefined);
  for (const word of [...TYPE_WORDS].sort((a, b) => b.length - a.length)) {
    const pair = word.charCodeAt(0) * 128 + word.charCodeAt(1);
    byPair[pair] = [...(byPair[pair] ?? []), word];
  }
  return byPair;
})();

function isWordBreak(c: number): boolean {
  return isInlineSpace(c) || isLineBreak(c);
}

/**
 * The type word written in front of the reference starting at `start`, folded ("cong van"), or
 * null (its name: `typeWordName` in type-name.ts). Walks back
 * character by character in one loop, judging each word when the break before it is reached,
 * so only the few words before the number are ever folded, and a word whose initial starts
 * no type word ("số", "văn", "và") costs no more than the walk over it.
 */
export function typeWordBefore(text: string, start: number): string | null {
  let words = 0; // words judged so far
  let end = start; // the end of the word being read
  let first = -1; // the character of that word read last (its first so far); -1 between words
  // Not back to the text's start where nothing breaks words ("1/UBND-NC|2/UBND-NC|…").
  const limit = Math.max(0, start - MAX_TYPE_WORD_REACH);
  for (let p = start - 1; p >= limit; p--) {
    const c = text.charCodeAt(p);
    // Letters, first: every break and clause mark is below ";" or is NBSP or from U+2009.
    if (c > 59 && c < 0x2009 && c !== 0xa0) {
      if (first < 0) end = p + 1;
      first = c;
      continue;
    }
    if (isWordBreak(c)) {
      if (first < 0) continue;
      let name = typeWordStarting(text, p + 1, end, first);
      // "Cà Mau", "Ca Mau" (a province, its "Mau" unmarked; audit 232) and "Mậu Tuất" (a year's
      // name): no form's "Mẫu" ("theo ca mẫu 05/KK-TNCN", "CA mẫu 01/ĐK-TCT"; review 92).
      if (
        name === 'mau' &&
        /(?:^|[\s.(])c[aà]\s+mau$|ậ\S*$/i.test(text.slice(Math.max(0, p - 4), end).normalize('NFC'))
      )
        name = null;
      if (name !== null || ++words > MAX_WORDS_BETWEEN + 2) return name;
      first = -1;
      continue;
    }
    // A clause break in a word ("…, số 12/…") cuts the type word from the number; the "số:"
    // prefix, the English "No." and a list counter glued to the type word ("2Quyết định") do not.
    if (
      CLAUSE_BREAKS.includes(text[p] as string) &&
      !(first < 0 && (c === 58 ? words === 0 : isNoAbbreviation(text, p)))
    )
      return null;
    if (first < 0) end = p + 1;
    first = c;
  }
  return first < 0 || limit > 0 ? null : typeWordStarting(text, 0, end, first);
}

/**
 * Whether the reference at `start` opens the text, after its type word at most ("Quyết định số
 * 15/2024/QĐ-UBND về việc …"): the type word at the text's first letter and only "số", "số:" or
 * spaces between it and the number. A text that opens otherwise ("Căn cứ Nghị định
 * 30/2020/NĐ-CP, …", "Quyết định về việc bãi bỏ Quyết định 15/2024/QĐ-UBND") may only cite it.
 */
export function opensWithReference(text: string, start: number): boolean {
  const before = text.slice(0, start).trim();
  if (before === '') return true;
  // Most texts cite their references further on: their words before it are not folded.
  if (before.length > MAX_OPENING_LETTERS && before.replace(/[\s\p{M}]/gu, '').length > MAX_OPENING_LETTERS)
    return false;
  const folded = foldText(before);
  // "Phương án 316/PA-UBND" opens a listing's item (audit 174), but is no type word before a
  // number in prose ("phê duyệt phương án giá đất tại 2214/UBND-KT"; review 73).
  return (
    /^phuong an(?: so)?\s*:?$/.test(folded) ||
    (typeWordBefore(text, start) !== null && TYPE_WORD_OPENING.test(folded))
  );
}

/**
 * No fewer than the most characters, spaces and combining marks aside, that `TYPE_WORD_OPENING`
 * accepts: 30, in "Văn bản hợp nhất liên tịch HĐQTAB số:".
 */
const MAX_OPENING_LETTERS = 33;

/**
 * A type word, then "số" or "số:" at most, with one short word before "số", the issuing organ's
 * initials ("Nghị quyết HĐQT số", "Quyết định BGH số"; audit 22): all the text may hold before a
 * reference it opens with.
 */
const TYPE_WORD_OPENING = new RegExp(
  `^(?:${TYPE_WORDS.map((word) => word.replace(/ /g, '\\s+')).join('|')})(?:\\s+lien\\s+tich)?(?:(?:\\s+[a-z]{2,6})?\\s+so)?(?:\\s*:)?$`,
);

/** The type word at the start of the word from `from` to `end`, whose first character is `first`, or null. */
function typeWordStarting(text: string, from: number, end: number, first: number): string | null {
  let pos = from;
  let initial = first;
  if (isDigit(first)) {
    while (pos < end && isDigit(text.charCodeAt(pos))) pos++;
    initial = text.charCodeAt(pos);
  }
  initial = foldCode(initial);
  return initial < 128 && TYPE_WORD_INITIALS[initial] === 1 ? typeWordAt(text, pos, initial) : null;
}

/** Whether the dot at `dot` ends "No." ("Decision No. 123/QD-TTg"). */
function isNoAbbreviation(text: string, dot: number): boolean {
  return text.charCodeAt(dot - 2) === 78 && (text.charCodeAt(dot - 1) | 0x20) === 111;
}

/** The type word at `pos`, whose first letter folds to `initial`, or null. */
function typeWordAt(text: string, pos: number, initial: number): string | null {
  // The second letter, folded as matchFoldedWord folds it, rules out most type words at once.
  let i = pos;
  let second: number;
  do second = foldCode(text.charCodeAt(++i));
  while (second === 0 && i < text.length);
  if (!(second < 128)) return null;
  const candidates = TYPE_WORDS_BY_PAIR[initial * 128 + second];
  if (candidates === undefined) return null;
  // An indexed loop: for-of would go through an iterator.
  for (let k = 0; k < candidates.length; k++) {
    const word = candidates[k] as string;
    const end = matchFoldedWord(text, pos, word);
    if (end >= 0 && !isSymbolLetter(foldCode(text.charCodeAt(end)))) return word;
  }
  return null;
}

/**
 * FORM when a symbol is a form's or an annex's number ("Mẫu số 01/TNDN"), else null: what
 * `typeNameFor` rejects, without the rest of its reading (the content script's scan).
 */
export function formNumber(
  shape: SymbolShape,
  typeCode: string | null,
  text: string,
  start: number,
): string | null {
  if (typeCode !== null || shape === 'law' || shape === 'standing') return null;
  return isFormWord(typeWordBefore(text, start)) ? FORM : null;
}
