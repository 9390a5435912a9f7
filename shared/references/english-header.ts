/**
 * An English translation's header: the dating line and the title under its "No." line.
 * @module
 */
import type { DocumentReference } from '../schemas/reference';
import { isoDate } from './dates';
import { englishDate, englishMonth } from './english-date';
import { foldText } from './fold';
import { lineAround, type Span } from './text-spans';

/**
 * "No. 26/CT-TTg", "No.: 49/NQ-CP", "Number: 64/2008/NĐ-CP" (vbpl.vn's English texts; audits 85,
 * 161, 194): the number line's text before the symbol.
 */
const NUMBER_LEAD = /^\s*(?:No|Number)\.?\s*:?\s*$/i;

/** A dating line's place and its comma: one to four capitalised words ("Ha Noi ,"). */
const DATING_PLACE = String.raw`^\s*[A-Z][a-z]*(?: [A-Z][a-z]*){0,3} ?,`;

/**
 * "Hanoi, June 6, 2017", "Ha Noi, June 07, 2016", "Ha Noi , May 14, 2008" (vbpl.vn): a place of
 * one to four capitalised words, a comma, the date and nothing after it (not "Posted on Monday,
 * March 4, 2024", nor a news dateline running into its report; review 43).
 */
const DATING_LINE = new RegExp(
  String.raw`${DATING_PLACE}\s*([A-Za-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}(?:st|nd|rd|th)? [A-Za-z]{3,9},? \d{4})\.?\s*$`,
);

/** How far under the number line its dating line may stand, the national motto's lines aside. */
const DATING_LINE_REACH = 2;

/**
 * The national name and motto, and the rules under them, which a header set in one column puts
 * between the number and the dating line ("Number: 64/2008/NĐ-CP ⏎ SOCIALIST REPUBLIC OF VIET
 * NAM ⏎ Independence - Freedom - Happiness ⏎ Ha Noi , May 14, 2008"; audit 85), in Vietnamese too
 * on a bilingual page, folded; a rule may hold its "o0o" (review 81).
 */
const MOTTO_LINE =
  /^\s*(?:(?:the\s+)?socialist republic of viet ?nam\.?|independence\s*[-–—]\s*freedom\s*[-–—]\s*happiness|cong hoa xa hoi chu nghia viet nam|doc lap\s*[-–—]\s*tu do\s*[-–—]\s*hanh phuc|[-–—_=*]{3,}(?:\s*o[o0]o\s*[-–—_=*]+)?)\s*$/;
/** How many motto lines the dating line may stand under. */
const MOTTO_LINES = 3;

/** The type line of an English translation's header. */
const TYPE_LINE =
  /^\s*(?:DIRECTIVE|DECREE|DECISION|RESOLUTION|CIRCULAR|JOINT CIRCULAR|OFFICIAL (?:LETTER|DISPATCH)|LAW|ORDINANCE|PLAN|NOTICE|CONCLUSION)\s*$/;

/** How far under the number line its type line may stand (the dating line, a rule between). */
const TYPE_LINE_REACH = 4;

/**
 * Whether the reference stands under an English number label ("Number:", "No.", "Official
 * number:"), which makes a metadata block of an English page (vbpl.vn, LuatVietnam) rather than a
 * Vietnamese one, whose own subject fields come first (review 79).
 */
export function underEnglishLabel(text: string, reference: DocumentReference): boolean {
  let line = lineAround(text, reference.start);
  // The label may stand in a cell of its own, on the line above.
  if (text.slice(line.from, reference.start).trim() === '' && line.from > 0)
    line = lineAround(text, line.from - 1);
  return ENGLISH_NUMBER_LABEL.test(text.slice(line.from, reference.start));
}

const ENGLISH_NUMBER_LABEL = /(?:^|[\s|])(?:(?:official\s+)?number|no\.?)[\s:|]*$/i;

/** Lines under a type line that are no title. */
const NOT_A_TITLE =
  /^(?:(?:THE\s+)?(?:PRIME MINISTER|GOVERNMENT|MINISTER(?: OF [A-Z ,&]+)?|MINISTRY(?: OF [A-Z ,&]+)?|CHAIRMAN|CHAIRPERSON|PEOPLE'?S COMMITTEE(?: OF [A-Z ]+)?|NATIONAL ASSEMBLY)\s*$|[^:]{0,25}:|related|read more|see also|more\b)/i;

/**
 * The date of an English translation's header ("No. 26/CT-TTg" over "Hanoi, June 6, 2017"; audit
 * 99): the dating line on one of the two lines under the number line, when that line holds
 * nothing but the number. Null otherwise.
 */
export function englishHeaderDate(text: string, reference: DocumentReference): string | null {
  const line = numberLine(text, reference, true);
  if (!line) return null;
  const [first, second, third] = [...linesUnder(text, line, DATING_LINE_REACH + 1, MOTTO_LINES)];
  // The dating line on its own, or wrapped after its month ("Hanoi, October ⏎ 30, 2015"; audit 185).
  const spans: [Span | undefined, Span | undefined][] = [
    [first, first],
    [second, second],
    [first, second],
    [second, third],
  ];
  for (const [from, to] of spans) {
    // Two lines only when the first ends with its month ("Hanoi, October"), not a blank date
    // ("Hanoi," over an unrelated "May 5, 2014"; review 78).
    if (!from || !to || (from !== to && !endsWithMonth(text.slice(from.from, from.to)))) continue;
    const line = text.slice(from.from, to.to).replace('\n', ' ');
    const dating = DATING_LINE.exec(line);
    const date = dating ? englishDate(dating[1] as string) : wordForWordDate(line);
    if (date) return date;
  }
  return null;
}

/**
 * "No. 26/CT-TTg ⏎ Hanoi, June 6, 2017 ⏎ DIRECTIVE ⏎ On further effectively implementing
 * Resolution No. 35/NQ-CP …" (audit 99): the line under the type line, without its "On", when
 * the number line holds nothing but the number. Null otherwise.
 */
export function englishHeaderSubject(text: string, reference: DocumentReference): string | null {
  const line = numberLine(text, reference);
  if (!line) return null;
  for (const next of linesUnder(text, line, TYPE_LINE_REACH, MOTTO_LINES)) {
    if (!TYPE_LINE.test(text.slice(next.from, next.to))) continue;
    const title = lineAround(text, next.to + 1);
    // Without LuatVietnam's footnote marker closing the title ("… contracts[1]"; review 79).
    const words = text
      .slice(title.from, title.to)
      .trim()
      .replace(/\[\d{1,3}\]$/, '');
    // The title, not the issuer's capacity line ("THE PRIME MINISTER"), an address ("To: …")
    // or a link ("Related news: …", "Read more"; review 43).
    if (NOT_A_TITLE.test(words)) return null;
    const subject = words.replace(/^(?:on|regarding|re:?)\s+/i, '');
    return subject.length > 3 ? subject : null;
  }
  return null;
}

/**
 * A dating line translated word for word from "ngày 27 tháng 03 năm 2007": "Ha Noi , Day 27 month
 * 03 year 2007", "Ha Noi ,day 13 month 06 year 2007" (vbpl.vn, AsianLII; reviews 80 and 81).
 */
function wordForWordDate(line: string): string | null {
  const m = WORD_FOR_WORD_DATING.exec(line);
  return m ? isoDate(Number(m[3]), Number(m[2]), Number(m[1])) : null;
}

// Case-insensitive: the place may be written in capitals there ("HA NOI , DAY 27 …").
const WORD_FOR_WORD_DATING = new RegExp(
  String.raw`${DATING_PLACE} ?day (\d{1,2}),? month (\d{1,2}),? year (\d{4})\.?\s*$`,
  'i',
);

/** Whether a line ends with an English month's name ("Hanoi, October"). */
function endsWithMonth(line: string): boolean {
  const word = /([A-Za-z]{3,9})\.?\s*$/.exec(line)?.[1];
  return word !== undefined && englishMonth(word) !== null;
}

/**
 * The reference's line when it holds "No." and the number and nothing else, or null. With
 * `underLead`, also the number alone under a line of "No.:" ("No.: ⏎ 38/2015/TT-BCT"; audit 185):
 * for the dating line only, as a portal pasting the header so wraps its title too, and a title's
 * wrapped lines cannot be told from the lines under it (review 75).
 */
function numberLine(text: string, reference: DocumentReference, underLead = false): Span | null {
  const line = lineAround(text, reference.start);
  if (text.slice(reference.end, line.to).trim() !== '') return null;
  const before = text.slice(line.from, reference.start);
  if (NUMBER_LEAD.test(before)) return line;
  if (!underLead || before.trim() !== '' || line.from === 0) return null;
  const above = lineAround(text, line.from - 1);
  return NUMBER_LEAD.test(text.slice(above.from, above.to)) ? line : null;
}

/** Up to `count` lines under `line`, top down, passing over up to `mottoLines` motto lines. */
function* linesUnder(text: string, line: Span, count: number, mottoLines = 0): Generator<Span> {
  let at = line.to + 1;
  let passed = 0;
  for (let n = 0; n < count && at < text.length; ) {
    const next = lineAround(text, at);
    at = next.to + 1;
    if (passed < mottoLines && MOTTO_LINE.test(foldText(text.slice(next.from, next.to)))) {
      passed++;
      continue;
    }
    yield next;
    n++;
  }
}
