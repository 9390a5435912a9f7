/**
 * What the words around a symbol say about it: whether it stands on a header "Số:" line,
 * and the type word in front of it ("Công điện khẩn số …", "Luật … số 20/2023/QH15").
 * @module
 */
import { isCombiningMark, isDigit, isInlineSpace, isLineBreak, isSymbolLetter } from './chars';
import { foldCode, foldText, matchFoldedWord } from './fold';
import type { SymbolShape } from './parsed-symbol';

export type HeaderKind = 'header' | 'metadata' | null;

/**
 * "Số: 594/KH-UBND" or "Số 09-QC/TW" at the start of a line (or a table cell) is a document
 * header; "Số hiệu: 23/2012/TT-BCA" is a field of a legal database's metadata block.
 */
export function headerKind(text: string, start: number): HeaderKind {
  // Most references follow a lower-case "số" or a type word: rule those out by character
  // codes before looking closer.
  let i = start - 1;
  let lineBreak = false;
  while (i >= 0 && (isInlineSpace(text.charCodeAt(i)) || isLineBreak(text.charCodeAt(i)))) {
    if (text.charCodeAt(i--) === 10) lineBreak = true;
  }
  const c = text.charCodeAt(i);
  const mayBeHeader =
    c === 58 ||
    c === 124 ||
    c === 0x1ed0 ||
    (c === 0x1ed1 && text.charCodeAt(i - 1) === 83) ||
    isCombiningMark(c) ||
    // "Số ký hiệu" with its value on the next line.
    (lineBreak &&
      (c | 0x20) === 117 &&
      ((text.charCodeAt(i - 1) | 1) === 0x1ec7 || isCombiningMark(text.charCodeAt(i - 1))));
  if (!mayBeHeader) return null;
  const from = Math.max(0, start - 32);
  return headerKindBefore(nfcWindow(text, from, start), from === 0);
}

/**
 * The header kind from the words before a number (NFC), read backwards from their end; the
 * window starts the text when `textStart`. Same answers as the expressions
 * `/S[ốỐ] (?:hiệu|HIỆU)\s*:?\s*\|?\s*$/` (metadata) and `/(^|[^\p{L}])S[ốỐ]\s*(:?)\s*$/u`
 * (header with a colon, or at a line start), without a match array per reference.
 */
export function headerKindBefore(before: string, textStart: boolean): HeaderKind {
  // "Số hiệu:", then any "|" of a table, with spaces anywhere.
  let end = spacesBefore(before, before.length);
  if (before.charCodeAt(end - 1) === 124) end = spacesBefore(before, end - 1);
  if (before.charCodeAt(end - 1) === 58) end = spacesBefore(before, end - 1);
  if (
    end >= 7 &&
    (before.startsWith('hiệu', end - 4) || before.startsWith('HIỆU', end - 4)) &&
    before.charCodeAt(end - 5) === 32 &&
    isSoEndingAt(before, end - 5)
  ) {
    return 'metadata';
  }
  // "Số ký hiệu:", "Số/Ký hiệu |", "Ký hiệu văn bản:" heading their line or cell.
  const last = before.charCodeAt(end - 1) | 0x20;
  if ((last === 117 || last === 110 || last === 98) && isLabelLine(before, end, SYMBOL_LABEL, textStart))
    return 'metadata';
  // "Số:", "Số :" or "Số" not inside a word.
  end = spacesBefore(before, before.length);
  const colon = before.charCodeAt(end - 1) === 58;
  if (colon) end = spacesBefore(before, end - 1);
  // "Nghị quyết số: 43/2022/QH15" heading its line or cell counts as "Số:".
  if (colon && end >= 6 && before.charCodeAt(end - 2) === 115 && before.charCodeAt(end - 1) === 0x1ed1) {
    return isLabelLine(before, end, HEADER_TYPE_LABEL, textStart) ? 'header' : null;
  }
  if (isSoEndingAt(before, end)) {
    const so = end - 2;
    if (so > 0 && isLetterEndingAt(before, so)) return null;
    // Without a colon, "Số" heads a line ("\n\nSố 09-QC/TW").
    return colon || headsLine(before, so, textStart) ? 'header' : null;
  }
  // OCR and ASCII spellings ("Sô:", "S ố:", "So:") are common words too ("so" in prose), so
  // they count only with the colon and heading their line or cell.
  const so = colon ? misspeltSoStart(before, end) : -1;
  return so >= 0 && headsLine(before, so, textStart) ? 'header' : null;
}

/** Where "S" + any "o" (one space between at most) ends at `end` starts, or -1. */
function misspeltSoStart(before: string, end: number): number {
  if (foldCode(before.charCodeAt(end - 1)) !== 111) return -1;
  const s = before.charCodeAt(end - 2) === 32 ? end - 3 : end - 2;
  return before.charCodeAt(s) === 83 ? s : -1;
}

/** Whether only list marks stand between the line (or table cell) start and `at`. */
function headsLine(before: string, at: number, textStart: boolean): boolean {
  let k = at;
  while (k > 0 && isLineMark(before.charCodeAt(k - 1))) k--;
  if (k === 0) return textStart;
  const c = before.charCodeAt(k - 1);
  return c === 10 || c === 124;
}

/**
 * A number-field label, folded, that is a whole line or cell (list marks before it): "Số ký
 * hiệu", "Số/Ký hiệu", "Số, ký hiệu", "Ký hiệu văn bản", "Số hiệu văn bản", "Số văn bản", "Số VB", up to its end (no
 * separator after it).
 * "Số hiệu" is read apart, by `headerKindBefore`.
 */
export const SYMBOL_LABEL =
  /(?:^|[\n|])[ \t*\-_>•]*(?:(?:(?:so[ \t]*[/,]?[ \t]*)?ky|so) hieu(?: van ban| vb)?|so van ban|so vb)$/;
/** Whether a type word and "số" stand right before `start` ("công văn số 1234/ubnd-vx"). */
export function typeWordAndSoBefore(text: string, start: number): boolean {
  return TYPE_WORD_AND_SO.test(foldText(text.slice(Math.max(0, start - 32), start)));
}

/**
 * Whether the words that end at `end` (before a colon or bar) are, folded, `label` heading their
 * line or table cell; a window cut before the line start is no line. Callers check the last
 * letter first, so the fold runs rarely.
 */
function isLabelLine(before: string, end: number, label: RegExp, textStart: boolean): boolean {
  const from = Math.max(before.lastIndexOf('\n', end - 1), before.lastIndexOf('|', end - 1));
  if (from < 0 && !textStart) return false;
  return label.test(foldText(before.slice(Math.max(from, 0), end)));
}

/** "Số" or "SỐ" (NFC) ends at `end`. */
function isSoEndingAt(text: string, end: number): boolean {
  const o = text.charCodeAt(end - 1);
  return end >= 2 && text.charCodeAt(end - 2) === 83 && (o === 0x1ed1 || o === 0x1ed0);
}

/** Back over JavaScript's \s from `end`. */
function spacesBefore(text: string, end: number): number {
  let i = end;
  while (i > 0 && isJsSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

function isJsSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
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

/** Space, tab, * - _ > • : what may stand between a line start and "Số". */
function isLineMark(c: number): boolean {
  return c === 32 || c === 9 || c === 42 || c === 45 || c === 95 || c === 62 || c === 0x2022;
}

const LETTER = /^\p{L}$/u;

/** Whether the code point that ends at `end` is a letter (\p{L}). */
function isLetterEndingAt(text: string, end: number): boolean {
  const c = text.charCodeAt(end - 1);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const high = text.charCodeAt(end - 2);
  const pair = c >= 0xdc00 && c <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return LETTER.test(pair ? text.slice(end - 2, end) : text.charAt(end - 1));
}

/**
 * `text.slice(from, to).normalize('NFC')`, without the call when nothing in the window could
 * change: below U+0300 and the precomposed Vietnamese letters (U+1EA0–U+1EF9) are already NFC
 * and compose with nothing but combining marks, which start at U+0300.
 */
function nfcWindow(text: string, from: number, to: number): string {
  const window = text.slice(from, to);
  for (let i = 0; i < window.length; i++) {
    const c = window.charCodeAt(i);
    if (c >= 0x300 && !(c >= 0x1ea0 && c <= 0x1ef9)) return window.normalize('NFC');
  }
  return window;
}

/** What `typeWordBefore` answers for a form or annex number rather than a document. */
export const FORM = 'Mẫu';

/** Folded type words and the name each gives, most specific first. */
const TYPE_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['cong van', 'Công văn'],
  ['cv', 'Công văn'],
  ['cong dien', 'Công điện'],
  ['chi thi', 'Chỉ thị'],
  ['bo luat', 'Bộ luật'],
  ['hien phap', 'Hiến pháp'],
  ['luat', 'Luật'],
  ['nghi quyet', 'Nghị quyết'],
  ['nghi dinh', 'Nghị định'],
  ['quyet dinh', 'Quyết định'],
  ['quy dinh', 'Quy định'],
  ['thong bao', 'Thông báo'],
  ['ket luan', 'Kết luận'],
  ['huong dan', 'Hướng dẫn'],
  ['ke hoach', 'Kế hoạch'],
  ['to trinh', 'Tờ trình'],
  ['bao cao', 'Báo cáo'],
  ['chuong trinh', 'Chương trình'],
  ['quy che', 'Quy chế'],
  ['thong tu', 'Thông tư'],
  ['phap lenh', 'Pháp lệnh'],
  ['giay moi', 'Giấy mời'],
  // Forms and annexes are numbered like dispatches ("Mẫu số 01/TNDN") but are not documents.
  ['bieu mau', FORM],
  ['mau', FORM],
  ['phu luc', FORM],
  ['to khai', FORM],
];

/** Folded type words that may stand before "số" and a number ("Thông tư liên tịch", "văn bản"). */
const TYPE_WORD = `(?:${TYPE_WORDS.filter((entry) => entry[1] !== FORM)
  .map((entry) => entry[0])
  .join('|')}|van ban)(?: lien tich)?`;
const HEADER_TYPE_LABEL = new RegExp(`(?:^|[\\n|])[ \\t*\\-_>•]*${TYPE_WORD}[ \\t]+so$`);
const TYPE_WORD_AND_SO = new RegExp(`(?:^|[^a-z])(?:${TYPE_WORD}[ \\t]+so|cv)[ \\t]*:?[ \\t]*$`);

/** At most this many words between the type word and the number ("Luật Sở hữu trí tuệ số"). */
const MAX_WORDS_BETWEEN = 6;

/** Which folded ASCII codes start a type word, by code: read for every word before a code-less symbol. */
const TYPE_WORD_INITIALS: Uint8Array = (() => {
  const initials = new Uint8Array(128);
  for (const [word] of TYPE_WORDS) initials[word.charCodeAt(0)] = 1;
  return initials;
})();

/**
 * Type words by their first two folded letters (all ASCII), longest first: an array indexed by
 * `initial * 128 + second`, so that a word is compared only with the type words it may be.
 */
const TYPE_WORDS_BY_PAIR: ReadonlyArray<ReadonlyArray<readonly [string, string]> | undefined> = (() => {
  const byPair: Array<Array<readonly [string, string]> | undefined> = new Array(128 * 128).fill(undefined);
  for (const entry of [...TYPE_WORDS].sort((a, b) => b[0].length - a[0].length)) {
    const pair = entry[0].charCodeAt(0) * 128 + entry[0].charCodeAt(1);
    byPair[pair] = [...(byPair[pair] ?? []), entry];
  }
  return byPair;
})();

function isWordBreak(c: number): boolean {
  return isInlineSpace(c) || isLineBreak(c);
}

/**
 * The type word written in front of the reference starting at `start`, or null. Walks back
 * character by character in one loop, judging each word when the break before it is reached,
 * so only the few words before the number are ever folded, and a word whose initial starts
 * no type word ("số", "văn", "và") costs no more than the walk over it.
 */
export function typeWordBefore(text: string, start: number): string | null {
  let words = 0; // words judged so far
  let end = start; // the end of the word being read
  let first = -1; // the character of that word read last (its first so far); -1 between words
  for (let p = start - 1; p >= 0; p--) {
    const c = text.charCodeAt(p);
    // Letters, first: every break and clause mark is below ";" or is NBSP or from U+2009.
    if (c > 59 && c < 0x2009 && c !== 0xa0) {
      if (first < 0) end = p + 1;
      first = c;
      continue;
    }
    if (isWordBreak(c)) {
      if (first < 0) continue;
      const name = typeWordStarting(text, p + 1, end, first);
      if (name !== null || ++words > MAX_WORDS_BETWEEN + 2) return name;
      first = -1;
      continue;
    }
    // A clause break in a word ("…, số 12/…") cuts the type word from the number; the "số:"
    // prefix, the English "No." and a list counter glued to the type word ("2Quyết định") do not.
    if (isClauseBreak(c) && !(first < 0 && (c === 58 ? words === 0 : isNoAbbreviation(text, p)))) return null;
    if (first < 0) end = p + 1;
    first = c;
  }
  return first < 0 ? null : typeWordStarting(text, 0, end, first);
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
  const type = typeWordBefore(text, start);
  return type !== null && TYPE_WORD_OPENING.test(foldText(before));
}

/** A type word, then "số" or "số:" at most: all the text may hold before a reference it opens with. */
const TYPE_WORD_OPENING = new RegExp(
  `^(?:${TYPE_WORDS.map((entry) => entry[0].replace(/ /g, '\\s+')).join('|')})(?:\\s+lien\\s+tich)?(?:\\s+so)?(?:\\s*:)?$`,
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

/** , ; : ( ) . " “ ” */
function isClauseBreak(c: number): boolean {
  return (
    c === 44 ||
    c === 59 ||
    c === 58 ||
    c === 40 ||
    c === 41 ||
    c === 46 ||
    c === 34 ||
    c === 0x201c ||
    c === 0x201d
  );
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
  // An indexed loop: for-of and the destructuring of each entry would go through iterators.
  for (let k = 0; k < candidates.length; k++) {
    const entry = candidates[k] as readonly [string, string];
    const end = matchFoldedWord(text, pos, entry[0]);
    if (end >= 0 && !isSymbolLetter(foldCode(text.charCodeAt(end)))) return entry[1];
  }
  return null;
}

/** The title line of a header document ("QUY ĐỊNH", "QUYẾT ĐỊNH") within a few lines below. */
export function titleWordAfter(text: string, end: number): string | null {
  const folded = foldText(text.slice(end, end + 320));
  const title = /(?:^|\n|\|)\s*(quy dinh|quyet dinh)\b/.exec(folded);
  if (!title) return null;
  return title[1] === 'quy dinh' ? 'Quy định' : 'Quyết định';
}

/**
 * FORM when a symbol is a form's or an annex's number ("Mẫu số 01/TNDN"), else null: what
 * `typeNameFor` rejects, without the rest of its reading (the content script's scan).
 */
export function formNumber(
  shape: SymbolShape,
  codeName: string | null,
  text: string,
  start: number,
): string | null {
  if (codeName || shape === 'law' || shape === 'standing') return null;
  return typeWordBefore(text, start) === FORM ? FORM : null;
}

/** English type words and the names they give (`englishTypeWordBefore`). */
const ENGLISH_TYPE_NAMES: Readonly<Record<string, string>> = {
  law: 'Luật',
  resolution: 'Nghị quyết',
  decree: 'Nghị định',
  decision: 'Quyết định',
  circular: 'Thông tư',
  directive: 'Chỉ thị',
  'official letter': 'Công văn',
  'official dispatch': 'Công văn',
  ordinance: 'Pháp lệnh',
  plan: 'Kế hoạch',
  notice: 'Thông báo',
  report: 'Báo cáo',
};
const ENGLISH_TYPE_WORD = new RegExp(
  `(?:^|[^a-z])(${Object.keys(ENGLISH_TYPE_NAMES).join('|')})\\s+(?:no\\.?\\s*)?$`,
  'i',
);

/**
 * The type name an English type word right before the number gives ("Resolution 98/2023/QH15",
 * "Decision No. 123/QD-TTg": translated portals), or null. Only for the type name, which the
 * background reads: not in `TYPE_WORDS`, which the content script's scan reads too.
 */
function englishTypeWordBefore(text: string, start: number): string | null {
  const word = ENGLISH_TYPE_WORD.exec(text.slice(Math.max(0, start - 32), start))?.[1];
  return word ? (ENGLISH_TYPE_NAMES[word.toLowerCase()] ?? null) : null;
}

/** The type name of a reference: from its code, else from the words around it. */
export function typeNameFor(
  shape: SymbolShape,
  typeCode: string | null,
  codeName: string | null,
  text: string,
  start: number,
  end: number,
  header: HeaderKind,
): string | null {
  if (typeCode === 'QĐ' && shape === 'party') {
    const word = typeWordBefore(text, start) ?? (header === 'header' ? titleWordAfter(text, end) : null);
    return word === 'Quy định' ? 'Quy định' : 'Quyết định';
  }
  if (codeName) return codeName;
  const word = typeWordBefore(text, start) ?? englishTypeWordBefore(text, start);
  if (shape === 'law') {
    return word === 'Nghị quyết' || word === 'Bộ luật' || word === 'Hiến pháp' ? word : 'Luật';
  }
  // The Standing Committee issues resolutions and ordinances, never laws.
  if (shape === 'standing') return word === 'Pháp lệnh' ? word : 'Nghị quyết';
  if (shape === 'dispatch') return word ?? 'Công văn';
  return word;
}
