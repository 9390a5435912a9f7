/**
 * Whether a symbol stands on a document header's "Số:" line, or in the number field of a legal
 * database's metadata block ("Số hiệu:", "Số ký hiệu:"): what makes the lines after it the
 * document's own (its dating line, its title).
 * @module
 */
import { isCombiningMark, isExpressionSpace, isInlineSpace, isLineBreak } from './chars';
import { TYPE_WORD_PATTERN } from './context';
import { foldCode, foldText } from './fold';

export type HeaderKind = 'header' | 'metadata' | null;

/** "Nghị quyết số:" heading its line or cell, folded. */
const HEADER_TYPE_LABEL = new RegExp(`(?:^|[\\n|])[ \\t*\\-_>•]*${TYPE_WORD_PATTERN}[ \\t]+so$`);

/**
 * "Số: 594/KH-UBND" or "Số 09-QC/TW" at the start of a line (or a table cell) is a document
 * header; "Số hiệu: 23/2012/TT-BCA" is a field of a legal database's metadata block.
 */
export function headerKind(text: string, start: number): HeaderKind {
  // Most references follow a lower-case "số" or a type word: rule those out by character
  // codes before looking closer.
  let i = start - 1;
  // The value in a field of its own: on the next line, or in a table's next cell after a tab
  // ("Số ký hiệu\t15/2024/TT-BYT", audit 57).
  let ownField = false;
  while (i >= 0 && (isInlineSpace(text.charCodeAt(i)) || isLineBreak(text.charCodeAt(i)))) {
    const space = text.charCodeAt(i--);
    if (space === 10 || space === 9) ownField = true;
  }
  const c = text.charCodeAt(i);
  const mayBeHeader =
    c === 58 ||
    c === 124 ||
    c === 0x1ed0 ||
    (c === 0x1ed1 && text.charCodeAt(i - 1) === 83) ||
    isCombiningMark(c) ||
    // "Số ký hiệu" with its value on the next line or in the next cell.
    (ownField &&
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
 * hiệu" (or "kí"), "Số/Ký hiệu", "Số, ký hiệu", "Ký hiệu văn bản", "Số hiệu văn bản", "Số văn bản", "Số VB",
 * NukeViet's "Số công văn", up to its end (no
 * separator after it).
 * "Số hiệu" is read apart, by `headerKindBefore`.
 */
export const SYMBOL_LABEL =
  /(?:^|[\n|])[ \t*\-_>•]*(?:(?:(?:so[ \t]*[/,]?[ \t]*)?k[iy]|so) hieu(?: van ban| vb)?|so van ban|so vb|so cong van)$/;

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
  while (i > 0 && isExpressionSpace(text.charCodeAt(i - 1))) i--;
  return i;
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
