/**
 * The subject an English page gives a document after its number, as Vietnamese pages give it
 * after "về": "Plan 188/KH-UBND dated August 16 on organizing activities …", "Decision
 * No.18/QD-UBND approving development and management planning …" (audit 86: the English
 * editions of portals and dailies).
 * @module
 */
import { englishMonth, MONTH_FIRST_DATE } from './english-date';
import { cleanPhrase } from './text-spans';

/**
 * Between the number and the subject: its date ("dated August 16", "dated 14 October 2024", a
 * translation's "OF SEPTEMBER 26, 2002"), its body ("of the Government", "by the Ministry of
 * Finance") and commas; then "on" and the subject ("on organizing …"), or a verb that is the
 * subject's first word ("approving …", "guiding …").
 */
const LEAD = new RegExp(
  String.raw`^[\s,]*(?:dated\s+[\w\s,.]{3,25}?[\s,]+|of\s+${MONTH_FIRST_DATE}[\s,]+)?(?:(?:issued\s+)?(?:by|of)\s+[^,;.]{3,80}?[\s,]+)?(?:(?:on|regarding|concerning)\s+(?=\S)|(?=(?:approving|guiding|regulating|promulgating|providing|amending|detailing|defining|stipulating|prescribing|establishing|adjusting|assigning|announcing)\s))`,
  'i',
);

/**
 * A subject ends with its sentence (not at "No." of a document it names), before a clause about
 * when, by whom or to what end ("…, which takes effect", "…, carrying out …"), or before the
 * sentence's own verb ("Directive 16/CT-TTg on social distancing was issued on …").
 */
const SUBJECT =
  /[^\n;]{8,300}?(?=(?<!\b(?:Nos?|St|Mr|Mrs|Ms|Dr))\.\s|\.$|[;\n]|,\s+(?:which|signed|dated|effective|taking|carrying|aiming)\s|\s+(?:was|were|is|are|has been|have been|had been|will|shall|would|takes|took|comes|came|applies|apply|applied|requires|required|allows|allowed|becomes|became|signed by|stipulates|provides|sets|raises|states|says|specifies|stresses|notes|aims|asks|urges|instructs)\s|,?\s+(?:and|or)\s+(?:the\s+)?(?:Decree|Circular|Decision|Resolution|Law|Directive|Plan|Dispatch|Official\s+Letter)\s+No|$)/y;

/**
 * What "on" opens that is no subject: a day ("on August 16", "on Monday", "on 14 October", "on the
 * evening of …"), a time or a manner ("on schedule", "on time", "on a pilot basis", "on the basis
 * of …", "on the occasion of …"), a place ("on the city's portal"; review 37).
 */
const NOT_A_SUBJECT =
  /^(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:the\s+)?(?:same\s+)?(?:day|evening|morning|afternoon|night|occasion|basis|behalf|schedule|time)\b|an?\s+\w+\s+basis\b|(?:\S+\s+){0,4}(?:website|portal|page|platform|site)\b)/i;

/** The English subject after the number ending at `end`, within `to`, or null. */
export function englishSubjectAfter(text: string, end: number, to: number): string | null {
  const rest = text.slice(end, Math.min(to, end + 500));
  // English text only: the sentence's words so far have no Vietnamese letters.
  if (/[À-ỹĐđ]/u.test(rest.slice(0, 60))) return null;
  const lead = LEAD.exec(rest);
  if (!lead) return null;
  const from = lead[0].length;
  const start = rest.slice(from);
  const firstWord = /^[A-Za-z]+/.exec(start)?.[0] ?? '';
  if (NOT_A_SUBJECT.test(start) || (firstWord.length >= 3 && englishMonth(firstWord) !== null)) return null;
  SUBJECT.lastIndex = from;
  const subject = SUBJECT.exec(rest);
  // Quoted as its title is: the words without their quotation marks.
  return subject ? cleanPhrase(subject[0].replace(/^["“]([^"“”]+)["”]$/, '$1')) || null : null;
}
