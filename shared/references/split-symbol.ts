/**
 * A document's symbol given in two metadata fields, its number and its code ("Số: 45" over "Ký
 * hiệu: KH-UBND", as some e-office portals show a document: audit 8), written as the one field
 * the engine reads ("Số ký hiệu: 45/KH-UBND"). The symbol is in no single run of the page's
 * text, so it is found in no other way.
 * @module
 */

/**
 * "Số" (or "Số văn bản", "Số hiệu") and its number, then "Ký hiệu" and its code, each label
 * opening its line, its value after a colon or on the next line (a two-column table's cells).
 */
const SPLIT_FIELDS =
  /(^|\n)[ \t]*Số(?:[ \t]+(?:văn[ \t]+bản|hiệu))?[ \t]*:?[ \t]*\n?[ \t]*(\d{1,6})[ \t]*\n[ \t]*Ký[ \t]+hiệu[ \t]*:?[ \t]*\n?[ \t]*([A-Za-zĐđ][\wĐđ&.-]*)[ \t]*(?=\n|$)/giu;

/** The text with each split symbol joined into one "Số ký hiệu:" field. */
export function joinSplitSymbols(text: string): string {
  return text.includes('hiệu') ? text.replace(SPLIT_FIELDS, '$1Số ký hiệu: $2/$3') : text;
}
