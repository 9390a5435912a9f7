/**
 * Sentences, lines and words of page text, located by offsets into the text as given.
 * @module
 */
import { isInlineSpace, isLineBreak, isSymbolLetter } from './chars';
import { foldCode, foldText, matchFoldedWord } from './fold';

/** The longest stretch a sentence is read over, either side of a reference. */
const MAX_SENTENCE = 2000;

/**
 * A line of prose that ends with "số" (folded; three words before it at least, so not a
 * header's "Số:" label), the document's number on the next line.
 */
const NUMBER_WORD_ENDING = /[^\s:|]+[ \t]+[^\s:|]+[ \t]+[^\s:|]+[ \t]+so[ \t]*\r?$/;

export interface Span {
  from: number;
  to: number;
}

/**
 * A line ending inside a date: "… ngày 15 tháng", "… ngày 15"; "… ngày" only before a number (not
 * "trong ngày⏎Theo đó, …"; review 25).
 */
const BROKEN_DATE = /\sngày\s+\d{1,2}(?:\s+tháng)?[ \t]*$/;
/** A line going on with the document's date or body, folded: "ngày 08/10/2024", "của Bộ …". */
const DATE_OR_BODY_LINE = /^[ \t]*(?:ngay\s+\d|cua\s)/;

/**
 * The sentence around `[start, end)`: from after the previous full stop (a "." followed by
 * a space) or line break, to the next one. Abbreviations like "TP. Vũng Tàu" can cut a
 * sentence short; the extractor only reads a few words either side, so that is harmless.
 */
export function sentenceAround(text: string, start: number, end: number): Span {
  let from = start;
  // A "sentence" longer than this is a run of cells or a list without stops: cut, so that a
  // text of such runs is not read over and over.
  const first = Math.max(0, start - MAX_SENTENCE);
  while (from > first) {
    const c = text.charCodeAt(from - 1);
    if (isLineBreak(c)) {
      if (
        /\S/.test(text.slice(from, start)) ||
        !NUMBER_WORD_ENDING.test(foldText(text.slice(Math.max(0, from - 40), from - 1)))
      )
        break;
      // "… ký ban hành Chỉ thị số⏎15/CT-UBND về …" (a <br> after "số", audit 44): one sentence.
      from--;
      continue;
    }
    if (
      (c === 46 || c === 33 || c === 63) &&
      isInlineSpace(text.charCodeAt(from)) &&
      !isAbbreviationDot(text, from - 1)
    )
      break;
    from--;
  }
  let to = end;
  const last = Math.min(text.length, end + MAX_SENTENCE);
  while (to < last) {
    const c = text.charCodeAt(to);
    if (isLineBreak(c)) {
      // "Công văn số 7645/BCT-TTTN⏎ngày 08/10/2024 của Bộ Công Thương về việc …" (a <br> after the
      // symbol, audit 55): one sentence, as a break after "số" is; so is a date broken over the
      // line. Only into a line that ends as a sentence does: hard-wrapped text ("… 342/2016/TT-BTC⏎
      // ngày 30 tháng 12 năm 2016 của Bộ trưởng … ngày 21 tháng 12⏎năm 2016 …") is read line by line.
      if (to > end && /\S/.test(text.slice(end, to))) {
        // "… 12/2024/TT-BXD ngày 15 tháng⏎11 năm 2024 sửa đổi ….": a date broken over the line (audit 62).
        const before = text.slice(Math.max(end, to - 16), to);
        if (
          !BROKEN_DATE.test(before) &&
          !(/\sngày[ \t]*$/.test(before) && /^\s*\d/.test(text.slice(to + 1, to + 4)))
        )
          break;
      } else {
        // In lower case: a line opening "Ngày 5/8/2024, …" is a sentence of its own (review 23).
        const line = text.slice(to + 1, to + 12);
        if (!/^[ \t]*[nc]/.test(line) || !DATE_OR_BODY_LINE.test(foldText(line))) break;
      }
      let next = text.indexOf('\n', to + 1);
      if (next < 0) next = text.length;
      if (next > last || !/[.;!?…]\s*$/.test(text.slice(to + 1, next))) break;
    }
    if (
      (c === 46 || c === 33 || c === 63) &&
      (to + 1 >= text.length || !isWordChar(text.charCodeAt(to + 1))) &&
      !isAbbreviationDot(text, to)
    )
      break;
    to++;
  }
  return { from, to };
}

/**
 * Whether the "." at `at` closes an abbreviation inside a place's name rather than a sentence:
 * "TP. Hồ Chí Minh", "TX. Sơn Tây", "Q. 1", "P. 9" (a word of its own, a name or a number after
 * it). "Q." and "P." before a name could be a person's initial ("Nguyễn Văn Q. Theo …"): only a
 * number counts after them.
 */
export function isAbbreviationDot(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 46) return false;
  const word = ABBREVIATION_BEFORE.exec(text.slice(Math.max(0, at - 3), at));
  if (!word) return false;
  const next = /^[ \t\u00a0]+(\p{Lu}|\d)/u.exec(text.slice(at + 1, at + 4));
  return next !== null && (/^(?:TP|Tp|TX)$/.test(word[1] as string) || /\d/.test(next[1] as string));
}

/** Abbreviations a dot ends inside a sentence: a city's, a ward's, and English "No." before a number (audit 113). */
const ABBREVIATION_BEFORE = /(?:^|[\s(])(TP|Tp|TX|Q|P|No)$/;

function isWordChar(c: number): boolean {
  return !(isInlineSpace(c) || isLineBreak(c) || c === 0 || Number.isNaN(c));
}

/** The line holding offset `at`, without its line break. */
export function lineAround(text: string, at: number): Span {
  const from = text.lastIndexOf('\n', at - 1) + 1;
  const next = text.indexOf('\n', at);
  return { from, to: next < 0 ? text.length : next };
}

/** Up to `count` lines before the line holding `at`, nearest first. */
export function linesBefore(text: string, at: number, count: number): string[] {
  const lines: string[] = [];
  let end = text.lastIndexOf('\n', at - 1);
  while (end >= 0 && lines.length < count) {
    const from = text.lastIndexOf('\n', end - 1) + 1;
    lines.push(text.slice(from, end));
    end = from - 1;
  }
  return lines;
}

/** Up to `count` lines after the line holding `at`, in order. */
export function linesAfter(text: string, at: number, count: number): string[] {
  const lines: string[] = [];
  let from = text.indexOf('\n', at);
  while (from >= 0 && lines.length < count) {
    const next = text.indexOf('\n', from + 1);
    lines.push(text.slice(from + 1, next < 0 ? text.length : next));
    from = next;
  }
  return lines;
}

/** White space folded to single spaces, trimmed, trailing punctuation dropped. */
export function cleanPhrase(phrase: string): string {
  const spaced = phrase.replace(/\s+/g, ' ').trim();
  // Trailing spaces and ". ; , :" cut by a walk back: `/[\s.;,:]+$/` read every run of them to
  // its end from each of its characters (quadratic on dot leaders, ", , , …").
  let end = spaced.length;
  while (end > 0 && TRAILING_MARKS.includes(spaced[end - 1] as string)) end--;
  return withoutUnbalancedQuotes(spaced.slice(0, end));
}

const TRAILING_MARKS = ' .;,:';

/**
 * A phrase without a quote or bracket at either end that the phrase does not balance (`về việc …
 * mưa lớn"`, `“về …`, `UBND tỉnh)`); `về "Ngày hội" …` keeps its pair. The marks and spaces it
 * uncovers go too.
 */
function withoutUnbalancedQuotes(phrase: string): string {
  let from = 0;
  let to = phrase.length;
  if (to === 0 || !(QUOTES.includes(phrase[0] as string) || QUOTES.includes(phrase[to - 1] as string)))
    return phrase;
  // Counted once, then kept as quotes are dropped: linear on a phrase of quotes.
  const counts = new Map<string, number>();
  for (const c of phrase) if (QUOTES.includes(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  const balanced = (quote: string): boolean => {
    const n = (c: string) => counts.get(c) ?? 0;
    if (quote === '"') return n('"') % 2 === 0;
    if (quote === '(' || quote === ')') return n('(') === n(')');
    return quote === '“' || quote === '”' ? n('“') === n('”') : n('«') === n('»');
  };
  const drop = (c: string) => counts.set(c, (counts.get(c) ?? 0) - 1);
  for (;;) {
    const last = phrase[to - 1] as string;
    const first = phrase[from] as string;
    if (to > from && CLOSERS.includes(last) && !balanced(last)) {
      drop(last);
      to--;
      while (to > from && TRAILING_MARKS.includes(phrase[to - 1] as string)) to--;
    } else if (to > from && OPENERS.includes(first) && !balanced(first)) {
      drop(first);
      from++;
      while (from < to && phrase[from] === ' ') from++;
    } else return phrase.slice(from, to);
  }
}

// A bracket too: "(theo Kế hoạch số 38/KH-UBND … của UBND tỉnh)" names "UBND tỉnh" (audit 55).
const OPENERS = '"“«(';
const CLOSERS = '"”»)';
const QUOTES = '"“”«»()';

/**
 * Verbs a dispatch that answers, informs or responds opens its trích yếu with (audit 16: "Công văn
 * 196/TANDTC-PC thông báo kết quả giải đáp …", "Công điện … ứng phó với bão …"), which a report
 * also writes as its own sentence's predicate ("… quy định về đấu thầu thuốc đã tháo gỡ nhiều
 * vướng mắc"): part of SUBJECT_VERBS, and listed apart so that "đã <verb>" still ends a subject.
 */
const REPORTED_VERBS_LIST = [
  'thông báo',
  'giải đáp',
  'trả lời',
  'ứng phó',
  'khắc phục',
  'tháo gỡ',
  'bảo đảm',
  'đảm bảo',
];
export const REPORTED_VERBS = REPORTED_VERBS_LIST.join('|');

/**
 * The verbs a trích yếu opens with when it is not a "về …" phrase ("Quyết định … phê duyệt
 * quy hoạch …", "Nghị định … quy định chi tiết …"): a regular-expression alternation, NFC,
 * longest first where one opens another, each a whole word.
 */
export const SUBJECT_VERBS = [
  'phê duyệt',
  'phê chuẩn',
  'quy định',
  'hướng dẫn',
  'ban hành',
  'sửa đổi',
  'bổ sung',
  'bãi bỏ',
  'triển khai',
  'tăng cường',
  'đẩy mạnh',
  'giao',
  'công bố',
  'công nhận',
  'thành lập',
  'kiện toàn',
  'thực hiện',
  'tổ chức',
  'phân bổ',
  'điều chỉnh',
  'phân cấp',
  'ủy quyền',
  'uỷ quyền',
  'chấn chỉnh',
  'thông qua',
  'cho phép',
  'phân công',
  'bổ nhiệm',
  'khen thưởng',
  // A reward decision: "… của Chủ tịch UBND tỉnh tặng Bằng khen cho 32 tập thể" (audit 105),
  // "truy tặng", "phong tặng", "trao tặng" whole (review 46).
  'truy tặng',
  'phong tặng',
  'trao tặng',
  'tặng',
  'tiếp tục',
  'nâng cao',
  'áp dụng',
  'giải thể',
  'sáp nhập',
  'hỗ trợ',
  'gia hạn',
  'yêu cầu',
  'xử phạt',
  'đề nghị',
  'chấp thuận',
  // "Quyết định số 1579/QĐ-BVHTTDL đồng ý tổ chức Ngày hội …" (audit 117).
  'đồng ý',
  // "Công văn số 3308/UBND-KTN thống nhất lùi thời gian …" (audit 129); not the adverb ("… thống
  // nhất từ tỉnh đến cơ sở", "thống nhất trong toàn Đảng", "thống nhất, đồng bộ"; review 53).
  'thống nhất(?!,|\\s+(?:trong|từ|với|giữa|áp dụng|thực hiện|và|đồng bộ|chung)\\s)',
  'thu hồi',
  'chỉ đạo',
  'đôn đốc',
  'góp ý',
  'tham gia ý kiến',
  'cấp',
  // A decision that halts something (audit 64: "… ngày 14/3 tạm dừng hoạt động đón khách …").
  'tạm dừng',
  'tạm ngừng',
  'tạm đình chỉ',
  'đình chỉ',
  // A consolidated text's subject: "Văn bản hợp nhất 14/VBHN-BTC năm 2021 hợp nhất Nghị định …" (audit 76).
  'hợp nhất',
  ...REPORTED_VERBS_LIST,
].join('|');

/** Where the line `count` lines above the one holding `at` starts. */
export function lineStart(text: string, at: number, count: number): number {
  let from = text.lastIndexOf('\n', at - 1);
  for (let n = 0; n < count && from > 0; n++) from = text.lastIndexOf('\n', from - 1);
  return from + 1;
}

/** Where the line `count` lines below the one holding `at` ends. */
export function lineEnd(text: string, at: number, count: number): number {
  let to = text.indexOf('\n', at);
  for (let n = 0; n < count && to >= 0; n++) to = text.indexOf('\n', to + 1);
  return to < 0 ? text.length : to;
}

/** Where a folded phrase starts in `text` between `from` and `to`, at a word start; or -1. */
export function findFolded(
  text: string,
  phrase: string,
  from: number,
  to: number,
): { start: number; end: number } | null {
  const initial = phrase.charCodeAt(0);
  for (let i = from; i < to; i++) {
    if (foldCode(text.charCodeAt(i)) !== initial) continue;
    if (i > 0 && isSymbolLetter(foldCode(text.charCodeAt(i - 1)))) continue;
    const end = matchFoldedWord(text, i, phrase);
    if (end >= 0 && end <= to && !isSymbolLetter(foldCode(text.charCodeAt(end)))) return { start: i, end };
  }
  return null;
}
