/**
 * What a sentence says a document is about when no "về việc" gives its trích yếu: "…
 * 1234/QĐ-UBND quy định …", "… ban hành Kế hoạch … triển khai …", a quoted title.
 * @module
 */
import {
  ISSUED_BY_CLAUSE,
  OF_ISSUER,
  PHRASE_LEAD,
  QUOTED_TRICH_YEU_ENDS,
  SIGNER_OFFICE,
} from './clause-patterns';
import { foldText } from './fold';
import { BODY_OPENING } from './issuer-names';
import { TYPE_WORDS } from './mention-role';
import { beforeNewClause, CLOSING_QUOTE, SENT_TO, withoutAddressees } from './subject-after';
import { cleanPhrase, REPORTED_VERBS, SUBJECT_VERBS } from './text-spans';

/**
 * The subject right after the reference, its date and "của <issuer>": "Nghị định 30/2020/NĐ-CP
 * về công tác văn thư do Chính phủ ban hành …" → "về công tác văn thư" (a "về" phrase ends at
 * "do"/"của"); "… 1234/QĐ-UBND ngày 5/4/2024 phê duyệt quy hoạch chung …" → "phê duyệt quy
 * hoạch chung …" (a trích yếu's opening verb, SUBJECT_VERBS: to the sentence's end or a ";").
 */
const QUOTED_TITLE = /^\p{Lu}[^\r\n]{14,}$/u;

/** What a dispatch or a decision does, opening a clause after its number's comma. */
const COMMA_DIRECTIVE =
  /^(?:yêu cầu|đề nghị|hướng dẫn|chỉ đạo|giao|quy định|phê duyệt|công bố|thành lập|tăng cường|đẩy mạnh|chấn chỉnh|điều chỉnh|sửa đổi|bãi bỏ|kiện toàn|ban hành)\s/iu;

const MEETING_CONCLUSION =
  /^(?:kết luận|ý kiến(?:\s+chỉ đạo)?)\s+của\s[^.;\n]{3,80}?\s+tại\s+(?:cuộc họp|buổi làm việc|hội nghị|phiên họp|buổi kiểm tra)\s/u;

/** A sentence about a document's reception: "… được nhiều người quan tâm", "… gây chú ý". */
export const TALKED_ABOUT =
  /(?:được|nhận được)\s+(?:(?:rất\s+)?nhiều\s+người|dư luận|người dân|cộng đồng|xã hội|bạn đọc)?\s*(?:đặc biệt\s+)?(?:quan tâm|chú ý)|gây\s+(?:chú ý|xôn xao|tranh cãi)/iu;

/** A quote's opening that is a body's words or a directive to a body, not a title. */
const QUOTED_WORDS =
  /^(?:(?:Giao\s+)?(?:Sở|Bộ|Ban|Văn phòng|Cục|Công an)\s+\p{Lu}|(?:Giao\s+)?(?:UBND|HĐND|Ủy ban|Uỷ ban|Tỉnh ủy|Thành ủy|Bộ trưởng|Chủ tịch|Thủ tướng|Giám đốc)\s|(?:Yêu cầu|Đề nghị|Chỉ đạo|Đồng ý|Thống nhất|Chúng)\s)/u;

export function aboutPhraseAfter(
  text: string,
  from: number,
  to: number,
  tense = false,
  issued = false,
): string | null {
  const rest = text.slice(from, Math.min(to, from + 400)).normalize('NFC');
  // "… 1152/VPCP-KGVX (V/v tăng cường …) truyền đạt …": the trích yếu in brackets (audit 41).
  const bracketed = BRACKETED_TRICH_YEU.exec(rest);
  if (bracketed) return cleanPhrase(bracketed[1] as string);
  // "… 6120/UBND-ĐT (ký ngày 4/11) đề nghị …": a bracketed signing date is the document's own.
  const signing = BRACKETED_SIGNING.exec(rest);
  const lead = signing ?? PHRASE_LEAD.exec(rest);
  // A date right after the number: the document's own, whose subject may follow without "về".
  const dated = lead !== null && /\d/.test(lead[0]);
  let start = lead ? lead[0].length : 0;
  // "… ngày 3/4/2024, chỉ đạo các sở …": after the date's comma, the sentence's own directive
  // (reviews 13 and 14; "…, phê duyệt Đề án …" is the subject).
  if (dated && /,\s*$/.test((lead as RegExpExecArray)[0]) && DIRECTIVE_AFTER_DATE.test(rest.slice(start)))
    return null;
  // "… 42/2024/QĐ-UBND, có hiệu lực từ ngày 5-11-2024, quy định …": when it takes effect, then
  // what it is about (audit 62).
  // Not after a fronted "Theo …": its clause is the sentence's own ("…, quy định trước đây … hết
  // hiệu lực"; review 25).
  const effective = tense ? null : TAKES_EFFECT.exec(rest.slice(start));
  if (effective) start += effective[0].length;
  // "… 68/KH-UBND được UBND huyện Kỳ Anh ban hành ngày 12-3-2024 về …" (audit 19).
  const issuedBy = ISSUED_BY_CLAUSE.exec(rest.slice(start));
  // Or its signer: "… 6120/UBND-NN do Phó Chủ tịch UBND tỉnh … ký ngày 2/10/2024 yêu cầu …" (audit 55).
  if (
    issuedBy &&
    (issuedBy[1] === undefined || BODY_OPENING.test(foldText(issuedBy[1])) || SIGNER_OFFICE.test(issuedBy[1]))
  )
    start += issuedBy[0].length;
  // "… 434/TB-VPCP ngày 20/9/2024 truyền đạt kết luận của Thủ tướng …": what is relayed (audit 20).
  const relay = RELAY_LEAD.exec(rest.slice(start));
  if (relay) start += relay[0].length;
  // A quoted subject ("… ngày 12/9/2024 "về việc …"") ends at its closing quote.
  const quote = CLOSING_QUOTE[rest[start] as string];
  const quoted = quote && /^v[ềỀ]\s/u.test(rest.slice(start + 1)) ? rest.indexOf(quote, start + 1) : -1;
  if (quoted > 0) start += 1;
  // A title quoted as a name is, right after the number ("… Kế hoạch số 268/KH-UBND “Triển khai
  // Đề án …”", audit 33): capitalised, closed on its line.
  // Not a nickname the sentence goes on about ("“Nghị định xử phạt mới” được quan tâm"), a
  // directive or a body's words quoted ("“Giao Sở Tài chính chủ trì …”", "“Sở Nội vụ đề nghị
  // …”"; reviews 12 and 13: "“Giao dự toán …”", "“Phòng, chống dịch …”" are titles).
  const closing = quote && quoted < 0 ? rest.indexOf(quote, start + 1) : -1;
  const title = closing > 0 ? rest.slice(start + 1, closing) : '';
  if (
    QUOTED_TITLE.test(title) &&
    !/^\s*(?:được|bị|là|gây|khiến|đang|đã)\s/u.test(rest.slice(closing + 1)) &&
    !QUOTED_WORDS.test(title)
  )
    return cleanPhrase(title);
  // "… 1187/UBND-NC V/v tăng cường …", "… có|với nội dung (“)tăng cường …(”)", "… có trích yếu …"
  // (audit 18): a header's "V/v" copied into prose, or the content named; a quote ends it.
  // A bare "vv" opens a trích yếu in its capital ("vv Thực hiện …"); before a word in lower case
  // it is "vân vân" ("… Chỉ thị số 05-CT/TW vv đến …"; review 34).
  const content =
    quoted > 0 || /^[\s,]*vv\s+\P{Lu}/u.test(rest.slice(start)) ? null : CONTENT_LEAD.exec(rest.slice(start));
  if (content) {
    const from = start + content[0].length;
    const close = CLOSING_QUOTE[rest[from] as string];
    const end = close ? rest.indexOf(close, from + 1) : -1;
    const phrase = close ? rest.slice(from + 1, end > 0 ? end : undefined) : rest.slice(from);
    // Unquoted, the content named must open as a trích yếu does: "có nội dung như sau:",
    // "… tương tự", "… trái pháp luật" say nothing of it.
    const opens = close || content[1] === undefined || CONTENT_OPENING.test(phrase);
    const subject = opens
      ? withoutAddressees(beforeNextItem(phrase.split(/[\r\n]/)[0] as string), tense)
      : null;
    if (subject) return subject;
  }
  const about = aboutPhrase(quoted > 0 ? rest.slice(start, quoted) : rest.slice(start));
  if (about) return withoutAddressees(about, tense);
  // "… ngày 12/3/2024 của UBND tỉnh ban hành Quy chế …": the issuer, then the verb.
  const of = OF_ISSUER.exec(rest.slice(start));
  let verbAt = start + (of ? of[0].length : 0);
  // "… 1115/TTg-QHĐP của Thủ tướng Chính phủ V/v phối hợp …": a header's V/v after the issuer
  // (a list item's name; audit 154), a name without a number (not "của UBND thành phố và Công văn
  // số 204/VPCP-CN của Văn phòng Chính phủ V/v …", the other document's; review 62).
  const ofVv = OF_ISSUER_VV.exec(rest.slice(start));
  const ofQuoted = ofVv ? null : OF_ISSUER_QUOTED.exec(rest.slice(start));
  if (ofQuoted && TRICH_YEU_OPENING.test(ofQuoted[1] as string)) return cleanPhrase(ofQuoted[1] as string);
  if (ofVv) {
    const line = rest.slice(start + ofVv[0].length).split(/[\r\n]/)[0] as string;
    // "… của UBND thị xã (V/v: …)": in brackets, up to the closing one.
    const phrase = ofVv[1] ? (line.split(')')[0] as string) : line;
    return withoutAddressees(beforeNextItem(phrase), tense) || null;
  }
  // "… ngày 6/2/2025 gửi Cục Thuế các tỉnh hướng dẫn quyết toán …": the addressees stand between
  // the number and the subject (audit 16), up to its "về" or its verb in lower case.
  const sent = SENT_TO.exec(rest.slice(verbAt));
  if (sent) {
    verbAt += sent[0].length;
    const aboutAfterSent = aboutPhrase(rest.slice(verbAt));
    if (aboutAfterSent) return withoutAddressees(aboutAfterSent, tense);
  }
  // The sentence's own clause goes first: its "đã" must not end the phrase inside it.
  // (A verb phrase ends at "đã|sẽ|đang" anyway: OWN_PREDICATE.)
  // "… ngày 12-3-2024 nhằm triển khai …": a plan's purpose is all the news says of it (audit 19).
  // Only for the document its sentence issues or dates: "thực hiện Công văn … nhằm …" is the
  // purpose of carrying it out.
  // "… ban hành Công văn số 1536/UBND-TH, yêu cầu báo cáo kết quả …": in the sentence that issues
  // it, the trích yếu's verb after a comma (audit 97).
  // Only a directive's or a decision's verb: "…, cấp ủy các cấp phải …", "…, áp dụng từ ngày …",
  // "…, tiếp tục nhận được …" go on with the sentence (review 42).
  const comma = issued && !of && !sent && !dated ? /^\s*,\s*/.exec(rest.slice(verbAt)) : null;
  if (comma && COMMA_DIRECTIVE.test(rest.slice(verbAt + comma[0].length))) verbAt += comma[0].length;
  const purpose = issuedBy || dated ? PURPOSE_LEAD.exec(rest.slice(verbAt)) : null;
  if (purpose) verbAt += purpose[0].length;
  const verb = VERB_PHRASE.exec(beforeNewClause(rest.slice(verbAt), true));
  if (verb) return withoutAddressees(beforeNextItem(verb[1] as string), true);
  if (sent) return null;
  if (!of) {
    // "… 82/TB-VPCP ngày 29/02/2024 kết luận của Phó Thủ tướng …": a noun a trích yếu opens
    // with, in lower case right after the symbol and its date (not a document's name: "Kế hoạch số …").
    // Or a conclusion of a meeting: "… 112/TB-VPCP kết luận của Phó Thủ tướng … tại cuộc họp về
    // …" (audit 35), not a bare "kết luận của …" that only names it.
    // After a comma too: "… Thông báo số 1250-TB/TU, kết luận của Ban Thường vụ Tỉnh ủy tại hội
    // nghị …" (audit 58).
    const meeting = rest.slice(start).replace(/^\s*,\s*/, '');
    const noun =
      relay || dated || (!tense && MEETING_CONCLUSION.test(meeting))
        ? SUBJECT_NOUN_PHRASE.exec(dated || relay ? rest.slice(start) : meeting)
        : null;
    return noun ? withoutAddressees(beforeNextItem(noun[1] as string), true) : null;
  }
  const aboutAfterOf = aboutPhrase(rest.slice(verbAt));
  return aboutAfterOf ? withoutAddressees(aboutAfterOf, tense) : null;
}

/**
 * A trích yếu enumerates with ";" ("quy định hạn mức giao đất ở; hạn mức công nhận đất ở; …"):
 * it ends at a ";" only when what follows names another document (a type word and its number,
 * "số …", a reference's shape) or opens a new clause (a body's name and its verb; "các sở …").
 */
export function beforeNextItem(phrase: string, listing = false): string {
  // "về bãi bỏ các Quyết định: số 10/…; số 22/…": a list a "về" subject opens (review 13).
  const listed = listing && LISTED_DOCUMENTS.test(foldText(phrase));
  for (let at = phrase.indexOf(';'); at >= 0; at = phrase.indexOf(';', at + 1)) {
    const next = phrase.slice(at + 1).replace(/^\s+/, '');
    // Only while the list goes on ("; số 22/…"), not into a roundup's next item (review 14).
    if (listed && /^số\s*\d/iu.test(next)) continue;
    const segment = next.slice(0, Math.max(0, next.indexOf(';')) || next.length);
    const body = BODY_AND_VERB.exec(next);
    if (
      NEXT_DOCUMENT.test(foldText(segment)) ||
      ADDRESSED_BODIES.test(foldText(next.slice(0, 40))) ||
      (body && BODY_OPENING.test(foldText(body[1] as string)))
    )
      return phrase.slice(0, at);
  }
  return phrase;
}

/** "các sở thực hiện": bodies the text turns to, opening a new clause (folded). */
const ADDRESSED_BODIES =
  /^(?:cac|moi|nhung)\s+(?:so|ban|nganh|bo|co quan|don vi|dia phuong|huyen|xa|phuong|truong|uy ban|ubnd|cap)\b/;

/**
 * A segment that names another document, folded: a type word or "số" and a number ("xem thêm
 * Công văn 215/SNV …", "biển số 30K-…"), or a symbol's shape ("12/QĐ-UBND").
 */
const NEXT_DOCUMENT = new RegExp(
  // "kỷ luật 2/5 đảng viên" names no law.
  String.raw`(?:^|(?<!\bky)\s)(?:${TYPE_WORDS}(?:\s+khan)?\s+(?:so\s*:?\s*)?|so\s*:?\s*)\d|\d+\s*\/\s*[a-z]`,
);

const LISTED_DOCUMENTS = new RegExp(String.raw`\bcac\s+(?:${TYPE_WORDS})\s*:`);

/**
 * A "về …" phrase, on one line: to the end, or to "do|của <issuer>" ("về công tác văn thư do
 * Chính phủ ban hành", "… của Bộ Tài chính"). "của" inside the subject stays ("về tăng cường
 * sự lãnh đạo của Đảng đối với …", "của người dân"): the words after it must open a body's
 * name in capitals (BODY_OPENING) and run to a verb, "về", a mark or the end.
 */
function aboutPhrase(rest: string): string | null {
  if (!/^v[ềỀ]\s/u.test(rest)) return null;
  const line = /[\r\n]/.exec(rest);
  const by = /\s+(?:do|của)\s+/gu;
  let citedBody = false;
  for (let m = by.exec(rest); m; m = by.exec(rest)) {
    if (line && m.index > line.index) break;
    // "về kết luận của Thủ tướng …", "về ý kiến chỉ đạo của Chủ tịch UBND tỉnh …": whose words
    // the document conveys, not who issues it (audit 20).
    if (SPOKEN_BY.test(rest.slice(0, m.index))) continue;
    // "về triển khai Nghị quyết số 31/2024/NQ-HĐND ngày 12/7/2024 của HĐND tỉnh về …": the body of
    // a document the subject names, right after its number and date (audit 32).
    if (SYMBOL_AND_DATE_BEFORE.test(rest.slice(0, m.index))) {
      citedBody = true;
      continue;
    }
    const name = ISSUER_AHEAD.exec(rest.slice(m.index + m[0].length));
    if (name && BODY_OPENING.test(foldText(name[1] as string)))
      return beforeNextItem(rest.slice(0, m.index), true);
  }
  // "Thực hiện Chỉ thị … về …, Tỉnh ủy yêu cầu …": the sentence's own body and verb after a comma.
  const clause = /,\s+/gu;
  for (let m = clause.exec(rest); m; m = clause.exec(rest)) {
    if (line && m.index > line.index) break;
    const after = rest.slice(m.index + m[0].length);
    const name = BODY_AND_VERB.exec(after);
    // Past a cited document's body, a clause of the sentence's own ("…, trong đó giao Sở …").
    if ((name && BODY_OPENING.test(foldText(name[1] as string))) || (citedBody && CLAUSE_OPENER.test(after)))
      return beforeNextItem(rest.slice(0, m.index), true);
  }
  // The phrase must end on its line, as the sentence does; a list's next document ends it too,
  // and the sentence's "chính thức có hiệu lực" (audit 83).
  if (line) return null;
  const effect = EFFECT_PREDICATE_AHEAD.exec(rest);
  return beforeNextItem(effect ? rest.slice(0, effect.index) : rest, true);
}

/** A directive the sentence gives after a document's date and a comma ("…, chỉ đạo các sở …"). */
const DIRECTIVE_AFTER_DATE = /^(?:chỉ đạo|đề nghị|yêu cầu|giao|tổ chức\s+\d|xử lý|kiểm tra)\s/u;

/** A clause of the sentence's own after a comma: "trong đó giao …", "với mục tiêu …", "yêu cầu …". */
const CLAUSE_OPENER = /^(?:trong đó|theo đó|với mục tiêu|nhằm|yêu cầu|giao|đề nghị|chỉ đạo)\s/u;

/** A symbol ending the text, and its date: "31/2024/NQ-HĐND ngày 12/7/2024", "05-CT/TU". */
const SYMBOL_AND_DATE_BEFORE =
  /\d[/-][\p{L}\d/.&-]*\p{Lu}[\p{L}\d]*(?:,?\s+ngày\s+\d{1,2}(?:\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\s+tháng\s+\d{1,2},?\s+năm\s+\d{4}))?$/u;

/** The words a body says or asks, ending a phrase before "của <body>". */
const SPOKEN_BY = /(?:kết luận|ý kiến(?:\s+chỉ đạo)?|chỉ đạo|phát biểu|đề nghị|tờ trình|báo cáo|yêu cầu)$/iu;

const BODY_AND_VERB = new RegExp(
  `^(\\p{Lu}[^,;:()]{0,60}?)(?=\\s+(?:(?:đã|sẽ|đang|vừa)\\s+)?(?:${SUBJECT_VERBS})[\\s,])`,
  'u',
);

const ISSUER_AHEAD = new RegExp(
  `^(\\p{Lu}[^,;:()]{0,80}?)(?=\\s+(?:về|${SUBJECT_VERBS})[\\s,]|\\s*[,;.:(]|\\s*$)`,
  'u',
);

/**
 * "của <body> V/v" before a trích yếu: the body's name holds no number, no comma, no "về" or
 * "của" (another paper's: "của Bộ GDĐT về … và hướng dẫn của Sở GDĐT V/v …"; review 63). Any
 * case ("V/V:", "v/v:"), or in brackets ("của UBND thị xã (V/v: …)"; review 98).
 */
const OF_ISSUER_VV = /^,?\s*của\s+(?:(?!\s(?:về|của)\s)[^,;:()\d]){2,80}?\s+(\(\s*)?[Vv]\/[Vv]\s*:?\s*/u;

/**
 * "của <body> "Quy định …"": a trích yếu quoted after its issuer, as older documents cite
 * ("Nghị định số 81/CP ngày 23/11/1995 của Chính phủ "Quy định chi tiết …""), up to its closing
 * quote; it opens as a trích yếu does, in either case (the quotes mark it a title). Not after a
 * verb in lower case ("… của UBND Thành phố ban hành “Quy định …”": the verb opens the trích
 * yếu; audit 150); a name's capitals are no verb ("Ban Chỉ đạo"). The name may hold a number
 * ("Ban Chỉ đạo 389 tỉnh"; review 98), not a slash (another document's symbol, a date). Not a
 * quote the name goes on after ("Quỹ “Hỗ trợ nông dân” huyện": QUOTED_TRICH_YEU_ENDS).
 */
const OF_ISSUER_QUOTED = new RegExp(
  `^,?\\s*của\\s+(?:(?!\\s(?:về|${SUBJECT_VERBS})\\s)[^,;:()"“”/]){2,80}?\\s+["“]([^"”\\n]{5,300})["”]${QUOTED_TRICH_YEU_ENDS}`,
  'u',
);

/** How a quoted trích yếu opens, in either case ("Quy định …", "Tăng cường …"). */
const TRICH_YEU_OPENING = new RegExp(`^(?:về|${SUBJECT_VERBS})\\s`, 'iu');

/** "V/v" (kept: the trích yếu's own opening), or "có|với nội dung|trích yếu (:)" (dropped: its group). */
const CONTENT_LEAD = /^[\s,]*(?:(?=v\/?v\s)|(?:có|với)\s+(nội dung|trích yếu)\s*:?\s*)/iu;

/** How the content named after "có nội dung" opens when it is the trích yếu: "về …" or its verb. */
export const CONTENT_OPENING = new RegExp(`^(?:về|${SUBJECT_VERBS})[\\s,]`, 'u');

const BRACKETED_TRICH_YEU = /^\s*\(\s*(?:V\s*\/\s*v|về việc)\s+([^()\n]{6,300})\)/iu;

const TAKES_EFFECT =
  /^\s*,\s*có hiệu lực(?:\s+thi hành)?\s+(?:kể\s+)?từ\s+ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\s*,\s*/u;

const BRACKETED_SIGNING =
  /^\s*\(\s*(?:(?:ký|ban hành)(?:\s+ban hành)?\s+)?(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\s*\)\s*,?/iu;

/** "truyền đạt|thông báo" before the conclusion or the opinion a notice relays. */
const RELAY_LEAD = /^\s*(?:truyền đạt|thông báo)\s+(?=(?:ý kiến\s+)?kết luận\s|ý kiến chỉ đạo\s)/iu;

/** "nhằm" before a trích yếu's verb: the document's purpose, read as its subject. */
const PURPOSE_LEAD = new RegExp(`^nhằm\\s+(?=(?:${SUBJECT_VERBS})[\\s,])`, 'u');

/**
 * The nouns a trích yếu opens with when the document states or plans rather than acts ("kết luận
 * của Phó Thủ tướng …", "kế hoạch thực hiện …"), written in lower case and followed by a word
 * that is no number ("số", "này", digits); the phrase ends as a verb phrase does.
 */
// "Kết luận", "Ý kiến" capitalised too, as news writes the conclusion relayed ("… 539-CV/VPTW
// thông báo Kết luận của Ban Bí thư về …"; audit 82).
const SUBJECT_NOUN_PHRASE =
  /^((?:[Kk]ết luận|[Ýý] kiến|chương trình|kế hoạch|quy chế)\s+(?!(?:số|này|trên|đó)(?:\s|$)|\d)\p{Ll}.+?)(?:,\s*(?:trong đó|theo đó|qua đó|đồng thời|nhằm|từ đó|tuy nhiên|trên cơ sở)\s|$)/u;

/**
 * "(chính thức) có hiệu lực (thi hành)" ending its clause or before "(kể) từ …": the sentence's own
 * predicate; "… chính sách mới chính thức có hiệu lực trong tháng 7/2024" is a trích yếu's (review 35).
 */
const TAKES_EFFECT_PREDICATE = String.raw`(?:(?:chính thức\s+)?có hiệu lực(?:\s+thi hành)?(?=\s*(?:[.,;]|$|(?:kể\s+)?từ\s)))`;
/** The same, with the spaces before it: where a phrase ends. */
const EFFECT_PREDICATE_AHEAD = new RegExp(String.raw`\s+${TAKES_EFFECT_PREDICATE}`, 'u');

/**
 * The sentence's own predicate after a subject phrase ("Thông tư … quy định về đấu thầu thuốc …
 * đã tháo gỡ nhiều vướng mắc"): "đã", "sẽ", "đang" or "được" then a verb that opens a clause,
 * not one of the subject's ("được ban hành kèm theo", "đã được phê duyệt" stay); or "(chính
 * thức) có hiệu lực" (audit 83).
 */
const OWN_PREDICATE = String.raw`\s+(?=${TAKES_EFFECT_PREDICATE}|(?:đã|sẽ|đang)\s+(?!được\s|(?!(?:${REPORTED_VERBS})\s)(?:${SUBJECT_VERBS})\s)\p{Ll}|được\s+(?:(?:${SUBJECT_VERBS})\s+)?(?:đánh giá|xem là|coi là|kỳ vọng|dư luận|nhiều)\s)`;

/**
 * A verb phrase ends at the sentence's end, a ";", a clause that comments on it (", trong đó …")
 * or "do <issuer> ban hành". "ban hành kèm theo …", "ban hành ngày …" describe the document,
 * they do not open its subject.
 */
/**
 * What a Party discipline decision or a Party guide is about, opening its subject after its number
 * and date ("… ngày 28 tháng 10 năm 2024 thi hành kỷ luật …", "… ngày 05/11 tuyên truyền kỷ niệm …";
 * audit 70); not among SUBJECT_VERBS, which also end bodies' names ("Đội tuyên truyền lưu động",
 * "Tổ tuyên truyền …"; review 30), and not a noun ("tuyên truyền viên").
 */
const PARTY_SUBJECT_VERBS = 'thi hành kỷ luật|tuyên truyền(?! viên)';

/**
 * A basis the sentence goes on to cite after a comma (", căn cứ Quy định số 69-QĐ/TW …"; audit 70);
 * not "căn cứ" as a noun of the subject's list ("tiêu chí, căn cứ đánh giá …"; review 30).
 */
const BASIS_CLAUSE =
  'căn cứ\\s+(?:vào\\s+)?(?:luật|bộ luật|nghị định|nghị quyết|quyết định|thông tư|quy định|hướng dẫn|chỉ thị|kế hoạch|công văn|kết luận|điều|khoản|điểm)';

export const VERB_PHRASE = new RegExp(
  `^((?!ban hành\\s+(?:kèm|ngày|tại|theo|năm|từ|vào|lúc|sáng|trưa|chiều|tối|đêm|hôm)\\s)(?:${SUBJECT_VERBS}|${PARTY_SUBJECT_VERBS})[\\s,].+?)(?:${OWN_PREDICATE}|,\\s*(?:trong đó|theo đó|qua đó|đồng thời|nhằm|từ đó|tuy nhiên|${BASIS_CLAUSE})\\s|,?\\s+do\\s+[^,;]{2,60}?\\s+ban hành\\b|$)`,
  'iu',
);
