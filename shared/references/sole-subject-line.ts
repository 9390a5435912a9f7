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

/**
 * The words of the text's only "V/v" line, when it stands above `before` (where the document is
 * first named: one below is a related box's or an attachment's, "Văn bản liên quan 5501/SXD-QLXD
 * V/v …", "Tệp đính kèm: V/v ….pdf"; review 32) and holds no symbol nor a file's name; else null
 * (none, or a list of several).
 */
export function soleSubjectLine(text: string, before: number): string | null {
  let found: RegExpExecArray | null = null;
  for (const line of text.matchAll(SUBJECT_LINE)) {
    if (found !== null) return null;
    found = line;
  }
  if (found === null || found.index + found[0].length > before) return null;
  const words = (found[1] as string).trim();
  return words.length <= MAX_SUBJECT_LINE && !/\d\s*\/\s*\p{Lu}|\.(?:pdf|docx?|xlsx?|zip|rar)$/iu.test(words)
    ? words
    : null;
}
