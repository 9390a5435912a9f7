/**
 * The title under an English document header's type line.
 * @module
 */
import type { DocumentReference } from '../schemas/reference';
import { lineAround } from './text-spans';

/** "No. 26/CT-TTg": the number line's text before the symbol. */
const NUMBER_LEAD = /^\s*No\.?\s*:?\s*$/i;

/** The type line of an English translation's header. */
const TYPE_LINE =
  /^\s*(?:DIRECTIVE|DECREE|DECISION|RESOLUTION|CIRCULAR|JOINT CIRCULAR|OFFICIAL (?:LETTER|DISPATCH)|LAW|ORDINANCE|PLAN|NOTICE|CONCLUSION)\s*$/;

/** Lines under a type line that are no title. */
const NOT_A_TITLE =
  /^(?:(?:THE\s+)?(?:PRIME MINISTER|GOVERNMENT|MINISTER(?: OF [A-Z ,&]+)?|MINISTRY(?: OF [A-Z ,&]+)?|CHAIRMAN|CHAIRPERSON|PEOPLE'?S COMMITTEE(?: OF [A-Z ]+)?|NATIONAL ASSEMBLY)\s*$|[^:]{0,25}:|related|read more|see also|more\b)/i;

/** How far under the number line its type line may stand (the dating line, a rule between). */
const TYPE_LINE_REACH = 4;

/**
 * "No. 26/CT-TTg ⏎ Hanoi, June 6, 2017 ⏎ DIRECTIVE ⏎ On further effectively implementing
 * Resolution No. 35/NQ-CP …" (audit 99): the line under the type line, without its "On", when
 * the number line holds nothing but the number. Null otherwise.
 */
export function englishHeaderSubject(text: string, reference: DocumentReference): string | null {
  const line = lineAround(text, reference.start);
  if (!NUMBER_LEAD.test(text.slice(line.from, reference.start))) return null;
  if (text.slice(reference.end, line.to).trim() !== '') return null;
  let at = line.to + 1;
  for (let n = 0; n < TYPE_LINE_REACH && at < text.length; n++) {
    const next = lineAround(text, at);
    if (TYPE_LINE.test(text.slice(next.from, next.to))) {
      const title = lineAround(text, next.to + 1);
      const line = text.slice(title.from, title.to).trim();
      // The title, not the issuer's capacity line ("THE PRIME MINISTER"), an address ("To: …")
      // or a link ("Related news: …", "Read more"; review 43).
      if (NOT_A_TITLE.test(line)) return null;
      const subject = line.replace(/^(?:on|regarding|re:?)\s+/i, '');
      return subject.length > 3 ? subject : null;
    }
    at = next.to + 1;
  }
  return null;
}
