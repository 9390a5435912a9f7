/**
 * A news page's headline: the text's first line, or the line the page title repeats.
 * @module
 */
import { foldText } from './fold';
import { cleanPhrase, type Span } from './text-spans';

/**
 * A news page's headline: the text's first line, written whole as the sentence (no full stop
 * ends it) with more text under it.
 */
export function isFirstLineHeadline(text: string, sentence: Span): boolean {
  for (let i = 0; i < sentence.from; i++) if (!/\s/.test(text[i] as string)) return false;
  const next = text.charCodeAt(sentence.to);
  if (next !== 10 && next !== 13) return false;
  for (let i = sentence.to + 1; i < text.length; i++) if (!/\s/.test(text[i] as string)) return true;
  return false;
}

/** Whether the sentence's line, whole, is the page title's text (`titleLine`, folded). */
export function isTitleLine(text: string, sentence: Span, titleLine: string | null): boolean {
  if (!titleLine) return false;
  const from = text.lastIndexOf('\n', sentence.from - 1) + 1;
  const end = text.indexOf('\n', sentence.to);
  return foldedLine(text.slice(from, end < 0 ? text.length : end)) === titleLine;
}

export function foldedLine(line: string): string {
  return foldText(cleanPhrase(line)).replace(/\s+/g, ' ').trim();
}
