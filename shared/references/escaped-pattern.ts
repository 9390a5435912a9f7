/**
 * Text written into a regular expression as itself: an abbreviation the text defines, a
 * document's number.
 * @module
 */

/** `text` with every character a regular expression gives a meaning escaped. */
export function escapedPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
