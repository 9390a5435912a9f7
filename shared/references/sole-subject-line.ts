/**
 * The one line of a text that opens with "V/v": the trích yếu of a page whose document gives
 * none where it is named ("V/v Chuyển đổi mục đích sử dụng rừng …" heading a business-dialogue
 * answer that names its dispatch only in its last line; audit 76).
 * @module
 */

/** A line opening with "V/v" (or "V/V", "v/v"), then its words. */
const SUBJECT_LINE = /^[ \t]*V[ \t]*\/[ \t]*v\b[ \t.:]*(\S[^\n]*)$/gimu;

/** The longest line read as a trích yếu. */
const MAX_SUBJECT_LINE = 300;

/** The words of the text's only "V/v" line without a digit-led symbol in it, or null (none, or a list of several). */
export function soleSubjectLine(text: string): string | null {
  let found: string | null = null;
  for (const line of text.matchAll(SUBJECT_LINE)) {
    if (found !== null) return null;
    found = (line[1] as string).trim();
  }
  return found !== null && found.length <= MAX_SUBJECT_LINE && !/\d\s*\/\s*\p{Lu}/u.test(found)
    ? found
    : null;
}
