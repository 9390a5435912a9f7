/**
 * The issuing body as prose names it: before the issuing verb ("UBND tỉnh vừa ban hành …"),
 * after the number ("… của Bộ Y tế"), in a signer's clause ("do Phó Chủ tịch UBND tỉnh … ký").
 * @module
 */
import {
  ISSUED_BY_CLAUSE,
  JOINT_ISSUERS,
  PHRASE_LEAD,
  QUOTED_TRICH_YEU_ENDS,
  SIGNER_OFFICE,
} from './clause-patterns';
import { findReferences } from './find-references';
import { foldText } from './fold';
import {
  BODY_OPENING,
  isPersonalName,
  issuerName,
  namesIssuer,
  PARTY_ORGAN,
  spellingWords,
  spellsCode,
  withoutPersonalName,
} from './issuer-names';
import { cleanPhrase, SUBJECT_VERBS } from './text-spans';

/** How far before a number `issuerBeforeVerb` reads: a body's name and an issuing verb phrase. */
const VERB_PREFIX_REACH = 400;

/**
 * The body named before the verb that issues the reference: "… (đã|vừa) (ký) ban hành …", or
 * "… (đã|vừa) ký|có|gửi|ra <type word or "văn bản"> (số) …" ("UBND tỉnh Đắk Lắk vừa có Công văn số
 * 3944/…", "Chủ tịch UBND tỉnh Lê Văn Dũng đã ký Quyết định số …", "Cục Thuế TP. Đà Nẵng ra công
 * văn số 68/CT-TTHT"; audit 105; not "đưa ra", "đề ra", "chỉ ra", "người ra …": review 46), or
 * "… xây dựng Kế hoạch số …" (its type right before the number; audit 143).
 */
const VERB_PREFIX =
  /(?:^|[,;:]\s*)([^,;:]{2,80}?)\s+(?:cũng\s+)?(?:đã\s+|vừa\s+|mới\s+|chính thức\s+)?(?:(?:ký\s+)?ban hành\s+\S*(?:\s+\S+){0,4}|thông qua\s+(?:nghị quyết|luật)(?:\s+\S+){0,2}|xây dựng\s+(?:kế hoạch|chương trình)(?:\s+số)?|(?:ký|có|gửi|phát đi|(?<!(?:đưa|đề|chỉ|nêu|người|tìm|làm|đã phát|vừa phát)\s)ra)\s+(?:văn bản|công văn|quyết định|chỉ thị|thông báo|kế hoạch|công điện|tờ trình|báo cáo|hướng dẫn|nghị quyết|thông tư|nghị định|kết luận|quy định|chương trình)(?:\s+\S+){0,2}?(?:\s+số)?)\s*$/iu;

/**
 * The Thủ tướng signs for the Chính phủ (…/NĐ-CP) and issues in his own name (…/QĐ-TTg), as the
 * Chủ tịch does in provinces that give him a code (…/QĐ-CT): the symbol's issuer decides.
 */
const PRIME_MINISTER = /^(?:phó\s+)?thủ tướng\s/iu;

const CHAIR_ISSUERS = new Set(['CT', 'CTUBND']);

/**
 * The issuing body of a signer's description: "Chủ tịch UBND tỉnh Lê Văn Dũng" → "UBND tỉnh";
 * "Thủ tướng Phạm Minh Chính" → "Thủ tướng Chính phủ" (…/QĐ-TTg) or "Chính phủ" (…/NĐ-CP).
 */
function bodyOfSigner(body: string, issuer: string | null): string | null {
  // A body is named: a capital letter ("UBND tỉnh", "Bộ Y tế"), not "ông …" nor a fragment ("đã").
  if (/^(?:ông|bà)\s/iu.test(body) || !/\p{Lu}/u.test(body.normalize('NFC'))) return null;
  const office = SIGNER_OFFICE.exec(body);
  if (!office) return body;
  let rest = withoutPersonalName(body.slice(office[0].length));
  // "Trưởng Ban Chỉ đạo …", "Trưởng Ban Tổ chức Tỉnh ủy": the head of a Ban named after it
  // (review 50).
  if (/ban\s+$/iu.test(office[0]) && /^\p{Lu}/u.test(rest)) rest = `Ban ${rest}`;
  // "Giám đốc Sở Nguyễn Văn An": a bare body noun and the signer's name names no body; the
  // symbol's issuer code does.
  const bare = /^(sở|bộ|cục|ban|phòng|ubnd|ủy ban nhân dân|uỷ ban nhân dân)(?:\s+(.+))?$/iu.exec(rest);
  // After "UBND" stands a place, which may open like a name ("UBND Hoàng Mai", "UBND Lê Chân").
  if (bare && (!bare[2] || (!/^(?:ubnd|ủy|uỷ)/iu.test(bare[1] as string) && isPersonalName(bare[2]))))
    rest = '';
  // The Tổng Bí thư and the Chủ tịch nước sign for a body the text names elsewhere ("Thay mặt …")
  // or the symbol's issuer does.
  if (/(?:tổng bí thư|chủ tịch nước)\s+$/iu.test(office[0])) return null;
  if (PRIME_MINISTER.test(office[0])) {
    if (issuer === 'CP') return issuerName(issuer);
    if (issuer === 'TTg' || rest === '' || /^chính phủ$/iu.test(rest)) return issuerName('TTg');
  }
  if (issuer && CHAIR_ISSUERS.has(issuer) && /^(?:phó\s+)?chủ tịch/iu.test(office[0]))
    return withoutPersonalName(body);
  return rest || null;
}

/**
 * A news site's tag opening a report, before its first sentence: a bracketed name
 * ("(Baohatinh.vn) -", "(PLO) –") or a site's name in capitals ("TTO -", "VOV.VN -"), then a dash.
 */
const SOURCE_TAG =
  /^\s*(?:\([^()\d]{2,40}\)|\p{Lu}[\p{Lu}\d]*(?:\.\p{L}{2,4}){0,2}|[\p{L}\d-]+\.(?:vn|com|net|org))\s*[-–—]\s+/u;

/**
 * A news site's tag in brackets, without a dash, opening the sentence before the body's name:
 * "(BDO) UBND tỉnh Bình Dương …", "(HNM) Sở Y tế …", a section in mixed case "(Tài chính) Tổng
 * cục Thuế …" (audit 16: it was read as a dateline and cut the body). No digits: "(12/4)" is a date.
 */
const BRACKETED_SOURCE_TAG = /^\s*\((?:\p{Lu}[\p{Lu}\d.]{1,9}|\p{Lu}[^()\d]{1,38})\)\s+(?=\p{Lu})/u;

/**
 * A date opening the body's clause: "Ngày 27/8 UBND …", "ngày 22 tháng 12 năm 2017 Cục Thống kê
 * tỉnh …" (audit 143), "Ngày 29 tháng 12/2020 Ban Thường vụ Tỉnh ủy …", "Sáng ngày 5 tháng 3
 * năm 2024 UBND tỉnh …", "Trong ngày 22/12 …" (review 58), or the date of a dateline with its dash
 * ("Hà Tĩnh, ngày 16/9/2024 - UBND tỉnh …", "Hà Tĩnh, 16/9/2024 (TTXVN) - UBND tỉnh …").
 */
const DATE_LEAD =
  /^(?:(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?\s*(?:\([^)]{1,30}\)\s*)?[-–—]\s+|(?:(?:đêm|sáng|trưa|chiều|tối|trong)\s+(?:ngày\s+)?|ngày\s+)[\d/.-]+(?:\s+tháng\s+\d{1,2}(?:(?:\s+năm\s+|[/.-])\d{4})?)?\s*)/iu;

/** A place and a dash before the body's name: "Hà Nội - UBND TP Hà Nội …". */
const DATELINE = /^\s*(\S.{0,40}?)\s[-–—]\s+(?=\S)/u;

/**
 * The body's name without a news report's dateline ("Hà Nội - UBND TP Hà Nội", VnExpress's
 * "Hà NộiHà Nội - …" with its location stamp): only where a body's name follows the dash and
 * none precedes it ("Sở Giáo dục - Đào tạo" stays whole).
 */
function withoutDateline(named: string): string {
  const dateline = DATELINE.exec(named);
  if (!dateline) return named;
  const rest = named.slice(dateline[0].length);
  return BODY_OPENING.test(foldText(rest)) && !BODY_OPENING.test(foldText(dateline[1] as string))
    ? rest
    : named;
}

/**
 * "Ngày 27/8/2020, UBND tỉnh đã ban hành Công văn số …" → "UBND tỉnh". A reporting verb is not
 * the body's ("UBND tỉnh Bình Dương cho biết đã có …"), nor a bracketed date ("UBND TP.HCM hôm
 * qua (11/3/2024) đã …"); names may hold digits ("UBND Quận 1", "Ban Chỉ đạo 389 tỉnh …").
 * "Thay mặt Bộ Chính trị, Tổng Bí thư … đã ký …" names the body that issues.
 */
export function issuerBeforeVerb(
  text: string,
  from: number,
  start: number,
  issuer: string | null,
): string | null {
  // The body (80 characters at most) and its verb stand right before the number.
  const before = text.slice(Math.max(from, start - VERB_PREFIX_REACH), start).normalize('NFC');
  const match = VERB_PREFIX.exec(before);
  if (!match) return null;
  const behalf = ON_BEHALF_OF.exec(
    before.slice(0, match.index + match[0].length - (match[1] as string).length),
  );
  // The body the signer stands for, when it is a body's name and no other issued (`issuedByOther`).
  if (behalf) {
    const onBehalf = cleanPhrase(behalf[1] as string);
    if (issuer === null || (isBodyName(onBehalf, issuer) && !issuedByOther(before, onBehalf, issuer)))
      return onBehalf;
  }
  const named = withNameBeforeComma(before, match, (match[1] as string).replace(SOURCE_TAG, ''));
  // Only at the sentence's very start is a bracketed tag without a dash a source's.
  const opensSentence = match.index === 0 && start - VERB_PREFIX_REACH <= from;
  const body = cleanPhrase(
    (opensSentence ? withoutDateline(named.replace(BRACKETED_SOURCE_TAG, '')) : named)
      .replace(DATE_LEAD, '')
      .replace(BRACKETED_DATE, ' ')
      .replace(REPORTING_VERB, '')
      // An auxiliary opening the sentence is no body ("Đã có Nghị định 147/2024/NĐ-CP …"), nor a
      // connective ("…, sau đó Trưởng Công an xã ra Quyết định …"; audit 105).
      .replace(LEADING_AUXILIARY, '')
      // Its abbreviation in brackets: "Ngân hàng Nhà nước Việt Nam (NHNN)", "Sở Tài nguyên và Môi
      // trường (TN&MT) TP Hà Nội" (audit 20).
      .replace(BRACKETED_ABBREVIATION, ' '),
  );
  // Not the signing verb a headline opens with ("Ký ban hành Chỉ thị số 25-CT/TU …"; audit 165).
  const spoken =
    body && !/^\d|\d{1,2}\s*\/\s*\d{1,2}/.test(body) && !/^(?:đã |vừa )?ký$/iu.test(body)
      ? bodyOfSigner(issuingPart(reportedBody(body), issuer), issuer)
      : null;
  // "… xây dựng Kế hoạch số …" issues it only when the words before are the body the code spells
  // ("Cục Thống kê tỉnh Vĩnh Long xây dựng Kế hoạch số 595/KH-CTK"), not a Sở that advised, led,
  // was assigned or took part ("Sở Y tế đã tham mưu UBND tỉnh xây dựng Kế hoạch số …/KH-UBND";
  // review 58).
  if (
    /xây dựng\s+\S+\s+\S+(?:\s+số)?\s*$/iu.test(match[0]) &&
    !(spoken && issuer && opensSpellingCode(spoken, issuer))
  )
    return null;
  return (
    (spoken && issuer && namesIssuer(spoken, issuer) ? null : firstOffice(before, match, named, issuer)) ??
    spoken
  );
}

/**
 * Whether the clause before the verb names the body the code names, and either praises it ("Thay
 * mặt UBND tỉnh, …, biểu dương UBND huyện Yên Lạc đã ban hành …"; review 63) or the signer's body
 * is another ("Thay mặt Ban Thường vụ Tỉnh ủy, …, cho biết UBND tỉnh đã ban hành Kế hoạch số
 * …/KH-UBND"; review 65): that body issued, not the one the signer stands for.
 */
function issuedByOther(before: string, onBehalf: string, issuer: string): boolean {
  const lastClause = before.slice(before.lastIndexOf(',') + 1).normalize('NFC');
  if (!namesIssuer(lastClause, issuer)) return false;
  return (
    /^\s*(?:biểu dương|đánh giá cao|ghi nhận|khen ngợi|chúc mừng)\s/iu.test(lastClause) ||
    !namesIssuer(onBehalf, issuer)
  );
}

/**
 * Whether a signer's "Thay mặt <name>" names a body: one the code names, a Party organ for TW, or
 * any body's name ("Viện kiểm sát nhân dân tối cao" for VKSTC, "Thành đoàn" for TĐTN, whose
 * initials spell no code; review 64), past a standing organ; not "lãnh đạo tỉnh" or "hai bên"
 * (review 61).
 */
function isBodyName(name: string, issuer: string): boolean {
  const organ = foldText(name).replace(/^(?:ban thuong vu|ban chap hanh|thuong truc)\s+/, '');
  // A visiting delegation issues nothing ("Thay mặt Đoàn công tác của Bộ Y tế, …, đánh giá cao …").
  if (/^doan (?:cong tac|kiem tra|giam sat|khao sat)\b/.test(organ)) return false;
  return (
    BODY_OPENING.test(organ) ||
    /^(?:thanh|tinh|huyen|quan) doan\b/.test(organ) ||
    namesIssuer(organ, issuer) ||
    (issuer === 'TW' && PARTY_ORGAN.test(name))
  );
}

/**
 * Whether the name's first words spell the code ("Cục Thống kê tỉnh …" for CTK, "UBND tỉnh …" for
 * UBND), past a committee's standing organ, which issues in the committee's name ("Ban Thường vụ
 * Tỉnh ủy" for …-KH/TU).
 */
function opensSpellingCode(name: string, issuer: string): boolean {
  // Words only: "và", "các" and a dash spell nothing ("Sở Lao động - Thương binh và Xã hội" for
  // SLĐTBXH; review 59).
  const words = spellingWords(foldText(name).replace(/^ban thuong vu\s+/, '')).filter((word) =>
    /[a-z]/.test(word),
  );
  return spellsCode(words.slice(0, foldText(issuer).replace(/[^a-z]/g, '').length).join(' '), issuer);
}

/**
 * A signer holding two offices, the second named before the verb: "Bộ trưởng Bộ Thông tin và
 * Truyền thông, Trưởng tiểu ban Truyền thông ban hành Kế hoạch số 04/KH-BTTTT" (audit 119): the
 * first office's body when it is the one the issuer code names and the second's is not.
 */
function firstOffice(
  before: string,
  match: RegExpExecArray,
  named: string,
  issuer: string | null,
): string | null {
  if (!issuer || !(SIGNER_OFFICE.test(named) || /^(?:phó\s+)?trưởng\s/iu.test(named))) return null;
  const at = match.index + match[0].indexOf(match[1] as string);
  // The office may name a body holding a comma ("Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch, Trưởng
  // Ban Chỉ đạo …"; review 50): up to three of the clauses before.
  // A clause naming the signer between the offices ("…, ông Nguyễn Đắc Thủy, Trưởng Ban …") is
  // passed over (review 52).
  const clauses = (
    /(?:^|[;:.]\s*)([^;:.]{2,160}),\s*$/u.exec(before.slice(0, at))?.[1]?.split(/\s*,\s*/) ?? []
  ).filter((clause) => !/^(?:ông|bà|đồng chí)\s/iu.test(clause));
  for (let k = 1; k <= Math.min(3, clauses.length); k++) {
    const head = clauses.slice(-k).join(', ').replace(DATE_LEAD, '');
    if (!SIGNER_OFFICE.test(head)) continue;
    const body = bodyOfSigner(cleanPhrase(head), issuer);
    return body && namesIssuer(body, issuer) ? body : null;
  }
  return null;
}

/**
 * The body a reporter names after saying so: "Sở GTVT TP.HCM cho biết UBND TP" (… "đã có Công
 * văn …"; audit 55) → "UBND TP".
 */
function reportedBody(named: string): string {
  const reporter = REPORTER.exec(named);
  if (!reporter) return named;
  const rest = named.slice(reporter[0].length);
  return BODY_OPENING.test(foldText(rest)) ? rest : named;
}

const REPORTER = /^.*?\s(?:cho biết|cho hay|thông tin)(?:\s*,)?\s+/u;

/**
 * A body's name holding a comma ("Sở Văn hóa, Thể thao và Du lịch", "Ban Quản lý các khu công
 * nghiệp, khu kinh tế"; audit 30), whose part after the comma the verb's expression reads alone:
 * the part before it joined back, when it opens with a body noun and the two parts are those of a
 * name known to hold a comma (COMMA_NAMES).
 */
function withNameBeforeComma(before: string, match: RegExpExecArray, named: string): string {
  let end = match.index + match[0].indexOf(match[1] as string);
  let joined = named;
  // Part by part back to the body noun: "Cục Hộ tịch, Quốc tịch, Chứng thực" (audit 139).
  for (let parts = 0; parts < 2; parts++) {
    const head = NAME_BEFORE_COMMA.exec(before.slice(0, end));
    if (!head) break;
    const [folded, rest] = [foldText(head[1] as string), foldText(joined)];
    if (!COMMA_NAMES.some(([last, goesOn]) => folded.endsWith(last) && rest.startsWith(goesOn))) break;
    joined = `${head[1]}, ${joined}`;
    // Past the first comma, a body noun as written: not "Sổ hộ tịch, …", "Bản sao, …" (review 56).
    if (BODY_OPENING.test(folded) && (parts === 0 || BODY_NOUN.test(head[1] as string))) return joined;
    end = head.index + head[0].indexOf(head[1] as string);
  }
  return named;
}

/** A body's noun as written, opening a name of several commas. */
const BODY_NOUN = /^(?:Cục|Sở|Bộ|Ban|Vụ|Viện|Tổng cục|Chi cục|Ủy ban|Uỷ ban|Hội đồng|Văn phòng|Trung tâm)\s/u;

/** The words (seven at most) between a clause's start and a comma ending the text. */
const NAME_BEFORE_COMMA = /(?:^|[,;:.]\s*)((?:[^\s,;:]+\s+){0,6}[^\s,;:]+),\s*$/u;

/**
 * The names of bodies written with a comma, by what stands before and after it, folded: only
 * these, for a clause before a comma opens like a body too ("Bộ Y tế cho biết, Thứ trưởng …").
 */
const COMMA_NAMES: readonly [string, string][] = [
  ['van hoa', 'the thao va du lich'],
  ['khu cong nghiep', 'khu kinh te'],
  ['lao dong', 'thuong binh va xa hoi'],
  ['khoa hoc', 'cong nghe va moi truong'],
  ['thi dua', 'khen thuong'],
  ['dan toc', 'ton giao'],
  ['nong nghiep', 'phat trien nong thon'],
  ['khu che xuat', 'khu cong nghiep'],
  ['phong', 'chong'],
  ['ho tich', 'quoc tich'],
  ['quoc tich', 'chung thuc'],
];

/**
 * "Tổng cục Thuế - Bộ Tài chính" (a body and the ministry over it): the part whose initials are
 * the symbol's issuer code (TCT: Tổng cục Thuế) or whose name the code's is; else the name whole.
 */
function issuingPart(body: string, issuer: string | null): string {
  if (!issuer) return body;
  const parts = body.split(/\s+[-–—]\s+/u);
  if (parts.length !== 2 || !parts.every((part) => BODY_OPENING.test(foldText(part)))) return body;
  const code = foldText(issuer).toUpperCase();
  const named = issuerName(issuer);
  const part = parts.find(
    (p) =>
      foldText(p)
        .split(/\s+/)
        .map((word) => word[0])
        .join('')
        .toUpperCase() === code ||
      (named !== null && foldText(p) === foldText(named)),
  );
  return part ?? body;
}

/**
 * "(Thay mặt|T/M) Bộ Chính trị," before the signer: the body he signs for. The signer may be
 * described in up to four comma segments ("Thay mặt Bộ Chính trị, đồng chí Trần Cẩm Tú,
 * Thường trực Ban Bí thư đã ký …": a name, then an office; a name and two offices, audit 151).
 */
const ON_BEHALF_OF =
  /(?:^|[\s,;:])(?:thay mặt|t\/m)\s+([^,;:]{2,80}?)\s*,(?:\s*[^,;:]{1,60},){0,3}\s*[^,;:]*$/iu;

/** "hôm qua (11/3/2024)", "(12/4)": a date in brackets, with the day word before it. */
const BRACKETED_DATE =
  /\s*(?:(?:hôm nay|hôm qua|sáng nay|chiều nay|tối nay|sáng|chiều|tối|ngày)\s*)?\(\s*\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\s*\)\s*/giu;

/** Auxiliaries before the verb, opening a candidate: "Đã", "Vừa", "Mới", "Sẽ", "Đang". */
const LEADING_AUXILIARY =
  /^\s*(?:(?:đã|vừa|mới|sẽ|đang|(?:ngay\s+)?sau đó|tiếp đó|đồng thời|trước đó|cùng ngày)(?:\s+|$))+/iu;

/** A reporter's verb and the adverbs between the body and the issuing verb. */
const REPORTING_VERB =
  /(?:\s+(?:cho biết|cho hay|thông tin|thông báo|vừa|đã|mới|hôm nay|hôm qua|chính thức)(?=\s|$))+\s*$/iu;

/**
 * A place's name and no body's ("Hà Nội", "TP HCM", "tỉnh Quảng Nam", "TP.HCM"): one to four
 * words in title case, or HCM, after an optional kind of place; no body noun (BODY_OPENING) and no
 * abbreviation in capitals ("NHNN", "EVN" name bodies).
 */
export function isBarePlace(name: string): boolean {
  const nfc = name.normalize('NFC');
  return !BODY_OPENING.test(foldText(nfc)) && BARE_PLACE.test(nfc);
}

const BARE_PLACE =
  /^(?:(?:[Tt]ỉnh|[Tt]hành phố|[Tt]hủ đô|[Hh]uyện|[Qq]uận|[Tt]hị xã|TP\.?|Tp\.?)\s*)?(?:HCM|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,3})$/u;

/** A body's abbreviation in brackets, inside or after its name: "(NHNN)", "(TN&MT)". */
const BRACKETED_ABBREVIATION = /\s*\(\p{Lu}[\p{Lu}\d&.-]*\)(?=\s|$)/gu;

/**
 * The body of the signer a clause after the number names: "… 1287/UBND-KTN do Phó chủ tịch UBND
 * tỉnh Quảng Nam Trần Anh Tuấn ký …" → "UBND tỉnh Quảng Nam" (the office and the personal name
 * dropped, bodyOfSigner); "do Phó chủ tịch Trần Anh Tuấn ký" names none. No other reference
 * stands between.
 */
export function issuerInSignerClause(
  text: string,
  end: number,
  to: number,
  issuer: string | null,
): string | null {
  const rest = text.slice(end, Math.min(to, end + 240)).normalize('NFC');
  const clause = SIGNER_CLAUSE.exec(rest);
  if (!clause || findReferences(rest.slice(0, clause.index)).length > 0) return null;
  const signer = cleanPhrase(clause[1] as string);
  if (!SIGNER_OFFICE.test(signer)) return null;
  const body = bodyOfSigner(signer, issuer);
  return body && BODY_OPENING.test(foldText(body)) ? body : null;
}

/**
 * A body named at the end of its document's sentence, after the subject: "Thực hiện Công văn số
 * 63/CĐVC ngày 25/7/2024 về việc vận động … dịp hè năm 2024 của Công đoàn viên chức tỉnh."
 * (audit 119). Only a name without digits, in capitals' case, spelling an issuer code of three
 * letters or more that names no body the engine knows, whole (a level's "tỉnh" aside: not "Hội
 * Liên hiệp Phụ nữ Việt Nam" for a province's HLHPN, nor "Trung ương" for a Tỉnh ủy's TU;
 * review 50), with no other reference between: "của" there is as often the subject's own.
 */
export function issuerClosingSentence(
  text: string,
  end: number,
  to: number,
  issuer: string | null,
): string | null {
  if (!issuer || issuerName(issuer) !== null || foldText(issuer).replace(/[^a-z]/g, '').length < 3)
    return null;
  const rest = text.slice(end, to).normalize('NFC');
  const closing = /\scủa\s+(\p{Lu}[^,;:()\n\d]{1,60}?)\s*[.;]?\s*$/u.exec(rest);
  if (!closing || findReferences(rest.slice(0, closing.index)).length > 0) return null;
  const name = cleanPhrase(closing[1] as string);
  const spelt = foldText(name).replace(/\s+(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong)$/, '');
  return spellsCode(spelt, issuer, true) ? name : null;
}

/**
 * The body a passive clause right after the number names: "… 68/KH-UBND được UBND huyện Kỳ Anh
 * ban hành ngày …" → "UBND huyện Kỳ Anh" (audit 19). A signer's office there is
 * `issuerInSignerClause`'s.
 */
export function issuerInIssuingClause(text: string, end: number, to: number): string | null {
  const rest = text.slice(end, Math.min(to, end + 160)).normalize('NFC');
  const lead = PHRASE_LEAD.exec(rest);
  const clause = ISSUED_BY_CLAUSE.exec(rest.slice(lead ? lead[0].length : 0));
  const name = clause?.[1] === undefined ? null : cleanPhrase(clause[1]);
  return name && BODY_OPENING.test(foldText(name)) && !SIGNER_OFFICE.test(name) ? name : null;
}

/** "(,) do <signer> ký": the signer's words, with no mark between. */
const SIGNER_CLAUSE = /(?:^|[\s,])do\s+([^,;.()\n]{3,120}?)\s+ký(?=[\s,.;)]|$)/u;

/** "… 04/2022/QĐ-TTg ngày 18/2/2022 của Thủ tướng Chính phủ về …" → "Thủ tướng Chính phủ". */
export function issuerAfterOf(text: string, end: number, to: number): string | null {
  const rest = text.slice(end, Math.min(to, end + 160)).normalize('NFC');
  const match = OF_BODY.exec(rest);
  if (!match) return null;
  // "của Bộ Chính trị, Ban Bí thư về …": joint issuers listed with a comma (audit 21).
  const joint = JOINT_ISSUERS.exec(rest.slice(match[0].length));
  const name = (match[1] as string).concat(joint?.[0] ?? '').replace(BRACKETED_ABBREVIATION, ' ');
  const verb = VERB_AFTER_BODY.exec(name);
  return cleanPhrase(verb ? name.slice(0, verb.index) : name);
}

/**
 * "(ngày …) của <body>", "ký ngày … của <body>" (audit 45; "ngày 31 tháng 10 của …" without its year, audit 65; not "của năm nay", "của đồng chí
 * …", a signer: review 19) up to "về", "v/v", its date ("… của Bộ Kế hoạch và Đầu tư ngày 15 tháng 11
 * năm 2017": audit 86) or another day or its taking effect ("… có hiệu lực từ ngày …": review 36), another reference joined by "và|hoặc", a mark or the
 * end (in any case: a title in capitals, "… CỦA BỘ CHÍNH TRỊ VÀ CHỈ THỊ SỐ …"), a colon before the
 * subject ("… của Quốc hội: Luật Thanh tra"; audit 182), "V/v:" ("… của Sở GD&ĐT V/v: hướng dẫn
 * …") or a quoted trích yếu opening as one ("… của Chính phủ "Quy định chi tiết …""; a body's
 * name may quote its movement, "Ban Chỉ đạo phong trào “Toàn dân đoàn kết …” tỉnh", even with a
 * verb, "Ban Chỉ đạo Chương trình “Giao thông nông thôn” tỉnh": QUOTED_TRICH_YEU_ENDS). A dot inside
 * the name is no mark: "TP.HCM", "T.Ư", "Q.1" (a letter or digit right after it), "TP. Hồ Chí
 * Minh", "Q. 1" (isAbbreviationDot). A bracket closing the mention ends it: "(Báo cáo số
 * 551/BC-VPUB ngày … của Văn phòng UBND tỉnh) cùng ý kiến …" (audit 101).
 */
export const OF_BODY = new RegExp(
  String.raw`^(?:[\s,]*(?:(?:được\s+)?ký(?:\s+ban\s+hành)?\s+)?ng\S{2,3}\s*[^a-zA-ZÀ-ỹ]*(?:th\S{3}\s+\d+(?:\s+n\S{2}\s+\d{4})?)?)?\s*của\s+(?!(?:năm|tháng|đồng\s+chí|ông|bà)\s)(.+?)(?=\s+(?:về|quy định|hướng dẫn|ban hành|phê duyệt|v\/v|gửi|yêu cầu|được)(?:\s|$)|\s+v\/v:|\s+["“](?=(?:về|${SUBJECT_VERBS})\s[^"”\n]{0,300}["”]${QUOTED_TRICH_YEU_ENDS})|\s+(?:(?:kể\s+)?từ\s+|trước\s+|vào\s+|đến\s+)?ngày\s+\d|\s+(?:chính thức\s+)?có hiệu lực(?:\s|$)|\s+(?:và|hoặc)\s+[^,;]{0,40}?\d\s*[/-]\s*\p{L}|[,;:]|\((?!\p{Lu}[\p{Lu}\d&.-]*\)(?:\s|$))|\)(?<!\([^()]*\))|\.(?![\p{L}\d]|(?<=(?:^|[\s(])(?:TP|Tp|TX)\.)[ \t]+[\p{Lu}\d]|(?<=(?:^|[\s(])[QP]\.)[ \t]+\d)|$)`,
  'iu',
);

/**
 * What a document is reported to say, after its body's name ("… của Thường vụ Quân ủy Trung ương
 * xác định mục tiêu …"; audit 65); not a name's own words ("Hội đồng xác định giá khởi điểm …";
 * review 26).
 */
const REPORTED_PREDICATES = String.raw`xác định(?=\s+(?:mục tiêu|nhiệm vụ|rõ|là|các|những)\s)|nêu rõ|đề ra|nhấn mạnh|khẳng định|chỉ rõ`;

/**
 * A verb a trích yếu opens with (SUBJECT_VERBS) after the body's name, in lower case: "Bộ Tài
 * chính sửa đổi, bổ sung …" ends before "sửa đổi"; "Thi đua - Khen thưởng", "Ban Tổ chức" are
 * names, and "UBND cấp tỉnh" names no verb.
 */
const VERB_AFTER_BODY = new RegExp(
  String.raw`\s+(?!cấp\s+(?:tỉnh|huyện|xã|trung ương|cơ sở|thành phố|quận|phường|có thẩm quyền)(?:\s|$))(?:${SUBJECT_VERBS}|${REPORTED_PREDICATES})(?=[\s,]|$)`,
  'u',
);
