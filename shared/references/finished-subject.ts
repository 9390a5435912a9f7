/**
 * A subject as it is recorded: without a trailing date, a describing clause or an "như sau".
 * @module
 */
import { cleanPhrase } from './text-spans';

/**
 * A subject as recorded: not what the sentence says of the document after it ("… được Chính phủ
 * ban hành ngày 30/12/2019", "được ký vào ngày …") nor a bracketed date closing it ("(12/01/2025)").
 */
export function finishedSubject(subject: string | null): string | null {
  if (!subject) return subject;
  const nfc = subject.normalize('NFC');
  const described = DESCRIBED_AFTER.exec(nfc);
  let cut = described ? nfc.slice(0, described.index) : nfc;
  // A headline's "Thông báo 412/TB-VP: Khẩn trương …" leaves its colon before the subject (audit 20).
  cut = cleanPhrase(
    withoutTrailingDate(cut)
      .replace(/^[\s:–—-]+/u, '')
      .replace(AS_FOLLOWS, ''),
  );
  if (cut === cleanPhrase(nfc)) return subject;
  return cut || null;
}

/**
 * "(,) được <body> ban hành|ký (vào) ngày …", ", ký ngày …", "(ban hành tối 8/9/2024)", ", được
 * (HĐND tỉnh) thông qua …" (audit 58) after a subject.
 */
const DESCRIBED_AFTER =
  /(?<!\/[\p{Lu}\d-]{1,30}),\s*được\s+(?:[^,;.()]{1,40}?\s+)?thông qua(?:\s|$)|,?\s+được\s+(?:[^,;.()]{1,60}?\s+)?(?:ký\s+)?(?:ban hành|ký)\s+(?:vào\s+)?ngày(?:\s|$)|\s*[,(]\s*(?:ký(?:\s+ban hành)?|ban hành)(?:\s+vào)?(?:\s+lúc\s+[^,;()]{1,20}?)?\s+(?:ngày\s+\d|(?:sáng|trưa|chiều|tối|đêm)(?:\s+(?:nay|qua))?\s+\d|\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})/iu;

/**
 * The subject without a bracketed date closing it. Only its end is matched: the expression
 * backtracks over long runs of dots or commas ("……", ", , ,") when run over the whole phrase.
 */
function withoutTrailingDate(subject: string): string {
  const tail = Math.max(0, subject.length - TRAILING_DATE_SPAN);
  return subject.slice(0, tail) + subject.slice(tail).replace(TRAILING_BRACKETED_DATE, '');
}

const TRAILING_DATE_SPAN = 80;

/** "… năm học 2025-2026 như sau:", ", cụ thể như sau": what introduces the body, not the subject's (audit 22). */
const AS_FOLLOWS = /(?:,\s*)?(?:cụ thể\s+)?như\s+sau\s*:?\s*$/iu;

/** "(12/01/2025)", "(ngày 12/01/2025)" closing a subject. */
const TRAILING_BRACKETED_DATE =
  /[\s,;.:]*\(\s*(?:ngày\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\s*\)[\s,;.:]*$/iu;
