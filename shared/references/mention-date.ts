/**
 * The date a mention's sentence gives its document: "ngày 27/8/2020" by the rules of which
 * date is whose, the day a council passed a resolution, a signing date a sentence or two
 * later, yearless dates with the year of the dateline.
 * @module
 */
import type { DocumentReference } from '../schemas/reference';
import { isSymbolLetter } from './chars';
import { dateAt, firstYear, isoDate } from './dates';
import { englishDate, englishMonth } from './english-date';
import { foldCode, foldText } from './fold';
import { BODY_OPENING } from './issuer-names';
import { citedAsBasis, inBackground, TYPE_WORDS } from './mention-role';
import { lineEnd, type Span } from './text-spans';

/**
 * A resolution's date is the day it was passed, later in its sentence: "… Nghị quyết số
 * 35/2024/NQ-HĐND quy định …, được thông qua tại kỳ họp thứ 25 …, ngày 10/12/2024" (audit 58),
 * not the day the news reports it ("Ngày 11/12, …"). No other symbol stands between.
 */
export function passedDate(text: string, end: number, to: number, year: number | null): string | null {
  const passed = PASSED_ON.exec(text.slice(end, to).normalize('NFC'));
  // Not the day it applies from ("và áp dụng từ ngày …"), nor an amended resolution's ("sửa đổi
  // Nghị quyết số 08/2021/NQ-HĐND, được thông qua ngày 10/8/2021"; review 24).
  return passed &&
    !/\d\s*\/\s*\p{Lu}|hiệu lực|áp dụng|từ\s+ngày\s+\S+$/u.test(passed[0]) &&
    (year === null || Number(passed[3]) === year)
    ? isoDate(Number(passed[3]), Number(passed[2]), Number(passed[1]))
    : null;
}

const PASSED_ON =
  /^[^.;]{0,200}?\sthông qua(?:\s[^.;]{0,120}?)?\sngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/u;

/**
 * The date of the first mention that gives one by the sentence's rules (sentenceDate, then a
 * later sentence dating the document): the primary's first. A mention cited as a basis or
 * recalled as background ("Trước đó, …") is another document's sentence and dates nothing.
 */
export function mentionDate(
  text: string,
  mentions: readonly { reference: DocumentReference; sentence: Span }[],
  primary: DocumentReference,
  references: readonly DocumentReference[],
): string | null {
  for (const { reference, sentence } of mentions) {
    if (reference !== primary && (citedAsBasis(text, references, reference) || inBackground(text, reference)))
      continue;
    const date =
      sentenceDate(text, sentence, reference, references) ??
      laterIssuedDate(text, sentence.to, reference, references) ??
      laterEnglishDate(text, sentence.to, reference, references);
    if (date) return date;
  }
  return null;
}

/**
 * The date a clerk would record when the reference itself carries none: "Ngày 27/8/2020,
 * UBND tỉnh ban hành …", "… do Chính phủ ban hành ngày 05/3/2020", or a day and month with
 * no year ("Đêm 22/9, …", "… 4079/UBND-KT ngày 19/6"), the year then taken from the text.
 */
function sentenceDate(
  text: string,
  sentence: Span,
  primary: DocumentReference,
  references: readonly DocumentReference[],
): string | null {
  // A date right after another reference is that document's ("Thực hiện Kế hoạch số 150/KH-UBND
  // ngày 20/5/2024 …, ngày 25/5/2024, UBND huyện … ban hành …").
  const cited = (at: number) =>
    references.some((r) => r !== primary && r.end <= at && /^[\s,]*$/.test(text.slice(r.end, at)));
  // "Ngày 14/2, Thông tư số 29/2024/TT-BGDĐT … chính thức có hiệu lực": the day it takes effect,
  // when the sentence opens with that day and the document itself (audit 83); not a lead that
  // issues it ("Ngày 5/4/2024, Chính phủ có Nghị định số … có hiệu lực từ …": review 35).
  if (
    EFFECT_LEAD.test(foldText(text.slice(sentence.from, primary.start))) &&
    EFFECT_WORDS.test(foldText(text.slice(primary.end, sentence.to)))
  )
    return null;
  // "…, ngày 23-8-2011, cơ quan Đại diện … nhận được Thông báo số 81/TB-UBND": the day it was
  // received is not its date (audit 147); a date after its number still is ("… nhận được Công văn
  // số 499/BDN của Ban Dân nguyện ngày 14/6/2024"; review 59).
  // The sentence's lead before the number, empty when it only receives the document.
  const leadFrom = RECEIVED.test(foldText(text.slice(sentence.from, primary.start)))
    ? primary.start
    : sentence.from;
  // "Thực hiện công văn chỉ đạo hoả tốc ngày 2-2 của Thủ tướng Chính phủ, sáng 3-2, Phó chủ tịch
  // UBND tỉnh đã ký văn bản số 837/UBND-KGVX …": the clause a basis opens dates the document it
  // cites, named or not (audit 97).
  const from = afterBasisClause(text, leadFrom, primary.start);
  const before = firstDate(text, from, primary.start, cited);
  if (before?.iso) return before.iso;
  // English news opens with the day as Vietnamese with "Ngày …": "On July 11, 2024, the Plan …
  // was issued in Decision No. 625/QD-TTg" (audit 113); only when the sentence issues or signs the
  // document, with no other document named before it: a meeting's day or the day a decree took
  // effect opens such sentences as often (review 49).
  const sentenceOpening = text.slice(from, primary.start);
  const english = ENGLISH_LEAD.exec(sentenceOpening);
  const englishLead =
    english &&
    ENGLISH_ISSUING.test(sentenceOpening) &&
    !references.some((r) => r !== primary && r.start >= from && r.start < primary.start)
      ? englishDate(sentenceOpening.slice(english[0].length))
      : null;
  if (englishLead) return englishLead;
  const after = firstDate(text, primary.end, sentence.to);
  const between = after ? foldText(text.slice(primary.end, after.start)) : '';
  const issuedAfter =
    after?.iso &&
    (/ban hanh\s*$/.test(between) ||
      // A công điện's hour ("Công điện số 14/CĐ-BCA-V01 hồi 16 giờ 30 ngày 8/9/2024"; audit 65).
      ISSUED_AT_HOUR.test(between) ||
      // "… 1287/UBND-KTN do Phó chủ tịch Trần Anh Tuấn ký ngày 12/3/2025 …", "…, được Chủ tịch
      // UBND tỉnh ký ban hành vào ngày …": the signing of the document the sentence names, when no
      // other reference stands between (audit 16).
      (SIGNED_BEFORE_DATE.test(between) &&
        !references.some((r) => r !== primary && r.start >= primary.end && r.start < after.start)) ||
      // "Thông tư số 04/2017/TT-BKHĐT của Bộ Kế hoạch và Đầu tư ngày 15 tháng 11 năm 2017": the
      // date right after its body's name (audit 86).
      (OF_BODY_BEFORE_DATE.test(between) && namesBodyOnly(text.slice(primary.end, after.start))));
  if (issuedAfter) return after.iso;
  // The document's own year when its symbol has one ("Chiều 30/6, Chính phủ ban hành Nghị định
  // 73/2024/NĐ-CP" under a cited "Nghị định 24/2023/NĐ-CP": audit 49), else the text's first.
  // That first year may be a cited symbol's (a circular of last year) or an era's; the text's
  // other years are no better guesses (review 20: "Luật Nhà ở năm 2023", "giai đoạn 2021-2025").
  const year = primary.year !== null ? String(primary.year) : firstYear(text);
  const signed = signingDateAfter(text, sentence, primary, references);
  if (signed) return signed;
  const own = after && after.start <= primary.end + 3 ? yearlessDate(text, after.start, sentence.to) : null;
  // "Kế hoạch số 45/KH-BCĐ389 ngày 30/12" under a dateline of 02/01/2025: the year before (audit
  // 46), across the New Year only (a day of November or December under a date of January or
  // February): a full date above may be a cited document's or an earlier event's, of the same
  // year ("Thực hiện Công điện số 05/CĐ-TTg ngày 20/1/2025 …, ngày 3/2, UBND tỉnh ban hành …";
  // review 19). One after the reference is never the page's.
  // "Năm 2019, UBND tỉnh ban hành Quyết định số … ngày 5 tháng 6 …": the year the sentence opens
  // with (review 26).
  const opening = OPENING_YEAR.exec(foldText(text.slice(sentence.from, primary.start)));
  // A page's dateline above the sentence ("PV - 25/12/2025 19:05" over "Ngày 25/12, Ban Bí thư đã
  // ban hành Chỉ thị số 55-CT/TW …") dates it better than a year its headline names ("… Tết
  // Bính Ngọ năm 2026"; audit 82): its year.
  // Looked for only when a yearless date is read: the lines above are split for it.
  let pageDated: RegExpExecArray | null | undefined;
  const yearOf = (month: number): number | null => {
    if (opening) return Number(opening[1]);
    if (pageDated === undefined)
      pageDated = primary.year === null ? datelineAbove(text, sentence.from) : null;
    if (pageDated) {
      // Across the New Year only: a full date above may be an earlier event's (review 19).
      const [, , m, y] = pageDated.map(Number) as [number, number, number, number];
      return y - (month >= 11 && m <= 2 ? 1 : 0);
    }
    if (!year) return null;
    if (month < 11 || primary.year !== null) return Number(year);
    const pageDate = FULL_DATE.exec(text.slice(0, primary.start));
    const newYear = pageDate !== null && Number(pageDate[3]) === Number(year) && Number(pageDate[2]) <= 2;
    return newYear ? Number(year) - 1 : Number(year);
  };
  const dated = (date: { day: number; month: number }) => {
    const y = yearOf(date.month);
    return y ? isoDate(y, date.month, date.day) : null;
  };
  if (own) return dated(own);
  const timed = TIME_OF_DAY_DATE.exec(text.slice(leadFrom, primary.start).normalize('NFC'));
  if (timed) {
    const iso = isoDate(Number(timed[3]), Number(timed[2]), Number(timed[1]));
    if (iso) return iso;
  }
  // "NHNN hôm nay (12/4/2024) đã có Công văn …", "Hôm qua (11/3), UBND TP.HCM …".
  const lead = foldText(text.slice(leadFrom, primary.start));
  const today = TODAY_DATE.exec(lead);
  // "Chiều nay (5/9), UBND tỉnh … ban hành Công điện …": a time of day names the document's day
  // only when the sentence issues it then, not an event's ("Chiều qua (10/9), Phó Chủ tịch … kiểm
  // tra … theo Công điện …"; review 22); its year is the text's, the year before across the New
  // Year ("Tối qua (31/12)" under 01/01/2025).
  // "Mới đây (27-8)" is no day of the text's own: only the document's year or the page's dateline
  // dates it, not the text's first year, a cited circular's (review 40).
  const recent = today !== null && today[1] === undefined;
  if (
    today &&
    (today[1] === 'hom' || ISSUED_TODAY.test(lead)) &&
    (!recent || today[4] || primary.year !== null || datelineAbove(text, sentence.from))
  ) {
    if (today[4]) return isoDate(Number(today[4]), Number(today[3]), Number(today[2]));
    const day = dated({ day: Number(today[2]), month: Number(today[3]) });
    if (day) return day;
  }
  const partial = yearlessDate(text, from, primary.start);
  if (partial) return dated(partial);
  // A news agency's dateline, then "today" and the verb that issues the document ("Hà Tĩnh,
  // 16/9/2024 (TTXVN) - Chiều nay, UBND tỉnh … ban hành Công điện số …"), of the dateline's year.
  const dateline = DATELINE_TODAY.exec(lead);
  const datelineYear = dateline?.[3] ?? year;
  if (
    !dateline ||
    !datelineYear ||
    !ISSUED_TODAY.test(lead.slice(dateline[0].length)) ||
    (primary.year !== null && String(primary.year) !== datelineYear)
  )
    return null;
  return isoDate(Number(datelineYear), Number(dateline[2]), Number(dateline[1]));
}

/**
 * "nhận được" (received) right before the document's type words ("Công văn hỏa tốc", "Thông báo
 * kết luận") and "số", folded; not across a comma ("nhận được đơn, có Thông báo số …"; review 60).
 */
const RECEIVED = /\bnhan duoc(?:\s+[^\s,;.]+){1,4}(?:\s+so)?\s*:?\s*$/;

/** "On" opening an English sentence, before its date. */
const ENGLISH_LEAD = /^[\s"“(]*On\s+/;
/** A verb issuing or signing the document named after it ("issued", "signed", "promulgated"). */
const ENGLISH_ISSUING = /\b(?:issued|signed|promulgated)\b/i;

/** The verb that issues the document right before its number, folded ("ban hành Công điện số"). */
const ISSUED_TODAY = new RegExp(
  `(?:^|\\s)(?:ban hanh|ky|phat di|phat hanh|co|gui|ra)\\s+${TYPE_WORDS}(?:\\s+(?:hoa toc|thuong khan|khan))?(?:\\s+so)?\\s*:?\\s*$`,
);

/**
 * The date an issuing verb gives the document after its number, in its sentence (audit 20): ",
 * ký ngày 25-6-2024" after its subject, "(của Sở …) được ban hành lúc 10h ngày 5/9/2024", "ban
 * hành tối 8/9/2024", "ký ngày 12/8" (then the text's year). The verb stands right after the
 * number, after "của <body>", or after a comma or bracket; no other reference before it.
 */
function signingDateAfter(
  text: string,
  sentence: Span,
  primary: DocumentReference,
  references: readonly DocumentReference[],
): string | null {
  const rest = foldText(text.slice(primary.end, sentence.to));
  const match = SIGNING_DATE.exec(rest);
  if (!match) return null;
  const [, lead = '', timed, dated, day, month, year] = match;
  if (!SIGNING_LEAD.test(lead) || !(dated || timed || year)) return null;
  const cited = references.some(
    (r) => r !== primary && r.start >= primary.end && lead.includes(foldText(r.raw)),
  );
  if (cited) return null;
  if (year) return isoDate(Number(year), Number(month), Number(day));
  const full = yearOfYearless(text, Number(month), Number(day));
  return full === null ? null : isoDate(full, Number(month), Number(day));
}

/**
 * The year of a date written without one ("ký ngày 12/8"): the year of the text's first full
 * date (a news page's dateline), one earlier when the day would come after that date ("Thứ Hai,
 * 06/01/2025 … ký ngày 30/12"); else the year a "năm 2024" names. Never a year inside a symbol
 * ("Nghị định 100/2019/NĐ-CP"), which is another document's (after a review of audit 20).
 */
function yearOfYearless(text: string, month: number, day: number): number | null {
  const dated = FULL_DATE.exec(text);
  if (dated) {
    const year = Number(dated[3]);
    const later = month > Number(dated[2]) || (month === Number(dated[2]) && day > Number(dated[1]));
    return later ? year - 1 : year;
  }
  const named = NAMED_YEAR.exec(text.normalize('NFC'));
  return named ? Number(named[1]) : null;
}

/**
 * The page's dateline above `before`: the first short line that ends with a full date and, at
 * most, its time ("PV - 25/12/2025 19:05", "Thứ Sáu, 16/8/2024 | 08:00:00"); not a date in a
 * phrase ("… ngày 22/12/2024"), in brackets (a sidebar's "(28/12/2024)") or an update stamp
 * (review 34). Its day, month and year as FULL_DATE gives them, or null.
 */
function datelineAbove(text: string, before: number): RegExpExecArray | null {
  for (const line of text.slice(0, before).split('\n')) {
    if (line.length > DATELINE_LENGTH) continue;
    const date = DATELINE.exec(line);
    // "… ngày 22/12/2024" is a phrase's date, "Cập nhật: …" a stamp's; "Đăng ngày: …" the page's.
    if (date && !/(?:\bngay\s*|(?:cap nhat|update)\W*)$/.test(foldText(line.slice(0, date.index))))
      return date;
  }
  return null;
}

const DATELINE_LENGTH = 60;
/** A full date closing its line, with its time at most ("19:05", "08:00:00", "10:48 AM", "| 08:00"). */
const DATELINE =
  /(?<![\d/.(-])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})(?:\s*[|,-]?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)?\s*$/;

/** "có hiệu lực", folded: a sentence about a document taking effect. */
const EFFECT_WORDS = /\bco hieu luc\b/;
/** "(Từ) ngày 14/2, Thông tư số" before the number, folded: the day, then the document itself. */
const EFFECT_LEAD = new RegExp(
  String.raw`^\s*(?:tu\s+)?(?:hom nay\s*\(|ngay\s+)\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\)?\s*,\s*${TYPE_WORDS}(?:\s+so)?\s*:?\s*$`,
);

const FULL_DATE = /(?<![\d/.-])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})(?![\d/-])/;

const NAMED_YEAR = /(?:^|[\s,(])[Nn]ăm\s+((?:19|20)\d{2})(?!\d)/u;

/** An hour, folded: "10h", "16 gio 30", "10 gio 30 phut". */
const HOUR = String.raw`\d{1,2}\s*(?:h|gio)(?:\s*\d{1,2}(?:\s*phut)?)?`;

/** "lúc 10h", "lúc 10 giờ 30 phút" between an issuing verb and its date, folded (audit 20). */
const TIME_OF_SIGNING = String.raw`(?:\s+luc\s+${HOUR})?`;

/** An issuing verb, its time ("lúc 10h", "tối"), "ngày" and a date with or without its year, folded. */
const SIGNING_DATE = new RegExp(
  String.raw`^(.*?(?:^|[\s,(]))(?:duoc\s+)?(?:ky(?:\s+ban hanh)?|ban hanh)(?:\s+vao)?${TIME_OF_SIGNING}(?:\s+(sang|trua|chieu|toi|dem)(?:\s+(?:nay|qua))?)?\s+(ngay\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?![\d/.-]*\d)`,
);

/** What may stand between a number and its issuing verb: nothing, "(ngày …) của <body>", or words up to a comma or bracket. */
const SIGNING_LEAD = /^(?:\s*(?:ngay\s[^,;]*?)?(?:cua\s+[^,;()]{2,80}?)?\s*|.*[,(]\s*)$/;

/**
 * A later sentence of the paragraph that dates the document itself: "Chỉ thị được ban hành
 * ngày 10/3/2024", "Văn bản ký ngày 20/8/2024", "Công văn này được ký vào ngày …" — the
 * document's type word or "văn bản", then "(được) ban hành|ký" or "do|được <signer> ký (ban
 * hành)" ("Công văn do Phó Chủ tịch UBND tỉnh Bùi Văn Khắng ký ngày 14/3/2024", "Văn bản do đồng
 * chí …, Phó Chủ tịch UBND tỉnh ký ngày …": up to twelve words, commas included), then the date. Not another
 * reference's ("Chỉ thị 03/CT-UBND được ban hành …") nor an event's ("Hội nghị diễn ra ngày …").
 *
 * "Văn bản", which any document is, is read in the next LATER_PARAGRAPHS and not past another
 * reference. The document's own type word reaches further (audit 19: news put the signing after a
 * photo caption, or after a paragraph on the resolution the plan carries out), and only a
 * reference of the same type ends its reach: "Kế hoạch do … ký ngày …" cannot date a Nghị quyết.
 */
function laterIssuedDate(
  text: string,
  from: number,
  primary: DocumentReference,
  references: readonly DocumentReference[],
): string | null {
  const type = primary.typeName ? foldText(primary.typeName) : null;
  const nouns = type ? `van ban|${type}` : 'van ban';
  const nearEnd = nearLaterEnd(text, from, primary, references);
  const near = laterSigningDate(text, foldText(text.slice(from, nearEnd)), nouns);
  if (near !== undefined || !type) return near ?? null;
  const sameType = references.find(
    (r) => r.start >= from && r.key !== primary.key && r.typeName === primary.typeName,
  );
  const far = foldText(
    text.slice(from, Math.min(sameType ? sameType.start : text.length, from + LATER_TYPE_WINDOW)),
  );
  // Nor past another document of the type, or the type word as a verb: after "… cũng có một kế
  // hoạch tương tự", "… đã quyết định kỷ luật …", a "Kế hoạch|Quyết định được ký ngày …" may be
  // theirs (after a review of audit 19).
  const other = new RegExp(
    `(?:^|\\s)(?:(?:mot|cac|nhung|nhieu|da|se|vua|moi)\\s+${type}|${type}\\s+(?:khac|tuong tu))(?![\\p{L}])`,
    'u',
  ).exec(far);
  return laterSigningDate(text, other ? far.slice(0, other.index) : far, type) ?? null;
}

/** The rest of the paragraph, then the next LATER_PARAGRAPHS up to another reference. */
function nearLaterEnd(
  text: string,
  from: number,
  primary: DocumentReference,
  references: readonly DocumentReference[],
): number {
  const lineEnd = text.indexOf('\n', from);
  let end = lineEnd;
  for (let n = 0; n < LATER_PARAGRAPHS && end >= 0; ) {
    const next = text.indexOf('\n', end + 1);
    // A photo's caption between the paragraphs is none of them.
    if (!CAPTION_LINE.test(text.slice(end + 1, next < 0 ? text.length : next).normalize('NFC'))) n++;
    end = next;
  }
  const other = references.find((r) => r.start >= from && r.key !== primary.key);
  const paragraphs = Math.min(end < 0 ? text.length : end, other ? other.start : text.length);
  return Math.min(Math.max(lineEnd < 0 ? text.length : lineEnd, paragraphs), from + LATER_WINDOW);
}

/**
 * The date of the first sentence of `folded` (a part of `text`, folded) that opens with one of
 * `nouns` (folded, "|" between) and says it was signed or issued on that date; null for such a
 * sentence whose date is impossible, undefined for none.
 */
function laterSigningDate(text: string, folded: string, nouns: string): string | null | undefined {
  const match = new RegExp(
    `(?:^|[.!?;]\\s+|\\n\\s*)(?:${nouns})(?:\\s+(?:nay|tren))?\\s+(?:(?:do|duoc)\\s+${SIGNER}(?:[\\s,]+[^\\s.;!?]+){0,11}?[\\s,]+ky(?:\\s+ban hanh)?|(?:duoc\\s+)?(?:ky\\s+)?(?:ban hanh|ky))(?:\\s+vao)?${TIME_OF_SIGNING}\\s+(?:vao\\s+)?ngay\\s+${LATER_DATE}`,
  ).exec(folded);
  if (!match) return undefined;
  const [day, month] = [Number(match[1]), Number(match[2] ?? match[4])];
  // "… được ban hành ngày 5/9" (audit 20).
  const year = match[3] ?? match[5] ?? yearOfYearless(text, month, day);
  return year ? isoDate(Number(year), month, day) : null;
}

/**
 * Who signs, folded, opening "do|được <signer> ký": an office or a form of address ("Phó Chủ
 * tịch UBND tỉnh …", "đồng chí …", "ông …"), not any words ("do các bên ký" a contract, "được gửi
 * kèm hợp đồng ký …"); or "được ký".
 */
const SIGNER =
  '(?:pho\\s+)?(?:chu tich|giam doc|bo truong|thu truong|thu tuong|truong|chanh|tong|bi thu|dong chi|ong|ba|quyen|hieu truong|cuc truong|vu truong)(?=[\\s,])';

/** "do|được <signer> ký (ban hành) (vào)", "được ký", "ký ban hành (vào)", folded, right before "ngày". */
const SIGNED_BEFORE_DATE = new RegExp(
  `(?:(?:^|[\\s,])(?:(?:do|duoc)\\s+${SIGNER}(?:[\\s,]+[^\\s,;.]+){0,10}?[\\s,]+|duoc\\s+)ky(?:\\s+ban hanh)?|(?:^|[\\s,])ky ban hanh|ban hanh\\s+vao)(?:\\s+vao)?\\s*$`,
);

/**
 * English news dating the document in a later sentence of the paragraph or the next (audit 16):
 * "The circular, dated May 31, guides …", "The decision was signed on 14 October 2024": "The"
 * and the document's English type word, then "(, ) dated|(was) signed on|(was) issued on" and the
 * date; a date without its year takes the text's first year. Not after another reference.
 */
function laterEnglishDate(
  text: string,
  from: number,
  primary: DocumentReference,
  references: readonly DocumentReference[],
): string | null {
  const type = ENGLISH_TYPES[primary.typeName ?? ''];
  if (!type) return null;
  const other = references.find((r) => r.start >= from && r.key !== primary.key);
  const to = Math.min(lineEnd(text, from, 1), other ? other.start : text.length, from + LATER_WINDOW);
  const match = new RegExp(
    String.raw`(?:^|[.!?]\s+|\n\s*)The\s+(?:${type}|document)\s*,?\s+(?:(?:was|is)\s+)?(?:dated|signed on|issued on)\s+(?:(\d{1,2})\s+([A-Za-z]{3,9})|([A-Za-z]{3,9})\.?\s+(\d{1,2})(?!\d))(?:,?\s+(\d{4}))?`,
    'i',
  ).exec(text.slice(from, to));
  if (!match) return null;
  const month = englishMonth((match[2] ?? match[3]) as string);
  const year = match[5] ?? firstYear(text);
  if (!month || !year) return null;
  return isoDate(Number(year), month, Number(match[1] ?? match[4]));
}

/** A type's English words in news ("Circular No. 32/2025/TT-BTC … The circular, dated …"). */
const ENGLISH_TYPES: Record<string, string> = {
  'Thông tư': 'circular',
  'Thông tư liên tịch': 'joint circular|circular',
  'Nghị định': 'decree',
  'Quyết định': 'decision',
  'Nghị quyết': 'resolution',
  'Chỉ thị': 'directive',
  'Công văn': '(?:official )?(?:letter|dispatch)',
  'Công điện': '(?:official )?(?:dispatch|telegram)',
  Luật: 'law',
};

const LATER_WINDOW = 800;

const LATER_PARAGRAPHS = 2;

const LATER_TYPE_WINDOW = 1600;

/** A photo's caption: "… sáng 25/8/2024. Ảnh: Đình Nhất", "(Ảnh minh họa)". */
const CAPTION_LINE = /(?:^|[\s(.])Ảnh(?:\s+minh họa)?\s*(?:[:)]|$)/iu;

/**
 * "hôm nay (12/4/2024)", "hôm qua (11/3)", "chiều nay (5/9)", "Mới đây (27-8)" (audit 92), folded;
 * a yearless one takes the article's year.
 */
const TODAY_DATE =
  /(?:^|[\s,(-])(?:(hom|sang|trua|chieu|toi|dem) (?:nay|qua)|moi day|vua qua)\s*\(\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?\s*\)/;

/**
 * A dateline (a place, a comma, the date, the agency in brackets, a dash) opening a sentence that
 * goes on "Chiều nay", "Hôm nay": the day it names is the dateline's, folded. Other openings
 * ("… - UBND tỉnh vừa ban hành …") may report a document of days before.
 */
const DATELINE_TODAY =
  /^\W*[a-z][a-z. ]{1,30},\s*(?:ngay\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?![\d/])\s*(?:\([^)]{1,30}\)\s*)?[-–—]\s*(?:sang|chieu|toi|trua|dem|hom)\s+nay\b/;

/** Day, then month and year ("5/9/2024", "5 tháng 9 năm 2024") or a month alone ("5/9"), folded. */
const LATER_DATE = String.raw`(\d{1,2})(?:\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?![\d/.-]*\d)|\s+thang\s+(\d{1,2}),?\s+nam\s+(\d{4})(?!\d))`;

/** A sentence opening with its year: "Năm 2019, …", "Trong năm 2019, …", folded. */
const OPENING_YEAR = /^\W*(?:trong\s+)?nam\s+((?:19|20)\d{2})\s*,/;

/**
 * Only an hour between a number and its date: "hồi|lúc 16 giờ 30 (phút)", "lúc 10h", folded; not
 * after a comma ("Công điện số 12/CĐ-UBND, lúc 14h ngày 9/9/2024, lực lượng …" is an event's; review 26).
 */
/** "của <body> " and nothing else between a number and a date, folded: no mark, digit or other number. */
const OF_BODY_BEFORE_DATE = /^\s*cua\s+(?!(?:nam|thang|dong chi|ong|ba)\s)[^\d,;.:()/\n]{2,80}?\s+$/;
/**
 * Words that make the date another event's when they stand between the body and it: when the
 * document takes effect or runs from, a deadline, the day it was received or announced, another
 * body's directive (review 36).
 */
const NOT_A_BODY_WORD =
  /(?:^|\s)(?:từ|trước|sau|vào|đến|được|có|tại|trong|khi|đã|sẽ|chính thức|của|hiệu lực|áp dụng|triển khai|công bố|kể)(?=\s|$)/u;

/** Whether "của <words>" before a date names only a body ("của Bộ Kế hoạch và Đầu tư "). */
function namesBodyOnly(between: string): boolean {
  const name = between
    .normalize('NFC')
    .trim()
    .replace(/^của\s+/iu, '');
  return BODY_OPENING.test(foldText(name)) && !NOT_A_BODY_WORD.test(name.toLowerCase());
}

const ISSUED_AT_HOUR = new RegExp(String.raw`^\s*(?:hoi|luc)\s+${HOUR}\s*,?\s*$`);

/**
 * A news report's date led by a time of day rather than "ngày", opening the sentence: "Chiều
 * 14/9/2024, …", "Sáng nay 3/2/2023", "Vào tối 5/6/2024", "Hôm nay (14/9/2024), …", "Hôm 27/8/2024". Compared
 * with diacritics ("sang 14/9" is no morning).
 */
const TIME_OF_DAY_DATE =
  /^[\s"“(-]*(?:\([^)]{1,20}\)\s*[-–]\s*)?(?:vào\s+|trong\s+)?(?:sáng|chiều|tối|trưa|đêm|hôm nay|hôm qua|hôm)(?:\s+nay|\s+qua)?\s*(?:\(\s*)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/iu;

function firstDate(
  text: string,
  from: number,
  to: number,
  skip?: (at: number) => boolean,
): ReturnType<typeof dateAt> {
  for (let i = from; i < to; i++) {
    if (foldCode(text.charCodeAt(i)) !== 0x6e || (i > 0 && isSymbolLetter(foldCode(text.charCodeAt(i - 1)))))
      continue;
    const date = dateAt(text, i);
    if (date && !skip?.(i)) return date;
  }
  return null;
}

/**
 * "Hôm 27/8" opening a sentence, after a dateline or a source tag ("HÀ NỘI - Hôm 27/8", "(Báo
 * X) - Hôm 27/8") and a time of day ("Chiều hôm 27/8", "Trong ngày hôm 27/8"), folded.
 */
const HOM_LEAD =
  /^\W*(?:(?:\([^)]{1,30}\)|[^\s,]+(?:\s+[^\s,]+){0,2})\s*[-–]\s*)?(?:(?:sang|chieu|toi|trua|dem|trong ngay)\s+)?hom\s+(\d{1,2})\s*[/-]\s*(\d{1,2})(?![/\d])/;

/** Where a sentence's first clause ends when a basis opens it ("Thực hiện …,", "Theo …,"), else `from`. */
function afterBasisClause(text: string, from: number, to: number): number {
  if (!BASIS_LEAD.test(foldText(text.slice(from, Math.min(to, from + 30))))) return from;
  const comma = text.indexOf(',', from);
  return comma >= 0 && comma < to ? comma + 1 : from;
}

/**
 * A basis opening a sentence, after an agency's mark at most ("(ĐN)- Thực hiện …"), folded; not
 * "Theo đó" ("accordingly"), whose clause is the sentence's own (review 42).
 */
const BASIS_LEAD = /^\W*(?:\([^)]{1,12}\)\s*[-–]\s*)?(?:thuc hien|theo(?! do\b)|can cu|trien khai)\s/;

function yearlessDate(text: string, from: number, to: number): { day: number; month: number } | null {
  const folded = foldText(text.slice(from, to));
  // "Hôm 27/8, …" opening the sentence; "hôm" further on is an event's ("cuộc họp hôm 27/8").
  const match =
    // "Ngày 12.11" too, a month of one or two digits after the dot (audit 35); "ngày 31 tháng 10"
    // in words without its year (audit 65: not the next "ngày 15/11" an event starts on).
    /(?:ngay|dem|sang|chieu|toi|trua)\s*(\d{1,2})\s*(?:[/-]|\.(?=\s*\d{1,2}(?![\d/.]|\.\d))|\s+thang\s+(?=\d))\s*(\d{1,2})(?![/\d]|\.\d|\s*,?\s*nam\s+\d)/.exec(
      folded,
    ) ?? HOM_LEAD.exec(folded);
  return match ? { day: Number(match[1]), month: Number(match[2]) } : null;
}
