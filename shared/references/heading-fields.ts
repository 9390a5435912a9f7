/**
 * A document page that writes its fields as bare lines: the number on a line of its own, or
 * under a heading naming only its type ("Công văn 2918/BHXH-CSYT"), then lines for its date, its
 * body and its "Về việc …", with icons for labels or none at all (audit 66: a hospital's
 * "1125/QĐ-BVĐK ⏎ 14/10/2024 ⏎ Bệnh viện Đa khoa tỉnh Phú Thọ"; the Social Insurance's "Ban
 * hành ngày 10 tháng 9 năm 2024 - Bảo hiểm xã hội Việt Nam ⏎ Về việc …").
 * @module
 */
import type { DocumentReference } from '../schemas/reference';
import { TYPE_WORD_PATTERN } from './context';
import { dateValue } from './dates';
import { foldText } from './fold';
import { BODY_OPENING } from './issuer-names';
import { DATE_VALUE } from './metadata-fields';
import { cleanPhrase, lineAround, linesAfter } from './text-spans';

export interface HeadingFields {
  issuedDate: string | null;
  body: string | null;
  subject: string | null;
  /**
   * A line under the heading that reads as a trích yếu without saying so ("Quy trình thí điểm
   * …"): the subject only where the page's title names the document and gives none (a menu, a
   * headline or a box's heading stands there as often; review 37).
   */
  bareSubject: string | null;
}

/** The lines under the heading read for its fields: a date, a body and a subject, one each. */
const FIELD_LINES = 3;
/** A body's name on a line of its own, not a sentence. */
const MAX_BODY = 80;

/** What a heading line may hold before the number: its type words, "số" and a colon. */
const HEADING_LEAD = new RegExp(`^(?:${TYPE_WORD_PATTERN}(?:\\s+khan)?(?:\\s+so)?\\s*:?)?$`);
/**
 * A date line: "14/10/2024", "Ban hành ngày 10 tháng 9 năm 2024 - <body>", folded; not a news
 * sentence opening with a date ("Ngày 9/9/2024, Bộ … cũng có văn bản …"; review 26).
 */
const DATE_LINE = new RegExp(
  String.raw`^(?:(?:ngay\s+)?ban hanh\s*:?\s*)?(?:ngay\s+)?(${DATE_VALUE})(?:\s+[-–—|]\s+(.*))?$`,
);
const SUBJECT_LINE = /^(?:ve viec|v\s*\/\s*v)\s*:?\s*/;
/**
 * What a trích yếu on a line of its own opens with when it has no "Về việc" (folded): the verbs
 * and kinds of text only documents open with ("Quy trình thí điểm về nghiệp vụ …" under "Quyết
 * định 138/QĐ-TCHQ ngày 21/01/2020"; audit 86), five words at least; not "Tổ chức", "Thực
 * hiện", "Giao", "Hướng dẫn sử dụng …", which open menus and news leads as often (review 36).
 */
const BARE_SUBJECT_LINE =
  /^(?:ban hanh|quy dinh|quy trinh|quy che|phe duyet|sua doi|bo sung|bai bo|thanh lap|kien toan|danh muc|de an)(?: \S+){3}/;
/** A news lead or standfirst rather than a trích yếu: a sentence, or news words. */
const NEWS_LINE = /\.$|co hieu luc|hom nay|khien|cho biet|vua | la /;
/** The longest such line, and what it may not hold: a symbol, or a second sentence (a paragraph). */
const MAX_BARE_SUBJECT = 300;
const NOT_BARE_SUBJECT = /\d\s*\/\s*\p{Lu}|[.!?]\s+\p{Lu}/u;
/** After the number on the heading line, its own date at most: "… ngày 21/01/2020", folded. */
const OWN_DATE_AFTER = new RegExp(String.raw`^\s*(?:,\s*)?ngay\s+${DATE_VALUE}\s*\.?\s*$`);
/** The longest text read for that date ("  , ngày 21 tháng 01 năm 2020"). */
const MAX_OWN_DATE = 40;
/** How many lines a bare trích yếu may wrap over. */
const MAX_SUBJECT_LINES = 3;

/** How a wrapped trích yếu's line ends (folded): a comma, a dash or a word that cannot end it. */
const WRAPPED_END = /(?:,|-|\s(?:va|cua|ve|cho|trong|tai|doi voi|theo|cac|nhung|tren|voi|nam|giai doan))\s*$/;

/**
 * Whether the line `next` goes on with the trích yếu `subject` wrapped above it: in lower case,
 * after a comma or a word that cannot end it ("… về", "… và"); not a byline ("bởi Quản trị viên")
 * or a link ("xem toàn văn") under a finished one (review 36).
 */
function continues(subject: string, next: string): boolean {
  return /^\s*\p{Ll}/u.test(next) && WRAPPED_END.test(foldText(subject));
}

/**
 * The fields under the reference when it stands alone on its line (or after its type words), or
 * null: a reference in a sentence, or one whose next lines give none of them.
 */
export function headingFields(text: string, reference: DocumentReference): HeadingFields | null {
  const line = lineAround(text, reference.start);
  if (reference.end > line.to) return null;
  const after = text.slice(reference.end, line.to);
  const alone = /^\s*(?:[:.]\s*)?$/.test(after);
  const dated = alone || after.length > MAX_OWN_DATE ? null : OWN_DATE_AFTER.exec(foldText(after));
  if (!alone && dated === null) return null;
  if (!HEADING_LEAD.test(foldText(text.slice(line.from, reference.start)).trim())) return null;
  const fields: HeadingFields = {
    issuedDate: dated ? dateValue(dated[0], dated[0].indexOf('ngay') + 5) : null,
    body: null,
    subject: null,
    bareSubject: null,
  };
  const lines = linesAfter(text, reference.start, FIELD_LINES + MAX_SUBJECT_LINES);
  const heading = foldText(cleanPhrase(text.slice(line.from, line.to)));
  for (let n = 0; n < FIELD_LINES && n < lines.length; n++) {
    const written = cleanPhrase((lines[n] as string).normalize('NFC'));
    const folded = foldText(written);
    // A post's title repeated under its breadcrumb's copy.
    if (folded === heading) continue;
    const date = fields.issuedDate === null ? DATE_LINE.exec(folded) : null;
    if (date) {
      fields.issuedDate = dateValue(date[1] as string, 0);
      const tail = date[6] ?? '';
      if (tail && fields.body === null && BODY_OPENING.test(tail) && tail.length <= MAX_BODY)
        fields.body = written.slice(written.length - tail.length);
      continue;
    }
    const subject = fields.subject === null ? SUBJECT_LINE.exec(folded) : null;
    if (subject) {
      fields.subject = cleanPhrase(written.slice(subject[0].length)) || null;
      continue;
    }
    if (
      fields.subject === null &&
      fields.bareSubject === null &&
      BARE_SUBJECT_LINE.test(folded) &&
      !NEWS_LINE.test(folded) &&
      /^\p{Lu}/u.test(written) &&
      written.length <= MAX_BARE_SUBJECT &&
      !NOT_BARE_SUBJECT.test(written)
    ) {
      // Wrapped over the lines below ("Ban hành Quy định về bồi thường,⏎hỗ trợ khi thu hồi đất").
      let subject = lines[n] as string;
      for (let next = lines[n + 1]; next !== undefined && continues(subject, next); next = lines[n + 1]) {
        subject = `${subject} ${next}`;
        n++;
      }
      fields.bareSubject = cleanPhrase(subject.normalize('NFC'));
      continue;
    }
    // A body's line only under the date's: under the number alone it is as often a headline, a
    // footer or the next paragraph ("Bộ Y tế cảnh báo …", "Sở Thông tin và Truyền thông tỉnh …";
    // review 26).
    if (
      fields.body === null &&
      fields.issuedDate !== null &&
      // Not under the heading's own date: its next lines are a page's as often (review 36).
      !dated &&
      BODY_OPENING.test(folded) &&
      written.length <= MAX_BODY &&
      !/[.;:]/.test(written)
    ) {
      fields.body = written;
      continue;
    }
    break;
  }
  // A date on the heading's own line alone makes no heading of fields: it is the reference's.
  return fields.body || fields.subject || fields.bareSubject || (fields.issuedDate && !dated) ? fields : null;
}
