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
 * The fields under the reference when it stands alone on its line (or after its type words), or
 * null: a reference in a sentence, or one whose next lines give none of them.
 */
export function headingFields(text: string, reference: DocumentReference): HeadingFields | null {
  const line = lineAround(text, reference.start);
  if (reference.end > line.to || !/^\s*(?:[:.]\s*)?$/.test(text.slice(reference.end, line.to))) return null;
  if (!HEADING_LEAD.test(foldText(text.slice(line.from, reference.start)).trim())) return null;
  const fields: HeadingFields = { issuedDate: null, body: null, subject: null };
  for (const raw of linesAfter(text, reference.start, FIELD_LINES)) {
    const written = cleanPhrase(raw.normalize('NFC'));
    const folded = foldText(written);
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
    // A body's line only under the date's: under the number alone it is as often a headline, a
    // footer or the next paragraph ("Bộ Y tế cảnh báo …", "Sở Thông tin và Truyền thông tỉnh …";
    // review 26).
    if (
      fields.body === null &&
      fields.issuedDate !== null &&
      BODY_OPENING.test(folded) &&
      written.length <= MAX_BODY &&
      !/[.;:]/.test(written)
    ) {
      fields.body = written;
      continue;
    }
    break;
  }
  return fields.issuedDate || fields.body || fields.subject ? fields : null;
}
