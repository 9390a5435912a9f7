/**
 * The dating line under an English document header's number.
 * @module
 */
import type { DocumentReference } from '../schemas/reference';
import { englishDate } from './english-date';
import { lineAround } from './text-spans';

/** "No. 26/CT-TTg", "No.: 49/NQ-CP": the number line's text before the symbol. */
const NUMBER_LEAD = /^\s*No\.?\s*:?\s*$/i;

/**
 * "Hanoi, June 6, 2017", "Ha Noi, June 07, 2016": a place of one to four capitalised words, a
 * comma, the date and nothing after it (not "Posted on Monday, March 4, 2024", nor a news
 * dateline running into its report; review 43).
 */
const DATING_LINE =
  /^\s*[A-Z][a-z]*(?: [A-Z][a-z]*){0,3},\s*([A-Za-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}(?:st|nd|rd|th)? [A-Za-z]{3,9},? \d{4})\.?\s*$/;

/**
 * The date of an English translation's header ("No. 26/CT-TTg" over "Hanoi, June 6, 2017"; audit
 * 99): the dating line on one of the two lines under the number line, when that line holds
 * nothing but the number. Null otherwise.
 */
export function englishHeaderDate(text: string, reference: DocumentReference): string | null {
  const line = lineAround(text, reference.start);
  if (!NUMBER_LEAD.test(text.slice(line.from, reference.start))) return null;
  if (text.slice(reference.end, line.to).trim() !== '') return null;
  let at = line.to + 1;
  for (let n = 0; n < 2 && at < text.length; n++) {
    const next = lineAround(text, at);
    const dating = DATING_LINE.exec(text.slice(next.from, next.to));
    const date = dating ? englishDate(dating[1] as string) : null;
    if (date) return date;
    at = next.to + 1;
  }
  return null;
}
