/**
 * A sentence that issues the document without naming its number ("UBND tỉnh vừa ban hành
 * Kế hoạch … về việc …"), near a mention that names it: its body, date and subject.
 * @module
 */
import type { DocumentReference } from '../schemas/reference';
import { beforeNextItem, VERB_PHRASE } from './about-phrase';
import { firstYear, isoDate } from './dates';
import { escapedPattern } from './escaped-pattern';
import { findReferences } from './find-references';
import { foldText } from './fold';
import { BODY_OPENING, spellsCode } from './issuer-names';
import { TYPE_WORDS } from './mention-role';
import { issuerBeforeVerb } from './prose-issuer';
import { beforeNewClause, SENT_TO, subjectAfter, withoutAddressees } from './subject-after';
import { findFolded, lineAround, lineEnd, lineStart, type Span, sentenceAround } from './text-spans';

export interface UnnamedSentence {
  subject: string | null;
  /** The body the sentence names before its issuing verb, when it opens with a body's name. */
  body: string | null;
  /** The date with its year the sentence opens with ("Ngày 27/8/2024, UBND tỉnh … có văn bản …"), ISO, or null. */
  date: string | null;
}

/**
 * The subject of a sentence near the reference that issues the same document without its symbol,
 * when no mention and no title gives one: "Bộ Y tế vừa ban hành công văn gửi … về việc tăng
 * cường …" over a caption "Công văn số 5211/BYT-DP ngày 20/9/2024 của Bộ Y tế" (news names the
 * symbol only in a caption or a later paragraph). The sentence names the same body before an
 * issuing verb ("ban hành", "ký", "có", "gửi") and the reference's type word or "văn bản" with
 * no "số" or number after it (or a body whose abbreviation spells the issuer code: `spelledBody`),
 * cites no reference, and stands within `reach` lines above the anchor sentence or two below it.
 * Its subject is the "về việc" phrase, else (audit 16) the verb phrase a trích yếu opens with after
 * the noun and any addressees ("… vừa có văn bản gửi các bộ, ngành … đề nghị không yêu cầu …");
 * its body, the name before the issuing verb when it opens with a body's name ("UBND TP Hà Nội").
 * A sentence recalling the past or announcing the future speaks of another document ("Trước đó,
 * Sở Y tế đã có văn bản về việc …", "Năm 2023, Bộ Công an cũng đã ban hành văn bản …", "… sẽ có
 * văn bản …": `recalled`); with `before`, only a sentence before the reference's counts.
 */
export function unnamedSentence(
  text: string,
  primary: DocumentReference,
  bodies: readonly string[],
  sentence: Span,
  before: boolean,
  year: number | null | undefined,
  reach: number,
): UnnamedSentence | null {
  if (bodies.length === 0) return null;
  const folded = bodies.map(foldText);
  // Three lines up, "văn bản" names only a dispatch: a plan or a decision that far is named by
  // its type ("UBND tỉnh có văn bản về việc …" over "… triển khai Kế hoạch số 215/KH-UBND"; review 15).
  const nouns = reach <= 2 || primary.typeName === 'Công văn' ? ['van ban'] : [];
  if (primary.typeName) nouns.push(foldText(primary.typeName));
  if (nouns.length === 0) return null;
  const number = shortFormNumber(text, primary);
  const issues = issuingUnnamed(nouns.join('|'), undefined, number);
  const issue = unnamedIssue(primary, nouns.includes('van ban'), number);
  const from = lineStart(text, sentence.from, reach);
  const to = lineEnd(text, sentence.to, 2);
  // "Bộ Công an vừa có văn bản gửi các bộ, ngành … đề nghị không yêu cầu …": with no "về việc",
  // the verb phrase a trích yếu opens with, after the addressees; the first such sentence.
  let verbSentence: UnnamedSentence | null = null;
  for (let at = from; at < to; ) {
    const line = lineAround(text, at);
    for (let start = line.from; start < line.to; ) {
      const around = sentenceAround(text, start, start);
      if (around.to <= sentence.from || (!before && around.from >= sentence.to)) {
        const about = findFolded(text, 've viec', around.from, around.to);
        const before = foldText(text.slice(around.from, about ? about.start : around.to));
        const verb = issues.exec(before);
        const read = verb ? issuedIn(text, around, issue) : null;
        if (
          read &&
          (folded.some((body) => before.slice(0, (verb as RegExpExecArray).index).includes(body)) ||
            spelledBody(read, primary) ||
            shortFormOf(text, read, around, sentence, primary, folded)) &&
          findReferences(text.slice(around.from, around.to)).length === 0
        ) {
          if (!recalled(read, year)) {
            const date = leadDate(read);
            if (about)
              return {
                subject: subjectAfter(text, around.from, around.to),
                body: unnamedBody(read, primary),
                date,
              };
            verbSentence ??= unnamedVerbPhrase(read, primary, date);
          }
        }
      }
      start = Math.max(around.to + 1, start + 1);
    }
    at = line.to + 1;
  }
  return verbSentence;
}

/**
 * Whether an unnamed sentence recalls an earlier document or announces a later one: before its
 * issuing verb, "Trước đó|đây", "cũng đã", "sẽ", "đã từng", or an opening "Năm YYYY" before the
 * reference's own year.
 */
export function recalled({ nfc, verb }: IssuedIn, year: number | null | undefined): boolean {
  const before = nfc.slice(0, verb ? verb.index : nfc.length);
  // "cũng đã" recalls; "Cũng trong ngày 5/3, …", "cũng vừa" report the day's news.
  if (RECALLING.test(before)) return true;
  // A year that opens the sentence dates it ("Năm 2023, …"), not one inside it ("công tác năm 2024").
  const opening = /^\s*(?:trong\s+)?năm\s+(\d{4})(?!\d)/iu.exec(before)?.[1];
  return !!year && !!opening && Number(opening) < year;
}

/** "Trước đó|đây", "cũng đã", "sẽ", "đã từng": a sentence about an earlier or a later document. */
export const RECALLING = /(?:^|[\s,(])(?:trước (?:đó|đây)|cũng đã|sẽ|đã từng)(?=[\s,]|$)/iu;

/** An unnamed sentence in NFC, and its issuing verb and noun (`unnamedIssue`), read once for the helpers below. */
interface IssuedIn {
  nfc: string;
  verb: RegExpExecArray | null;
}

function issuedIn(text: string, around: Span, issue: RegExp): IssuedIn {
  const nfc = text.slice(around.from, around.to).normalize('NFC');
  return { nfc, verb: issue.exec(nfc) };
}

/**
 * The issuing verb and the document's noun with no number, or its own number alone, in a sentence
 * in NFC ("vừa có văn bản", "vừa ban hành Quyết định 2218").
 */
function unnamedIssue(primary: DocumentReference, anyDocument: boolean, number: string | undefined): RegExp {
  const nouns = anyDocument ? ['văn bản'] : [];
  if (primary.typeName) nouns.push(primary.typeName.normalize('NFC').toLowerCase());
  return new RegExp(
    String.raw`(?:^|\s)(?:ban hành|ký|có|gửi)\s+(?:${nouns.join('|')})${number ? String.raw`(?:\s+(?:số\s*)?${shortNumber(number)})?` : ''}(?!\s*(?:số(?=[\s.:]|$)|\d))(?=[\s,]|$)`,
    'iu',
  );
}

/**
 * Whether the body before the unnamed sentence's verb is the primary's issuer by its code's
 * letters, as news writes a ministry ("Bộ GD&ĐT vừa ban hành Thông tư …" for TT-BGDĐT; audit 39):
 * an abbreviation in it, and its words' initials the code's letters, no more (not "Ban Tổ chức"
 * for BTC; review 16). Never a council's code, which names no level nor place (review 15).
 */
function spelledBody(read: IssuedIn, primary: DocumentReference): boolean {
  const code = primary.issuer ? foldText(primary.issuer) : '';
  if (code === '' || BARE_COUNCIL.test(code)) return false;
  const body = unnamedBody(read, primary);
  return (
    body !== null && ABBREVIATION.test(body) && spellsCode(foldText(body), primary.issuer as string, true)
  );
}

/** A people's council or committee's code. */
const BARE_COUNCIL = /^(?:ubnd|hdnd)$/;

/** A word of two capitals or more, with "&" or "-" inside at most ("GD&ĐT", "LĐ-TB&XH"). */
const ABBREVIATION = /(?:^|\s)\p{Lu}[\p{Lu}&-]*\p{Lu}(?=\s|$)/u;

/** The body before the unnamed sentence's issuing verb, when it opens with a body's name. */
/**
 * Whether the unnamed sentence names the body by the start of the name the mention gives it, two
 * words at least ("UBND huyện vừa ban hành Kế hoạch …" over "… UBND huyện Hải Lăng đã ban hành Kế
 * hoạch số 245/KH-UBND …"; audit 67): only when the rest of the name stands in the page above the
 * sentence (the portal's own name: "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI LĂNG"), and the mention's
 * sentence does not turn to another body ("Trong khi đó, UBND tỉnh Quảng Bình …"; review 27).
 */
function shortFormOf(
  text: string,
  read: IssuedIn,
  lead: Span,
  mention: Span,
  primary: DocumentReference,
  bodies: readonly string[],
): boolean {
  const body = unnamedBody(read, primary);
  const short = body ? foldText(body).replace(/\s+/g, ' ').trim() : '';
  if (!short.includes(' ') || ASIDE_OPENING.test(foldText(text.slice(mention.from, mention.to))))
    return false;
  const above = foldText(text.slice(0, lead.from)).replace(/\s+/g, ' ');
  return bodies.some((name) => {
    const rest = name.replace(/\s+/g, ' ').slice(short.length + 1);
    return name.startsWith(`${short} `) && rest.length > 0 && above.includes(rest);
  });
}

/** A sentence turning to another body or time, folded: "Trong khi đó, …", "Ngoài ra, …", "Tại tỉnh bạn, …". */
const ASIDE_OPENING =
  /^\W*(?:trong khi do|ngoai ra|truoc do|truoc day|cung ngay|tuong tu|rieng|mat khac|tai (?:tinh|dia phuong) (?:ban|khac)|o (?:tinh|dia phuong) (?:ban|khac))\b/;

/**
 * The number a lead may name the document by alone ("Quyết định 2218"), or undefined: not a
 * normative document's of a year before the page's ("Thông tư 17" is this year's circular, not
 * 17/2019/TT-BTC the report recalls; review 27). The page's year is the text's first.
 */
export function shortFormNumber(text: string, reference: DocumentReference): string | undefined {
  if (reference.year === null) return reference.number;
  const first = firstYear(text);
  return first && Number(first) > reference.year ? undefined : reference.number;
}

function unnamedBody({ nfc, verb }: IssuedIn, primary: DocumentReference): string | null {
  if (!verb) return null;
  const body = issuerBeforeVerb(nfc, 0, verb.index + verb[0].length, primary.issuer);
  return body && BODY_OPENING.test(foldText(body)) ? body : null;
}

/**
 * The date an unnamed sentence opens with, before its body, written with its year ("Ngày
 * 27/8/2024, UBND tỉnh … có văn bản …", "Chiều 05 tháng 9 năm 2024, …"): the day it was issued, as
 * news writes it. A date further on is an event's ("Sau cuộc họp ngày 20/8, …"); a yearless one
 * is left: the page's dates give no sure year (a banner's today, a sidebar's, a deadline's;
 * review 16).
 */
function leadDate({ nfc, verb }: IssuedIn): string | null {
  if (!verb) return null;
  const opening = LEAD_OPENING_DATE.exec(nfc.slice(0, verb.index));
  if (!opening) return null;
  const [day, month, year] = opening[1] ? opening.slice(1, 4) : opening.slice(4, 7);
  return isoDate(Number(year), Number(month), Number(day));
}

/** A source tag or dateline at most, a time of day, then "ngày|hôm d/m/yyyy," or "ngày d tháng m năm yyyy,". */
const LEAD_OPENING_DATE =
  /^\s*(?:\([^)]{1,30}\)\s*[-–—]?\s*|[^\s,.()]+(?:\s+[^\s,.()]+){0,3}\s+[-–—]\s+)?(?:(?:sáng|chiều|tối|trưa|đêm)\s+(?:(?:ngày|hôm)\s+)?|ngày\s+|hôm\s+)(?:(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4}))\s*,/iu;

/** The unnamed sentence's verb phrase after its noun and addressees ("… gửi các bộ đề nghị …"). */
function unnamedVerbPhrase(
  read: IssuedIn,
  primary: DocumentReference,
  date: string | null,
): UnnamedSentence | null {
  const { nfc, verb } = read;
  if (!verb) return null;
  const rest = nfc.slice(verb.index + verb[0].length);
  const sent = SENT_TO.exec(rest);
  const phrase = VERB_PHRASE.exec(
    beforeNewClause(rest.slice(sent ? sent[0].length : 0).replace(/^[\s,]+/, ''), true),
  );
  if (!phrase) return null;
  return {
    subject: withoutAddressees(beforeNextItem(beforeListedShortForm(phrase[1] as string)), true),
    body: unnamedBody(read, primary),
    date,
  };
}

/**
 * The phrase up to another document the lead lists by its short form ("… công bố thủ tục … hải
 * quan và Quyết định 2219 công bố …"; review 27).
 */
function beforeListedShortForm(phrase: string): string {
  const next = LISTED_SHORT_FORM.exec(foldText(phrase));
  return next ? phrase.slice(0, next.index) : phrase;
}

const LISTED_SHORT_FORM = new RegExp(String.raw`(?:,|\s+(?:va|cung))\s+(?:${TYPE_WORDS})\s+(?:so\s*)?\d`);

/**
 * An issuing verb of `verbs`, then a noun of `nouns` with no "số" nor number after it, both
 * patterns of folded words: a sentence that issues a document without naming it ("vừa có văn
 * bản", "ban hành kế hoạch …"), read folded. With `number`, the noun may be followed by that
 * number alone, news's short form of the document ("Bộ Tài chính vừa ban hành Quyết định 2218 công
 * bố …" over "Theo Quyết định số 2218/QĐ-BTC …"; audit 67).
 */
export function issuingUnnamed(nouns: string, verbs = 'ban hanh|ky|co|gui', number?: string): RegExp {
  const own = number ? String.raw`(?:\s+(?:so\s*)?${shortNumber(number)})?` : '';
  return new RegExp(String.raw`(?:^|\s)(?:${verbs})\s+(?:${nouns})${own}(?!\s*(?:so\b|\d))(?:\s|,|$)`);
}

/** A number as a pattern of itself alone, with or without its leading zeros ("0125", "125"). */
function shortNumber(number: string): string {
  const digits = escapedPattern(number.replace(/^0+(?=\d)/, ''));
  return String.raw`0*${digits}(?![\d/.-])`;
}
