/**
 * A post whose document is only its attached file: the post's headline is the document's subject.
 * @module
 */
import type { DocumentReference } from '../schemas/reference';
import { opensWithReference } from './context';
import { findReferences } from './find-references';
import { foldText } from './fold';
import { withoutSiteName } from './page-title';
import { lineAround } from './text-spans';

/** "File đính kèm:", "Tệp đính kèm", "Tài liệu đính kèm:", "Đính kèm:", "Tải về:" as a line's label. */
const ATTACHMENT_LABEL = /^\s*(?:(?:file|tệp|tập tin|tài liệu|văn bản)\s+)?(?:đính kèm|tải về)\s*:?\s*$/iu;

/** A headline's words: four at least, no label's colon at its end, no sentence's full stop. */
const HEADLINE = /^(?=(?:\S+\s+){3}\S)[^\n]{1,300}[^\s:.]$/u;

/**
 * "Quy định mức thu chi phí đào tạo … năm học 2019 - 2020 ⏎ File đính kèm: ⏎ Quyết định số
 * 1898/QĐ-YD ngày 22/10/2019" (audit 95): the line above an attachment's label, when the
 * reference opens the attachment's name after it (on the label's line or the next) and the
 * line names no document itself; null otherwise.
 */
export function attachmentHeadline(text: string, reference: DocumentReference): string | null {
  const line = lineAround(text, reference.start);
  if (!opensWithReference(text.slice(line.from, line.to), reference.start - line.from)) {
    const label = text.slice(line.from, reference.start).replace(/[^:]*$/, '');
    if (!ATTACHMENT_LABEL.test(label.slice(0, -1))) return null;
    return headlineAbove(text, line.from);
  }
  if (line.from === 0) return null;
  const labelLine = lineAround(text, line.from - 1);
  if (!ATTACHMENT_LABEL.test(text.slice(labelLine.from, labelLine.to))) return null;
  return headlineAbove(text, labelLine.from);
}

/**
 * "Hướng dẫn công tác tính tiền cấp quyền khai thác khoáng sản ⏎ Văn bản số 3888/BTNMT-ĐCKS ngày
 * 31/07/2017 của Bộ Tài nguyên và Môi trường ⏎ Tải văn bản: …" (audit 101): a post titled by its
 * document's trích yếu, the document named on the line under the headline with its date and
 * body and nothing else. Only the page's own title: a line above a caption may be a box's heading.
 */
export function captionedHeadline(
  text: string,
  reference: DocumentReference,
  title: string | undefined,
): string | null {
  if (!title) return null;
  const line = lineAround(text, reference.start);
  const lead = text.slice(line.from, reference.start);
  if (!CAPTION_LEAD.test(lead.normalize('NFC')) && !opensWithReference(lead, lead.length)) return null;
  if (!CAPTION_TAIL.test(text.slice(reference.end, line.to).normalize('NFC'))) return null;
  const headline = titledHeadline(text, line.from, title);
  return headline && !PAGE_NAME.test(foldText(headline)) ? headline : null;
}

/** The headline over the line at `lineFrom` when it is the page's title, the site's name aside. */
function titledHeadline(text: string, lineFrom: number, title: string): string | null {
  const headline = headlineAbove(text, lineFrom);
  return headline !== null && foldText(headline) === foldText(withoutSiteName(title).trim())
    ? headline
    : null;
}

/**
 * "Đảm bảo an toàn trong hoạt động vận chuyển khách du lịch … ⏎ Đó là nội dung chính của Công văn
 * số 1500 /UBND-XD, được UBND tỉnh ban hành ngày 10/8." (audit 153): a news lead that says the
 * headline above is the document's content. The headline, when it is the page's title.
 */
export function summarizedHeadline(
  text: string,
  reference: DocumentReference,
  title: string | undefined,
): string | null {
  if (!title || !ledBySummary(text, reference)) return null;
  const headline = titledHeadline(text, lineAround(text, reference.start).from, title);
  // Nor a quotation's ("“Không để học sinh nào phải nghỉ học …”"; review 63).
  return headline && !/^["“]/.test(headline) && !ROUND_UP.test(headline.normalize('NFC')) ? headline : null;
}

/** A round-up's or a bulletin's headline, whose items each have their own ("Điểm tin … nổi bật trong tuần"; review 62). */
const ROUND_UP = /điểm tin|bản tin|tin vắn|tổng hợp|nổi bật|trong tuần/iu;

/**
 * Whether the reference's line opens with a lead that names it as what the report is about ("Đó
 * là nội dung chính của Công văn số …"): the headline's document here, the page's own in
 * primary-choice.ts.
 */
export function ledBySummary(text: string, reference: DocumentReference): boolean {
  const { from } = lineAround(text, reference.start);
  return SUMMARY_LEAD.test(text.slice(from, reference.start).normalize('NFC'));
}

/**
 * "Đó là nội dung chính của Công văn số", "Đây là chỉ đạo của UBND tỉnh tại Kế hoạch": the lead
 * opening its line.
 */
const SUMMARY_LEAD =
  /^\s*(?:Đó|Đây) là (?:nội dung|yêu cầu|chỉ đạo)(?: chính| chỉ đạo| quan trọng)?(?: (?:của|tại|trong)(?: [^,.;:\n]{1,40}? (?:tại|trong))?)? (?:\p{L}+ ){1,2}(?:số\s*:?\s*)?$/u;

/** A page's or a section's name, no subject: "Chi tiết văn bản", "Văn bản chỉ đạo điều hành" (review 44). */
const PAGE_NAME =
  /^(?:chi tiet|thong tin van ban|tai lieu ky hop|xem (?:chi tiet|van ban|toan van)|van ban (?:chi dao|dieu hanh|moi|phap luat|quy pham|cua))\b/;

/** Up to two words and "số" before the number: a type word, even misspelt ("Văn vản số"). */
const CAPTION_LEAD = /^\s*(?:\p{L}+\s+){1,2}số\s*:?\s*$/iu;
/** Its date and its body at most after the number ("ngày 31/07/2017 của Bộ …"). */
const CAPTION_TAIL =
  /^\s*,?\s*(?:ngày\s+\d{1,2}(?:[/.-]\d{1,2}[/.-]\d{4}|\s+tháng\s+\d{1,2}\s+năm\s+\d{4}))?\s*(?:của\s+[^\d.;:,\n]{2,80})?\.?\s*$/iu;

/**
 * The headline over the label, past a post's meta lines (its date, author, views: "Đăng lúc:
 * 10/09/2024 - Tác giả: …"; review 43); not a breadcrumb, a date, a field, a share bar, a
 * greeting or a box's heading.
 */
function headlineAbove(text: string, lineFrom: number): string | null {
  let from = lineFrom;
  for (let skipped = 0; from > 0 && skipped <= MAX_META_LINES; skipped++) {
    const above = lineAround(text, from - 1);
    const line = text.slice(above.from, above.to).trim();
    if (!META_LINE.test(line)) {
      return HEADLINE.test(line) && !NOT_A_HEADLINE.test(line) && findReferences(line).length === 0
        ? line
        : null;
    }
    from = above.from;
  }
  return null;
}

/** A post's meta lines between its headline and its attachment. */
const MAX_META_LINES = 2;
const META_LINE =
  /^(?:(?:đăng|ngày đăng|cập nhật|tác giả|người đăng|lượt xem|thứ \S+,)\b|\d{1,2}[/:-]\d{1,2})/iu;

/** Lines that are no headline: a breadcrumb, a share bar, a greeting, a box's heading. */
const NOT_A_HEADLINE =
  /[>»|]|\d{1,2}[/:]\d{1,2}|facebook|zalo|twitter|!$|^(?:trang chủ|văn bản mới|danh mục|bài viết|tin liên quan|tin khác|chuyên mục|văn bản liên quan)/iu;
