/**
 * The subject of an official document's header: its "V/v" lines, or the title under the
 * type name ("QUYẾT ĐỊNH | Về việc …"), and a metadata block's other subject fields.
 * @module
 */
import { OF_ISSUER } from './clause-patterns';
import { findReferences } from './find-references';
import { foldText } from './fold';
import { isCapitals, isRepublicOrNumberLine, opensBody } from './header-lines';
import { isFieldLabel, metadataField, OTHER_SUBJECT_LABELS } from './metadata-fields';
import { cleanPhrase, linesAfter } from './text-spans';

/** A number after a type name in capitals, on the type's line: "THÔNG TƯ 45/2019/TT-BCA", "… SỐ 12/KH-UBND". */
const NUMBER_AFTER_TYPE = /(?<=^[\p{Lu}\s]+?)\s+(?:SỐ\s*:?\s*)?(\d+[\p{L}\d./&-]*\/[\p{L}\d./&-]+)$/u;

/** "Về:" for "V/v" stands right under the number line (review 38: a body's "Về:" heads a section). */
const MAX_VE_LINE = 2;

/**
 * Under a header: the "V/v …" line, or the title lines under the type name ("QUYẾT ĐỊNH").
 * `ownKey`: the key of the header's number, which its type line may repeat; `dispatch`: the
 * number has no type code (a công văn's, which has no type title).
 */
export function headerSubject(
  text: string,
  end: number,
  typeName: string | null = null,
  ownKey = '',
  dispatch = false,
): string | null {
  // A type line may repeat the document's own number ("THÔNG TƯ 45/2019/TT-BCA" over its title;
  // audit 90), not another's (a Kế hoạch "TRIỂN KHAI THỰC HIỆN / THÔNG TƯ 45/2019/TT-BCA"; review 38).
  const lines = linesAfter(text, end, 12).map((line) =>
    line
      .trim()
      .replace(NUMBER_AFTER_TYPE, (whole, number: string) =>
        ownKey !== '' && findReferences(number)[0]?.key === ownKey ? '' : whole,
      ),
  );
  // "Về:" stands for "V/v" in some offices' headers ("Về: tham gia ý kiến …"; audit 90). A bare
  // "V/v" (its words in the other column) gives none (review 38), unless its words wrap onto the
  // next line ("V/v⏎: Thực hiện quy định về hóa đơn").
  // A dispatch's "Về việc …", or "Về" and its words ("Về cho học sinh nghỉ học"; audit 101), right
  // under its number (or the line under it) is its V/v; a notice's or a decision's "Về …" stands
  // under its type title, and "Về phía …", a "Về …" under "Kính gửi" or a sentence, or one with a
  // label's colon but "Về việc:" open the body (reviews 44 to 47).
  const vv = lines.findIndex(
    (line, i, _, nfc = line.normalize('NFC')) =>
      /^V\/v\b/iu.test(line) ||
      (i <= MAX_VE_LINE && /^Về\s*:/u.test(nfc)) ||
      (dispatch &&
        (i === 0 || (i === 1 && !opensText(lines[0] as string))) &&
        /^Về\s+\p{Ll}/u.test(nfc) &&
        !/^Về\s+phía\s/u.test(nfc) &&
        // A label's colon ("Về công tác tuyển dụng: Sở Nội vụ …"), not a time's or a standard's.
        (!/\p{L}\s*:\s/u.test(nfc) || /^Về\s+việc\s*:/u.test(nfc))),
  );
  const subject =
    vv < 0
      ? ''
      : cleanPhrase(
          vvLines(lines, vv, text.slice(Math.max(0, end - HEADER_ABOVE), end))
            .join(' ')
            .replace(/^(?:V\/v\.?|V(?:ề|e\p{M}+)(?:\s+vi(?:ệ|e\p{M}+)c)?)\s*:?\s*/iu, ''),
        );
  if (subject) return `V/v ${subject}`;
  // A metadata value ("Loại văn bản | Nghị định") is no type title: the line before it is a label.
  // Nor is a line of the body, which opens with "Căn cứ …" or a chapter or an article ("Chương I
  // / QUY ĐỊNH CHUNG" of a law, whose header names no type the titles know: audit 32).
  const bodyStart = lines.findIndex((line) => {
    const folded = unmarked(foldText(line));
    return TITLE_END.test(folded) || CHAPTER_OR_ARTICLE.test(folded);
  });
  // A title of another type than the symbol's code names is another document's: a sidebar's
  // "Thông báo" box under a Nghị định's metadata (audit 77).
  const type = typeName === null ? null : foldText(typeName);
  const typeLine = (bodyStart < 0 ? lines : lines.slice(0, bodyStart)).findIndex(
    (line, i) =>
      (titleQualifier(line) !== null || titleOnTypeLine(line) !== null || namesItsSigner(line)) &&
      !(i > 0 && isFieldLabel(lines[i - 1] as string)) &&
      (type === null || foldText(line).startsWith(type)),
  );
  if (typeLine < 0) return null;
  // "QUYẾT ĐỊNH Phê duyệt Đề án …": the title opens on the type's line.
  const opening = titleOnTypeLine(lines[typeLine] as string);
  const title: string[] = opening ? [opening] : [];
  let afterHour = false;
  for (const line of lines.slice(typeLine + 1)) {
    // A rule under the title, of hyphens or of dashes, maybe with its "oOo" ("————", "—— oOo
    // ——"; audit 119, review 50).
    if (line === '' || RULE_LINE.test(line)) {
      if (title.length > 0) break;
      continue;
    }
    // A Party document names its issuer under the type: "CHỈ THỊ / CỦA BAN THƯỜNG VỤ TỈNH ỦY / về …".
    if (title.length === 0 && isCapitals(line) && /^cua\s/.test(foldText(line))) continue;
    if (line.includes('|') || TITLE_END.test(unmarked(foldText(line))) || isFieldLabel(line)) break;
    // A công điện's hour under its type ("CÔNG ĐIỆN ⏎ Vào hồi 10 giờ 00 / ngày 11/10/2013 ⏎ BAN
    // CHỈ HUY … ⏎ ĐIỆN:") is no title, and after it only a "Về …" line is (audit 107, review 47).
    if (/^(?:vào\s+)?hồi\s+\d{1,2}\s*(?:giờ|h)/iu.test(line.normalize('NFC'))) {
      afterHour = title.length === 0;
      continue;
    }
    if (afterHour && title.length === 0 && !/^về\s/iu.test(line.normalize('NFC'))) break;
    // The signer's office under the type ("QUYẾT ĐỊNH / CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN …") opens
    // the body: a title under a type written without one has none (review 38).
    if (isCapitals(line) && SIGNERS_OFFICE.test(foldText(line)) && !leavesOpen(title)) break;
    if (title.length > 0 && !continuesTitle(title, line)) break;
    title.push(line);
  }
  // A type's qualifier ("THÔNG BÁO TUYỂN DỤNG") opens the subject, in the case of the lines under it.
  const qualifier = titleQualifier(lines[typeLine] as string);
  if (qualifier)
    title.unshift(title.length > 0 && !isCapitals(title[0] as string) ? qualifier.toLowerCase() : qualifier);
  if (title.length === 0) return null;
  if (namesItsSigner(lines[typeLine] as string)) {
    // Under "NGHỊ ĐỊNH CỦA CHÍNH PHỦ" the title may repeat the number and date first ("SỐ
    // 12/2006/NĐ-CP NGÀY 23 THÁNG 01 NĂM 2006 QUY ĐỊNH …") or stand in brackets; what else stands
    // there is the signer again ("THỦ TƯỚNG CHÍNH PHỦ"), a heading or "QUYẾT ĐỊNH:", no title
    // (review 33).
    title[0] = (title[0] as string)
      .normalize('NFC')
      .replace(NUMBER_AND_DATE, '')
      .replace(/^\((.*)\)$/u, '$1');
    if (!SIGNER_TITLE.test(foldText(title[0] as string))) return null;
  }
  // … and in normal case, "Của Ban Thường vụ Tỉnh ủy về …", as a page title's "của <issuer>".
  const joined = cleanPhrase(title.join(' '));
  return joined.slice(OF_ISSUER.exec(joined.replace(/^Của/u, 'của'))?.[0].length ?? 0);
}

/**
 * The "V/v" line and the lines it wraps onto ("V/v hướng dẫn thực hiện nhiệm vụ / giáo dục phổ
 * thông năm học / 2023-2024"): up to a blank line, the dating line ("Hà Nội, ngày …"), "Kính
 * gửi", a line in capitals, a "Số:" line, a field or table row, or the body's text ("Căn cứ …",
 * "Thực hiện …", "1. …"); a line ending with ".", ";" or ":" ends it.
 */
function vvLines(lines: readonly string[], at: number, above: string): string[] {
  const taken = [withoutDatingTail(lines[at] as string, lines.slice(at + 1, at + MAX_VV_LINES), above)];
  for (const line of lines.slice(at + 1, at + MAX_VV_LINES)) {
    const folded = unmarked(foldText(line));
    if (
      line === '' ||
      /[.;:]$/.test(taken[taken.length - 1] as string) ||
      isCapitals(line) ||
      line.includes('|') ||
      // A V/v ending on "tại" goes on to its place and date ("… tại ⏎ Thành phố Đà Nẵng ngày …"),
      // not to a dating line's comma ("… và ⏎ Đắk Lắk, ngày 17 …"; review 47).
      (isDatingLine(line) &&
        (!/\s(?:tại|ở)$/u.test((taken[taken.length - 1] as string).normalize('NFC')) ||
          /,\s*ngày/iu.test(line.normalize('NFC')))) ||
      isRepublicOrNumberLine(line) ||
      TITLE_END.test(folded) ||
      (BODY_TEXT.test(folded) && !/^\p{Ll}/u.test(line)) ||
      isFieldLabel(line)
    )
      break;
    taken.push(line);
  }
  return taken;
}

const MAX_VV_LINES = 4;

/**
 * The V/v's first line without the dating line a two-column header flattened line by line puts
 * beside it ("V/v đình chỉ lưu hành thuốc Hà Tĩnh ,ngày 13 tháng 3 năm 2020"; audit 129): a place
 * the header above names (`above`, as written), a comma and a full date in words, ending the line;
 * not when a dating line of its own follows, nor more of the line than that place ("… tại Hà
 * Nội, ngày 15 tháng 8 năm 2024" is a meeting's; a drug's name before "Hà Tĩnh"; review 53).
 */
function withoutDatingTail(line: string, below: readonly string[], above: string): string {
  const tail = DATING_TAIL.exec(line);
  if (!tail || below.some(isDatingLine)) return line;
  const words = [...(tail[1] as string).matchAll(/\S+/g)];
  // Hà Nội, where every central body dates its documents, whatever the header says.
  // Folded only here, once a line has such a tail: most V/v lines have none.
  const named = ` ${foldText(above).replace(/\s+/g, ' ')} ha noi `;
  for (let k = 0; k < words.length; k++) {
    const place = words.slice(k).map((word) => word[0]);
    // Two words at least: a place's one word is as often a word of the header's ("Nội dung").
    if (
      place.length < 2 ||
      !/^\p{Lu}/u.test(place[0] as string) ||
      !named.includes(` ${foldText(place.join(' '))} `)
    )
      continue;
    // "Thành phố Hồ Chí Minh, ngày …", "TP. Hồ Chí Minh" under "… HỒ CHÍ MINH": the unit goes with it.
    const before = foldText(
      words
        .slice(Math.max(0, k - 2), k)
        .map((word) => word[0])
        .join(' '),
    );
    const unit = /(?:^|\s)tp\.?$/.test(before) ? 1 : /^(?:thanh pho|thi xa)$/.test(before) ? 2 : 0;
    const first = words[k - unit] as RegExpExecArray;
    return line.slice(0, tail.index + 1 + first.index).trimEnd();
  }
  return line;
}

/** Up to six words before a comma and a full date in words, ending a line (NFC or NFD). */
const DATING_TAIL =
  /\s((?:\S+\s+){0,5}\S+?)\s*(,\s*ng\p{L}\p{M}*y\s+\d{1,2}\s+th\p{L}\p{M}*ng\s+\d{1,2}\s+n\p{L}\p{M}*m\s+\d{4}\s*)$/u;

/** The header above the number, where the dating line's place is named (its issuer's). */
const HEADER_ABOVE = 400;

/**
 * "Hà Nội, ngày 31 tháng 8 năm 2023", "TP. Hồ Chí Minh ngày …", "ngày 5/4/2024": up to five
 * capitalised words of a place, then "ngày". A new word starts only after a space, so that a
 * run of capitals is read one way only (split every way, "AAAA…b" took exponential time); only
 * the line's opening is read.
 */

/**
 * A line a dispatch's "Về …" cannot stand under as its V/v: a type title in capitals, "Kính gửi",
 * or the body's text ("Thực hiện …"; reviews 44 to 47). A blank line, a rule, the motto, a
 * dating line (with its day left blank, its place with a digit or a hyphen) may.
 */
function opensText(line: string): boolean {
  const folded = foldText(line);
  if (isDatingLine(line) || /^(?:[^,]{1,40},\s*)?ngay\b/.test(folded)) return false;
  return isCapitals(line) || /^kinh gui\b/.test(folded) || BODY_TEXT.test(folded) || TITLE_END.test(folded);
}

function isDatingLine(line: string): boolean {
  return DATING_LINE.test(line.slice(0, DATING_LINE_SPAN).normalize('NFC'));
}

const DATING_LINE =
  /^(?:(?:\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,4}(?:\s*,)?|(?:Thành phố|Thị xã)(?:\s+\p{Lu}[\p{L}.]*){1,4}\s*,?)\s*)?[Nn]gày(?:[\s\d.…]|$)/u;

/** A place of five words and "ngày" fit in far fewer characters. */
const DATING_LINE_SPAN = 160;

/** The body after a header's title: "Căn cứ …", "Xét đề nghị …", "Kính gửi: …". */
const TITLE_END = /^(?:can cu|xet|theo de nghi|kinh gui)\b/;

const CHAPTER_OR_ARTICLE = /^(?:chuong [ivxlc\d]+|dieu \d+)\b/;

/** A line without the list mark it opens with: Party documents bullet their "- Căn cứ …" lines. */
function unmarked(line: string): string {
  return line.replace(LEADING_MARK, '');
}

/** A line of dashes under a title, "oOo" in its middle at most. */
const RULE_LINE = /^[-_*–—―=~]+(?:\s*o[o0]o\s*[-_*–—―=~]+)?$|^(?:[-_*–—―=~]\s+)+[-_*–—―=~]$/iu;

const LEADING_MARK = /^[-–—•+*]\s*/;

/**
 * Whether a header's next line continues its title. A title in capitals goes on in capitals,
 * up to the heading of the body that decides ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "BỘ TRƯỞNG BỘ Y
 * TẾ": a line opening a body's name or an office); one in normal case goes on over a wrapped
 * line ("Về việc thành lập Tổ công tác⏎liên ngành"), not into a line in capitals, a body's name
 * ("Ủy ban nhân dân tỉnh"), the body's text ("Thực hiện …", "1. …") or a line ending with ":".
 */
function continuesTitle(title: readonly string[], line: string): boolean {
  const folded = foldText(line);
  // A line ending in "CỦA", "VỀ", "VÀ" … leaves its phrase open: the body's name under it is the
  // title's ("… BÁO CÁO SỐ 102/BC-CP NGÀY 15/02/2025 CỦA / CHÍNH PHỦ VỀ …"; audit 111), not the
  // body's text, which the checks below still stop at (review 48).
  if (!leavesOpen(title) && (opensBody(line) || OFFICE_OPENING.test(folded))) return false;
  if (isCapitals(title[0] as string)) return isCapitals(line);
  if (isCapitals(line) || title.length >= MAX_TITLE_LINES) return false;
  if (/[:.;]$/.test(title[title.length - 1] as string) || /:$/.test(line)) return false;
  return !BODY_TEXT.test(folded);
}

const MAX_TITLE_LINES = 3;

/**
 * Whether a title's last line ends with a word that needs the next line: "của", "về", "và",
 * "cho", "đối với", "các" …, as written ("TỰ VỆ", "CHỢ", "CÂY TRỒNG", "THUỐC" end titles; "theo",
 * "thuộc", "tại" and "trên" end "những năm tiếp theo", "trực thuộc", "hiện tại", "cấp trên":
 * reviews 48 and 49).
 */
function leavesOpen(title: readonly string[]): boolean {
  const last = title[title.length - 1];
  return last !== undefined && DANGLING_END.test(last.normalize('NFC').toLowerCase());
}

const DANGLING_END = /(?:^|\s)(?:của|về|và|cho|với|trong|đến|giữa|các|những)$/u;

const OFFICE_OPENING =
  /^(?:giam doc|pho giam doc|bo truong|thu truong|chanh|truong ban|hieu truong|tong giam doc|tong cuc truong|cuc truong)\b/;

const BODY_TEXT =
  /^(?:thuc hien|theo|nham|de\b|tren co so|ngay\s*\d|hom nay|nay|trong|tai|sau|qua|hien nay|[ivx]+[.\s]|\d+[.)]|[a-z]\))/;

/**
 * A "Tóm tắt" or "Tiêu đề" field's value as the trích yếu: words of one, not a tab's or a
 * section's name ("Nội dung") nor a document's name ("Quyết định số 12/QĐ-UBND").
 */
export function otherSubjectField(text: string, near: number): string | null {
  const value = metadataField(text, OTHER_SUBJECT_LABELS, near);
  return value &&
    value.split(/\s+/).length > 3 &&
    !TAB_NAME.test(foldText(value)) &&
    findReferences(value).length === 0
    ? value
    : null;
}

/**
 * A legal database's tab under a bare "Tóm tắt" tab ("Văn bản gốc / Tiếng Anh / Tóm tắt / Văn
 * bản liên quan"; audit 214), folded.
 */
const TAB_NAME = /^van ban (?:lien quan|goc|tieng anh|hop nhat|duoc huong dan|bi thay the|thay the)$/;

/** The type names a header's type line holds, folded. */
const TITLE_TYPE_NAMES =
  'quyet dinh|nghi quyet(?: lien tich)?|chi thi|ke hoach(?: lien tich| hanh dong)?|thong bao(?: ket luan)?|huong dan|cong dien(?: khan)?|cong van|thong tu(?: lien tich)?|nghi dinh|to trinh|bao cao|chuong trinh(?: lien tich| hanh dong)?|quy che|quy dinh|ket luan|de an|phap lenh';

const TITLE_TYPES = new RegExp(`^(?:${TITLE_TYPE_NAMES})(?:$|((?!\\s+(?:so|cua)\\b)(?:\\s+[a-z]+){1,3})$)`);

const TYPE_NAME_ONLY = new RegExp(`^(?:${TITLE_TYPE_NAMES})$`);

/**
 * Whether a header line names the document's type: the type name alone ("CHƯƠNG TRÌNH", "KẾ
 * HOẠCH HÀNH ĐỘNG", "CÔNG ĐIỆN KHẨN"), or in capitals with up to three words qualifying it
 * ("THÔNG BÁO TUYỂN DỤNG"; not "… SỐ", "… CỦA"). Null when it does not; else the qualifier as
 * written, which opens the subject, or "".
 */
export function titleQualifier(line: string): string | null {
  const match = TITLE_TYPES.exec(foldText(line));
  if (!match) return null;
  if (!match[1]) return '';
  if (!isCapitals(line)) return null;
  const words = line.split(/\s+/);
  return words.slice(words.length - match[1].trim().split(' ').length).join(' ');
}

/**
 * The title a header writes on its type's line, after the type name in capitals ("QUYẾT ĐỊNH
 * Phê duyệt Đề án …", "KẾ HOẠCH HÀNH ĐỘNG Thực hiện …", "CHỈ THỊ V/v …"): the rest of the line,
 * in normal case and opening with a capital. Not a sentence opening with the type's word
 * ("Quyết định này có hiệu lực …": the type is not in capitals), nor "QUYẾT ĐỊNH:" over the
 * articles, nor "… Số …", "… Của …". Null when the line is no such line.
 */
function titleOnTypeLine(line: string): string | null {
  const words = line.normalize('NFC').split(/\s+/);
  let typeWords = 0;
  while (typeWords < words.length && isCapitals(words[typeWords] as string)) typeWords++;
  const rest = words.slice(typeWords).join(' ');
  return TITLE_OPENING.test(rest) &&
    !/^(?:số|của)(?![\p{L}\d])/iu.test(rest) &&
    TYPE_NAME_ONLY.test(foldText(words.slice(0, typeWords).join(' ')))
    ? rest
    : null;
}

/**
 * An older header's type line naming who signs, in capitals: "QUYẾT ĐỊNH CỦA VIỆN TRƯỞNG VIỆN
 * KSND TỐI CAO", "QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ", with the title on the lines under it
 * (audit 79).
 */
function namesItsSigner(line: string): boolean {
  return isCapitals(line) && TYPE_OF_SIGNER.test(foldText(line));
}

const TYPE_OF_SIGNER = new RegExp(`^(?:${TITLE_TYPE_NAMES}) cua\\s`);

/** An office that signs, as a line under the type names it, folded. */
const SIGNERS_OFFICE =
  /^(?:pho )?(?:chu tich|giam doc|bo truong|thu truong|thu tuong|hieu truong|truong ban|cuc truong|tong cuc truong|chanh van phong|chanh an|vien truong|uy ban nhan dan|hoi dong nhan dan)\b/;

/** How a title opens under a type line naming its signer, folded. */
const SIGNER_TITLE = /^(?:ve\s|v\s*\/\s*v\b|ban hanh|phe duyet|thanh lap|sua doi|quy dinh|huong dan)/;

/** "SỐ 12/2006/NĐ-CP NGÀY 23 THÁNG 01 NĂM 2006 " before an old title. */
const NUMBER_AND_DATE = /^số\s+\S+\s+ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\s+/iu;

/** A title's first word in normal case ("Phê duyệt", "Về việc"), or "V/v". */
const TITLE_OPENING = /^(?:\p{Lu}\p{Ll}|V\s*\/\s*v\b)/u;
