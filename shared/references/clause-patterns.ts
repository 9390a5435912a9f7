/**
 * Clauses that both the subject and the issuer readers step over or read: an issuing
 * clause ("do … ban hành"), a signer's office, bodies issuing jointly, "của <body>".
 * @module
 */
import { SUBJECT_VERBS } from './text-spans';

/**
 * The date (and a công điện's hour: "hồi 16 giờ 30 ngày 8/9/2024"; audit 65) between a number and
 * what follows it; a date in words may lack its year ("ngày 31 tháng 10").
 */
export const PHRASE_LEAD =
  /^(?:\s*(?:,\s*)?(?:(?:hồi|lúc)\s+\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?\s+)?ng\S{2,3}\s+[\d/.\-\s]+(?:th\S{3}\s+\d+(?:\s+n\S{2}\s+\d{4})?)?\s*,?)?\s*(?:(?:năm\s+)?(?:19|20)\d{2}(?![\d/.-]|\s*[-–—]\s*(?:19|20)\d{2})\s+)?/iu;

/**
 * "(,) được|do (<body>) (ký) ban hành|ký (vào) (ngày …)(,)" right after a number: the body issuing
 * it, in the passive, before the subject; the name opens in capitals (a body's, BODY_OPENING).
 */
export const ISSUED_BY_CLAUSE =
  /^,?\s*(?:được|do)\s+(?:(\p{Lu}(?:(?!\s(?:tham mưu|trình|phối hợp|chủ trì|đề xuất|soạn thảo|xây dựng)\s)[^,;:()\n]){1,80}?)\s+)?(?:ký\s+)?(?:ban hành|ký(?!\s+kết))(?=[\s,.;]|$)(?:\s+vào)?(?:\s+ng\S{2,3}\s+[\d/.\-\s]*\d(?:\s+th\S{3}\s+\d+\s+n\S{2}\s+\d{4})?)?\s*,?\s*/u;

/**
 * A body's name after a comma in a list of joint issuers, up to their "về" phrase: a body's word,
 * then words in capitals each with two lower-case syllables at most, "và" and places ("Ban Bí
 * thư", "Bộ Kế hoạch và Đầu tư"); not a clause of its own ("…, Sở Y tế đã có văn bản …", "…, Sở
 * Nội vụ lưu ý …"; after two reviews of audit 21).
 */
const JOINT_BODY = `(?:Ban|Bộ|Ủy ban|UBND|HĐND|Thường trực|Văn phòng|Sở|Hội đồng|Đảng ủy|Tỉnh ủy|Thành ủy)(?:\\s+\\p{Ll}+){0,2}(?:\\s+(?:\\p{Lu}[\\p{L}&.-]*|và|tỉnh|huyện|thành phố|quận|xã|phường|thị xã)(?:\\s+(?!(?:${SUBJECT_VERBS})\\s)\\p{Ll}+){0,2}){0,8}`;

/**
 * How a quoted trích yếu after its body's name ends its clause, after the closing quote: a mark,
 * the text's end or a word going on with the sentence ("… của Chính phủ "Quy định …", Bộ …", "…
 * “Tăng cường …” được ban hành …"). Anything else names on: a quote in a body's own name goes on
 * with a place or a period ("Ban Chỉ đạo Chương trình “Giao thông nông thôn” tỉnh", "… Đề án
 * “Tăng cường tiếng Việt …” giai đoạn 2016-2020 … huyện Bảo Yên"; review 99).
 */
export const QUOTED_TRICH_YEU_ENDS = String.raw`(?=\s*(?:[,.;:!?)…\n]|$)|\s+(?:và|hoặc|đã|đang|sẽ|được|theo|nhằm|để|thì|có hiệu lực|với|cho)(?:\s|$))`;

/** ", <body>" names after a "của <body>" that end before its "về" phrase. */
export const JOINT_ISSUERS = new RegExp(`^(?:,\\s+${JOINT_BODY})+(?=\\s+về\\s)`, 'u');

// The verb after an issuer is written in lower case: "Thi đua - Khen thưởng" is part of a name.
// Joint issuers are listed with commas before a "về" phrase: "của Bộ Chính trị, Ban Bí thư về …"
// (audit 21); a body after a comma and its verb open a clause of their own. Its short form in
// brackets may follow: "của Bộ Giáo dục và Đào tạo (Bộ GD-ĐT) về …" (audit 83).
export const OF_ISSUER = new RegExp(
  `^,?\\s*của\\s+[^,;:()]{2,80}?(?:\\s*\\([^()]{1,20}\\))?(?:\\s+(?=(?:về|${SUBJECT_VERBS})[\\s,])|(?:,\\s+${JOINT_BODY})+\\s+(?=về[\\s,]))`,
  'u',
);

/**
 * The signer's office before a body ("Chủ tịch UBND tỉnh", "Bộ trưởng Bộ Y tế"): the body
 * issues, not the office, unless the symbol says the office issues in its own name (bodyOfSigner).
 */
export const SIGNER_OFFICE =
  /^(?:đồng chí\s+)?(?:phó\s+)?(?:tổng bí thư|chủ tịch nước|chủ tịch|thủ tướng|thống đốc|bộ trưởng|thứ trưởng|giám đốc|tổng giám đốc|bí thư|trưởng ban|chánh văn phòng|tổng cục trưởng|cục trưởng|chủ nhiệm|viện trưởng|chánh án|hiệu trưởng)\s+/iu;
