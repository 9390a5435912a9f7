/**
 * The subject (trích yếu) written right after a mention: "… số 3944/UBND-NC ngày … về việc
 * …", up to the clause that starts something else (a directive, an addressee list, another
 * document).
 * @module
 */
import { foldText } from './fold';
import { BODY_OPENING } from './issuer-names';
import { cleanPhrase, findFolded, SUBJECT_VERBS, sentenceAround } from './text-spans';

/**
 * The trích yếu the next sentence gives the document it takes up by its type word alone: "… đã có
 * văn bản 7011/NHNN-TD gửi … yêu cầu …. Theo văn bản về việc hỗ trợ khách hàng …, NHNN yêu cầu
 * …" (audit 55): what the document is titled, rather than the lead's paraphrase of it.
 */
export function subjectTakenUp(text: string, end: number, typeName: string | null): string | null {
  const next = TAKEN_UP_OPENING.exec(text.slice(end, end + 60).normalize('NFC'));
  if (!next || (next[1] !== undefined && foldText(next[1]) !== foldText(typeName ?? ''))) return null;
  const from = end + next[0].length;
  const to = sentenceAround(text, from, from).to;
  const subject = subjectAfter(text, from, to, true);
  // Only as the fronted phrase of the body's directive ("…, NHNN yêu cầu …"), and not another
  // body's document ("Theo văn bản về việc … của Bộ Y tế, tỷ lệ mắc …"; review 23).
  const nfc = subject?.normalize('NFC') ?? '';
  return subject &&
    nfc.length < cleanPhrase(text.slice(from, to).normalize('NFC')).length &&
    !/\scủa\s+\p{Lu}/u.test(nfc)
    ? subject
    : null;
}

const TAKEN_UP_OPENING =
  /^[.!?…"”]*\s*(?:Theo|Tại)\s+(?:văn bản|([Cc]ông văn|[Qq]uyết định|[Kk]ế hoạch|[Cc]hỉ thị|[Tt]hông báo|[Cc]ông điện))(?:\s+(?:này|trên|nói trên))?\s*,?\s*(?=về việc\s)/u;

/**
 * Between a dispatch's number and its "V/v": its date at most, then "gửi" and the addressees
 * (commas between them), no request, attachment, clause or other document, whose "V/v" it would
 * be ("… gửi UBND các huyện đề nghị triển khai Công văn số 5678/BNV-CCVC V/v …"; review 51).
 */
const ADDRESSEES_BEFORE_VV =
  /^[^,;]*\sgui\s(?![^;]*(?:\s(?:de nghi|trien khai|thuc hien|xin|kem theo)\s|\d\s*\/))[^;]*$/;

/**
 * The trích yếu a sentence gives before its document's number in a closing bracket: "Văn phòng
 * UBND tỉnh truyền đạt ý kiến … về việc tổ chức lễ Kỷ niệm … (Công văn số 4235/VP-KGVX, ngày
 * 19/9/2022)." (audit 127): from "về việc" to the bracket, when only the type's name and "số"
 * stand between the bracket and the number.
 */
export function subjectBeforeBracket(text: string, from: number, start: number): string | null {
  const paren = text.lastIndexOf('(', start);
  if (
    paren < from ||
    !/^\(\s*\p{L}+(?:\s+\p{L}+){0,2}\s+số\s*:?\s*$/iu.test(text.slice(paren, start).normalize('NFC'))
  )
    return null;
  const about = findFolded(text, 've viec', from, paren);
  if (!about) return null;
  const subject = cleanPhrase(text.slice(about.start, paren));
  return subject.length > 'về việc'.length ? subject : null;
}

/** "… về việc đẩy mạnh …" after the reference, to the end of its sentence. */
export function subjectAfter(text: string, from: number, to: number, tense = false): string | null {
  // Or its "V/v" after the addressees its sentence sends it to, on the mention's line, as a header
  // writes it ("… ngày 03/5/2019 gửi các Sở … V/v Sử dụng tạm thời …"; audit 121); not a table
  // row's cell.
  const lineEnd = text.indexOf('\n', from);
  const vv = findFolded(text, 'v/v', from, lineEnd < 0 || lineEnd > to ? to : lineEnd);
  const inSentence = vv !== null && ADDRESSEES_BEFORE_VV.test(foldText(text.slice(from, vv.start)));
  const words = findFolded(text, 've viec', from, inSentence ? vv.start : to);
  const about = words ?? (inSentence ? vv : null);
  if (!about) return null;
  const end = quotedEnd(text, about.start, to);
  const subject = beforeNewClause(
    beforeDocumentClause(cleanPhrase(text.slice(about.start, addresseeClause(text, about.end, end)))),
    tense,
  );
  return subject.length > 'về việc'.length ? subject : null;
}

/**
 * A subject without the sentence's own clause after it: "Theo Công văn … về việc hướng dẫn
 * các khoản thu, chi …, các khoản thu theo thỏa thuận phải được công khai" ends before ", các
 * khoản thu …". That clause has a subject of its own ("các|những|mọi|tất cả|toàn bộ" and a noun,
 * or a body's name in capitals) and a modal verb of obligation ("phải", "cần", "không|chưa
 * được", "có|chịu trách nhiệm") within eight words; a comma between the subject's own items
 * ("về việc thu, chi …", "phòng, chống dịch") opens none. A tense word ("đã", "đang", "sẽ",
 * "vẫn", "đều") opens one only after a fronted phrase (`fronted`: "Theo Công văn … về việc …, các
 * xã đã sơ tán …"); elsewhere a trích yếu's list has relative clauses of its own ("…, các dự án
 * đã được giao đất nhưng chưa đưa vào sử dụng").
 */
export function beforeNewClause(phrase: string, tense = false): string {
  const nfc = phrase.normalize('NFC');
  const comma = /,\s+/gu;
  for (let m = comma.exec(nfc); m; m = comma.exec(nfc)) {
    const clause = (tense ? TENSE_CLAUSE : NEW_CLAUSE).exec(nfc.slice(m.index + m[0].length));
    // After a fronted phrase, a body's abbreviation too ("…, NHNN yêu cầu …"; audit 55).
    if (
      clause &&
      (clause[1] === undefined ||
        BODY_OPENING.test(foldText(clause[1])) ||
        (tense && /^[\p{Lu}&]{2,8}$/u.test(clause[1]))) &&
      // Not the next of the bodies a directive lists ("giao Sở Tài chính, Sở Nội vụ hướng dẫn …",
      // "đề nghị Bộ Tài chính, Bộ Xây dựng hướng dẫn …"; review 23).
      !LISTED_BODY.test(nfc.slice(Math.max(0, m.index - 80), m.index))
    )
      return cleanPhrase(nfc.slice(0, m.index));
  }
  return phrase;
}

/** A directive's addressee, a body, ending a text (its list goes on after the comma). */
const LISTED_BODY =
  /(?:giao|đề nghị|yêu cầu|chỉ đạo|gửi|đôn đốc|phân công|cho|với|và)\s+(?:các\s+)?(?:Bộ|Sở|UBND|Ủy ban|Ban|Cục|Tổng cục|Chi cục|Phòng|Văn phòng|Thanh tra|Kho bạc|Công an|Ngân hàng|Hội đồng|Trường|Bệnh viện|Trung tâm)\s[^,;]{0,50}$/u;

const CLAUSE_SUBJECT = String.raw`^(?:(?:các|những|mọi|tất cả|toàn bộ)\s+(?:[^\s,;.]+\s+){1,7}?|(\p{Lu}[^\s,;.]*(?:\s+[^\s,;.]+){0,7}?)\s+)(?:phải|cần|không được|chưa được|có trách nhiệm|chịu trách nhiệm`;

// An active tense opens one too ("…, các xã đã sơ tán …"); a passive one may be a relative
// clause of the subject's list ("…, các dự án đã được giao đất …").
const NEW_CLAUSE = new RegExp(`${CLAUSE_SUBJECT}|(?:sẽ|đã|đang|vẫn|đều)(?!\\s+(?:được|bị)\\s))\\s`, 'u');

// After a fronted phrase the clause's verb may be the document's directive too ("Theo Công văn …
// về việc …, Bộ Tài chính yêu cầu …"; audit 55).
const TENSE_CLAUSE = new RegExp(
  `${CLAUSE_SUBJECT}|sẽ|đã|đang|vẫn|đều|(?:cũng\\s+|tiếp tục\\s+)?(?:yêu cầu|đề nghị|chỉ đạo|giao|lưu ý|nhấn mạnh|hướng dẫn)(?=\\s))\\s`,
  'u',
);

/**
 * Whether the reference stands in a fronted phrase ("Theo Công văn …, các xã đã sơ tán …",
 * "Thực hiện …", "Căn cứ …", "Tại …"): the sentence's own clause is still to come, so a tense
 * word after a comma opens it (`beforeNewClause`).
 */
export function fronted(text: string, from: number, start: number): boolean {
  // After a phrase of purpose or detail: "Để chủ động kiểm soát dịch, tại Công văn …" (audit 55).
  return /^[\s"“(-]*(?:(?:de|cu the|nham)\s[^,.;:]{0,60},\s*)?(?:theo|thuc hien|can cu|tai|trien khai)\s/.test(
    foldText(text.slice(from, start)),
  );
}

/**
 * Where a phrase opening inside a quote ends: its closing quote (`"về việc …".`, `“về …”`);
 * else `to`.
 */
function quotedEnd(text: string, start: number, to: number): number {
  let at = start;
  while (at > 0 && /\s/.test(text[at - 1] as string)) at--;
  const close = CLOSING_QUOTE[text[at - 1] as string];
  if (!close) return to;
  const found = text.indexOf(close, start);
  return found >= 0 && found < to ? found : to;
}

export const CLOSING_QUOTE: Record<string, string> = { '"': '"', '“': '”', '«': '»', '‘': '’' };

/**
 * A subject without the clause that follows it about the document itself rather than its
 * content: its signer (", do Thứ trưởng … ký ngày …"; audit 41; without the comma when a person's
 * name signs, "… do Phó Chủ tịch UBND tỉnh Đinh Văn Hưng ký ban hành, …", audit 58 and review 24),
 * ", thay thế Thông tư …", ", có
 * hiệu lực (thi hành) từ …", ", áp dụng (kể) từ …", ", kể từ ngày …". "bổ sung, thay thế thành
 * viên …" is content: "thay thế" must name a document.
 */
function beforeDocumentClause(phrase: string): string {
  // Read composed: "ký", "hiệu lực" decomposed (NFD text) would match nothing.
  const nfc = phrase.normalize('NFC');
  const clause = DOCUMENT_CLAUSE.exec(nfc);
  return clause ? cleanPhrase(nfc.slice(0, clause.index)) : phrase;
}

const DOCUMENT_CLAUSE =
  /\s+do\s+(?:[Pp]hó\s+)?(?:Chủ tịch|Thủ tướng|Bộ trưởng|Thứ trưởng|Giám đốc|Bí thư|Trưởng ban|Cục trưởng)\s[^,;.()\n]{0,60}?\p{Lu}\p{Ll}*\s+(?:Văn|Thị|Đức|Minh|Ngọc|Quang|Thanh|Hữu|Xuân|Hồng|Anh|Hoàng|Công|Trọng|Đình|Tiến|Mạnh|Quốc|Duy|Hải|Kim|Thế|Bá|Viết)\s+\p{Lu}\p{Ll}*\s+ký(?:\s+ban hành)?(?:\s+(?:vào\s+)?ngày\s|\s*[,.;)]|\s*$)|\s+(?:có\s+)?hiệu lực(?:\s+thi hành)?\s+(?:kể\s+)?từ\s+ngày\s|,\s*do\s+[^,;.()\n]{3,120}?\s+ký(?:\s+ban hành)?(?:\s+(?:vào\s+)?ngày\s|\s*[,.;)]|\s*$)|,\s*(?:và\s+|đồng thời\s+|chính thức\s+|sẽ\s+)?(?:thay thế\s+(?:cho\s+)?(?:\p{Lu}|các\s+(?:văn bản|quyết định|thông tư|nghị định|quy định)|văn bản|toàn bộ)|có hiệu lực|hiệu lực thi hành|(?:được\s+)?áp dụng\s+(?:từ|kể từ)\s|kể từ ngày\s|với\s+(?:nhiều|một số)\s+(?:điểm|nội dung|quy định)\s+mới)/u;

export function withoutAddressees(phrase: string, tense = false): string {
  return beforeNewClause(
    beforeDocumentClause(cleanPhrase(phrase.slice(0, addresseeClause(phrase, 0, phrase.length)))),
    tense,
  );
}

/**
 * Where the addressees appended to a subject begin ("… năm học 2024-2025 gửi các sở giáo dục
 * và đào tạo", ", gửi Sở Y tế các tỉnh"): "gửi" after a word of the subject, then "các", "đến",
 * "tới" or a name in capitals; else `to`. "về việc gửi báo cáo", "đề nghị gửi …" keep theirs.
 */
export function addresseeClause(text: string, from: number, to: number, atStart = false): number {
  for (let at = from; at < to; ) {
    const send = findFolded(text, 'gui', at, to);
    if (!send) break;
    at = send.end;
    const before = foldText(text.slice(Math.max(from, send.start - 12), send.start));
    const opening = atStart && /^[\s,]*$/.test(before);
    if (
      (!opening && !/[\p{L}\d][\s,]+$/u.test(before)) ||
      /(?:^|\s)(?:ve viec|nghi|cau|duoc|de|va|se|da|hoac|hay|cach|khong|chua)[\s,]+$/.test(before)
    )
      continue;
    const next = text.slice(send.end, send.end + 12).replace(/^\s+/, '');
    if (!/^(?:c[aá]c\s|đ[eế]n\s|t[oớ]i\s)/iu.test(next.normalize('NFC')) && !/^\p{Lu}/u.test(next)) continue;
    let cut = send.start;
    while (cut > from && /[\s,]/.test(text[cut - 1] as string)) cut--;
    return cut;
  }
  return to;
}

/**
 * "gửi <addressees>" opening what follows a number (its date, its issuer), up to the first "về"
 * or verb a trích yếu opens with (SUBJECT_VERBS) in lower case: the names in capitals hold none
 * ("gửi Ban Chỉ đạo …"), "các cơ quan cấp tỉnh" names no verb, "quy định tại …" opens none. Within
 * the sentence (a dot inside a name, "TP.HCM", is no end) and 160 characters, and no clause of the
 * report's own between ("… gửi các Sở nêu rõ các cơ sở chỉ được thu …").
 */
export const SENT_TO = new RegExp(
  String.raw`^[\s,]*gửi\s+(?:(?!\s(?:nêu|cho biết|cho hay|nhấn mạnh|lưu ý|khẳng định|theo|được|phải|không|chỉ|cần|đã|sẽ|đang)\s)(?:[^\n.!?]|\.(?=\S))){2,160}?\s(?!cấp\s+(?:tỉnh|huyện|xã|trung ương|cơ sở|thành phố|quận|phường|có thẩm quyền)(?:\s|$)|quy định\s+(?:tại|theo|của|hiện hành|pháp luật)(?:\s|$))(?=(?:về|${SUBJECT_VERBS})[\s,])`,
  'u',
);
