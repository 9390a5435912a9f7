/**
 * Reading one segment of a symbol ("QĐ", "UBND", "V28", "VH&GĐ") out of page text, where
 * the next word is often glued on: "UBNDNgày", "CPSố", "SGDĐTngày", "VPĐOÀN".
 * @module
 */
import {
  hasLowerFrom,
  isCombiningMark,
  isDigit,
  isHyphen,
  isLowerLetter,
  isSegmentChar,
  isSymbolLetter,
  isUpperLetter,
  isVowel,
  isWordLetter,
} from './chars';
import { canonicalSegment, isKnownCode, MIXED_CASE_CODES, withRealD } from './codes';
import { dateValue } from './dates';

export interface Segment {
  /** The segment as written, without any glued word. */
  value: string;
  start: number;
  end: number;
  /** Written in lower case ("tt", "qĐ", "ubnd"). */
  lower: boolean;
  /** A word was glued to it: nothing after it belongs to the symbol. */
  glued: boolean;
}

const MAX_SEGMENT = 16;

/** Reads the segment starting at `pos`, or null when no segment starts there. */
export function segmentAt(text: string, pos: number): Segment | null {
  const first = text.charCodeAt(pos);
  if (!isSymbolLetter(first)) return null;
  let runEnd = pos + 1;
  let hasUpper = isUpperLetter(first) && first !== 0x110 && first !== 0xd0;
  let hasLower = isLowerLetter(first) && first !== 0x111;
  while (runEnd < text.length) {
    const c = text.charCodeAt(runEnd);
    if (!isSegmentChar(c)) break;
    if (c >= 65 && c <= 90) hasUpper = true;
    else if (c >= 97 && c <= 122) hasLower = true;
    else if (c === 0x1af) hasUpper = true;
    runEnd++;
    if (runEnd - pos > MAX_SEGMENT + 8) return null;
  }
  while (runEnd > pos + 1 && text.charCodeAt(runEnd - 1) === 38) runEnd--;
  runEnd = beforeGluedDate(text, pos, runEnd);
  let run = text.slice(pos, runEnd);
  // A word in title case glued on ("BYTHướng", "TTgTăng", "SYTƯớc"): its capital, then a vowel
  // with a mark in lower case, is no letter of the code (one capital: not "TH" of "BYTH"). A
  // lower-case letter before that vowel ("UBND-KThướng", "VPhội") leaves the old reading: the
  // word may be in lower case, "hướng" (review 93).
  let glued = false;
  if (
    isUpperLetter(run.charCodeAt(run.length - 1)) &&
    isLowerCase(text.charCodeAt(runEnd)) &&
    !isKnownCode(run) &&
    // In a mixed-case run, only after a capital or a known code ("GDTrHHướng", "TTgTăng"):
    // "GDTrHổn định" is the unit GDTrH, then "ổn" (review 94).
    (!hasLower || !isLowerLetter(run.charCodeAt(run.length - 2)) || isKnownCode(run.slice(0, -1)))
  ) {
    run = run.slice(0, -1);
    if (!run) return null;
    runEnd--;
    glued = true;
  }
  const next = runEnd < text.length ? text.charCodeAt(runEnd) : 0;

  if (!hasUpper && hasLower) {
    // A lower-case symbol ("tt-btc") must not be the start of an ordinary word ("buổi").
    if (isWordLetter(next)) return null;
    return segmentOf(run, pos, run.length, true, glued);
  }
  if (hasLower) {
    // The look-alike Ð spelt Đ: "QÐi" is the Party's QĐi (audit 77).
    const spelt = withRealD(run);
    // A known code in no case of its own ("UbnD", "Ttg") reads as lower case.
    if (!isWordLetter(next) && isKnownCode(run) && canonicalSegment(run) !== spelt) {
      return segmentOf(run, pos, run.length, true, glued);
    }
    return segmentOf(run, pos, mixedCaseCut(run, spelt, next), false, glued);
  }
  // A capital vowel opening a word in title case ("VXỦy quyền") leaves the run whole; not its
  // decomposed spelling, whose plain "U" the run took ("VXU" + hook + "y"; review 95).
  if (isWordLetter(next) && (isCombiningMark(next) || !isLowerCase(text.charCodeAt(runEnd + 1))))
    return segmentOf(run, pos, upperGluedCut(run, next), false, true);
  return segmentOf(run, pos, run.length, false, glued);
}

/**
 * Where a run ends once a date glued to it is cut off ("UBND02/12/2024" → "UBND"): a unit's
 * digits are never followed by a slash (or dot, or dash) and a month and year.
 */
function beforeGluedDate(text: string, pos: number, runEnd: number): number {
  const sep = text.charCodeAt(runEnd);
  if (!(sep === 47 || sep === 46 || isHyphen(sep)) || !isDigit(text.charCodeAt(runEnd - 1))) return runEnd;
  let day = runEnd - 1;
  if (isDigit(text.charCodeAt(day - 1))) day--;
  return day > pos && dateValue(text, day) !== null ? day : runEnd;
}

/** The segment of `run`'s first `length` characters at `pos`, or null past MAX_SEGMENT. */
export function segmentOf(
  run: string,
  pos: number,
  length: number,
  lower: boolean,
  glued: boolean,
): Segment | null {
  if (length <= 0 || length > MAX_SEGMENT) return null;
  const value = run.slice(0, length);
  return { value, start: pos, end: pos + length, lower, glued: glued || length < run.length };
}

/**
 * Where an upper-case segment ends when lower-case letters follow it: "UBNDNgày" → 4,
 * "TTgNgày" → 3 (TTg is written that way), "SGDĐTngày" → 5; its mixed-case codes are read in
 * `spelt`, the run with Đ for the look-alike Ð.
 */
function mixedCaseCut(run: string, spelt: string, next: number): number {
  let k = 0;
  while (k < run.length) {
    const mixed = mixedCodeAt(run, spelt, k, next);
    if (mixed > 0) {
      k += mixed;
      // A lower-case letter after it opens a glued word.
      if (isLowerLetter(run.charCodeAt(k))) return k;
      continue;
    }
    if (isLowerLetter(run.charCodeAt(k)) && k > 0) {
      // One lower-case letter between capitals, with no glued word after them, is part of a
      // unit ("GDTrH", Giáo dục Trung học).
      if (
        isUpperLetter(run.charCodeAt(k - 1)) &&
        isUpperLetter(run.charCodeAt(k + 1)) &&
        !hasLowerFrom(run, k + 1)
      ) {
        k++;
        continue;
      }
      // A closing "r" after capitals is a unit's "Tr" (Trợ, Tra: "2435/CT-HTr", Cục Thuế's
      // support office; audit 85): a word glued there would need a vowel.
      if (
        k === run.length - 1 &&
        k >= 2 &&
        run.charCodeAt(k) === 114 &&
        isUpperLetter(run.charCodeAt(k - 1))
      ) {
        k++;
        continue;
      }
      // The glued word starts either at this lower-case letter ("SGDĐTngày") or at the
      // capital before it ("UBNDNgày"); a known code on either side decides.
      const whole = run.slice(0, k);
      if (isKnownCode(whole) || k <= 2) return k;
      if (isKnownCode(run.slice(0, k - 1))) return k - 1;
      // Else the word that spells a syllable: "Ngày" in "…NgàyX", "ngày" in "TCKHngày" ("Hngày" is none).
      if (!isUpperLetter(run.charCodeAt(k - 1))) return k;
      return gluedSyllable(run, k - 1, next) || !gluedSyllable(run, k, next) ? k - 1 : k;
    }
    if (isLowerLetter(run.charCodeAt(k))) return 0;
    k++;
  }
  return k;
}

/** The mixed-case code at `k` of `run` (`spelt`: the run with Đ for the look-alike Ð), or 0. */
function mixedCodeAt(run: string, spelt: string, k: number, next: number): number {
  for (const code of MIXED_CASE_CODES) {
    // The Party's QĐi is a type code of its own, never the tail of a longer run ("UQĐi").
    if (spelt.startsWith(code, k) && (k === 0 || code !== 'QĐi')) {
      const end = k + code.length;
      // A lower-case tail is a glued word when it opens a syllable ("TTgvề", "TTravề").
      if (!isLowerLetter(run.charCodeAt(end)) || gluedSyllable(run, end, next)) return code.length;
    }
  }
  return 0;
}

/**
 * Whether the rest of `run` from `from`, with the character after the run (`next`), is one
 * word opening a Vietnamese syllable: a letter, then lower case only; an onset, then a vowel
 * ("về", "ngày", "của", "Ngày"; not "Hvề", "gvề").
 */
function gluedSyllable(run: string, from: number, next: number): boolean {
  for (let i = from + 1; i < run.length; i++) if (!isLowerLetter(run.charCodeAt(i))) return false;
  const tail = run.slice(from).toUpperCase();
  const onset = ONSETS.find((onset) => tail.startsWith(onset))?.length ?? 0;
  // Not before a marked vowel after a final consonant: that makes two syllables, not one word
  // ("VPTUngày" is VPTU, then "ngày"; audit 240).
  return onset < tail.length
    ? isVowel(tail[onset] as string) && !(isWordLetter(next) && !isVowel(tail.at(-1) as string))
    : isWordLetter(next);
}

// Longest first; the single letters spread from one string (the content script has a size
// budget). F and J open no Vietnamese syllable, but an English month glued on does
// ("980/QĐ-VNPT-HĐTV" + "Jun 12, 2024" in a related list; audit 66).
const ONSETS = ['NGH', 'NG', 'NH', 'CH', 'GH', 'KH', 'PH', 'TH', 'TR', ...'BCDĐFGHJKLMNPQRSTVX'];

/** A lower-case letter, any script ("ư", "ớ", "y"): not a capital, digit, mark or sign. */
function isLowerCase(c: number): boolean {
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase();
}

/**
 * Where an all-capitals segment ends when a capital word with diacritics is glued to it
 * ("VPĐOÀN" → "VP"): back over the vowels and the initial consonants of that word's
 * first syllable.
 */
function upperGluedCut(run: string, next: number): number {
  if (isKnownCode(run) && !isCombiningMark(next)) return run.length;
  let i = run.length;
  while (i > 0 && isVowel(run[i - 1] as string)) i--;
  for (const onset of ONSETS) {
    if (i >= onset.length && run.startsWith(onset, i - onset.length)) {
      i -= onset.length;
      break;
    }
  }
  return i;
}
