/**
 * What the page title says of the document it names: its subject and its body, without the
 * site's name.
 * @module
 */
import type { DocumentReference } from '../schemas/reference';
import { CONTENT_OPENING } from './about-phrase';
import { OF_ISSUER, PHRASE_LEAD } from './clause-patterns';
import { foldText } from './fold';
import { BODY_OPENING, issuerName, spellsCode } from './issuer-names';
import { issuerAfterOf } from './prose-issuer';
import { addresseeClause } from './subject-after';
import { cleanPhrase } from './text-spans';

/**
 * What the page title says after the reference it names ("Quyết định 12/QĐ-UBND năm 2024 quy
 * định chế độ báo cáo" → "quy định chế độ báo cáo"), without a site name's tail (" - Báo Hà
 * Tĩnh", " | Cổng TTĐT …"). A title naming no reference is a headline or a site's page name
 * ("Văn bản đến"), not a trích yếu: null.
 */
export function titleSubject(title: string | undefined, titleReferences: DocumentReference[]): string | null {
  const first = titleReferences[0];
  if (!title || !first) return null;
  const rest = withoutSiteName(title.slice(first.end)).normalize('NFC');
  // The reference's date, "năm 2024" and "của <issuer>" before the subject are not part of it.
  let start = PHRASE_LEAD.exec(rest)?.[0].length ?? 0;
  // "Directive No. 26/CT-TTg of June 6, 2017 - …": an English title's date (audit 99).
  start += ENGLISH_DATE_LEAD.exec(rest.slice(start))?.[0].length ?? 0;
  // "Công văn 4567/BGDĐT-GDTrH - Bộ Giáo dục và Đào tạo": a separator right after the symbol
  // (and its date) opens a tail, not a subject; "… - Về việc …" still opens one.
  if (
    /^\s*[-–—|](?:\s|$)/u.test(rest.slice(start)) &&
    !/^\s*[-–—|]\s*(?:về\s|v\s*\/\s*v\b)/iu.test(rest.slice(start))
  )
    return null;
  // "Về việc báo cáo tình hình … (3585/VP-KTN, ngày 23/10/2017)": the subject stands before the
  // bracket the reference and its date close (audit 76).
  const open = title.lastIndexOf('(', first.start);
  if (/^\s*\)/.test(rest.slice(start)) && open > 0 && !title.slice(open + 1, first.start).trim()) {
    const before = cleanPhrase(title.slice(0, open).normalize('NFC'));
    // Past the document's type opening a title, before a trích yếu's own opening ("Chỉ thị tăng
    // cường …", "Công văn về việc …") or in title case ("Kế Hoạch Tham gia “Lễ hội Hoa Đào …” (210/KH-UBND
    // …)"; audit 147); not a name it opens ("Quy chế làm việc …", "Chương trình hành động …",
    // "Công văn hỏa tốc …"; reviews 59 and 60).
    const type = first.typeName ? new RegExp(`^${first.typeName}\\s+`, 'iu').exec(before) : null;
    const after = type ? before.slice(type[0].length) : '';
    const cut = type && (/^\p{Lu}/u.test(after) || CONTENT_OPENING.test(after)) ? type[0].length : 0;
    return before.slice(cut) || null;
  }
  start +=
    /^\s*(?:(?:năm\s+)?(?:19|20)\d{2}(?![\d/.-]|\s*[-–—]\s*(?:19|20)\d{2}))?/u.exec(rest.slice(start))?.[0]
      .length ?? 0;
  start += OF_ISSUER.exec(rest.slice(start))?.[0].length ?? 0;
  const subject = rest.slice(start).replace(ISSUED_BY_TAIL, '');
  const cleaned = cleanPhrase(subject.slice(0, addresseeClause(subject, 0, subject.length, true)));
  // "Nghị quyết số 10-NQ/TU, ngày 18/8/2021 của Ban Thường vụ Tỉnh ủy": who issued it, and no
  // subject after it (audit 115).
  const of = /^của\s+(.{2,80})$/u.exec(cleaned);
  if (of && BODY_OPENING.test(foldText(of[1] as string))) return null;
  // Nor a place alone ("Công văn số 2917/SGDĐT-VP tỉnh Ninh Thuận", a document site's title; audit 137).
  if (PLACE_ONLY.test(cleaned)) return null;
  return cleaned || null;
}

/**
 * A title's tail that names a place and nothing more, as written: "tỉnh Ninh Thuận", "TP. Huế";
 * not "xã Tân Lập đạt chuẩn …", nor "quản lý thuế", which fold like "quận …" (review 56).
 */
const PLACE_ONLY =
  /^(?:của\s+)?(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường)\s+\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,3}$/u;
/^(?:cua\s+)?(?:tinh|thanh pho|tp\.?|huyen|quan|thi xa|xa|phuong)\s+[a-z]+(?:\s+[a-z]+){0,3}$/;

/** "of June 6, 2017", "dated May 20, 2024" right after an English title's number. */
const ENGLISH_DATE_LEAD =
  /^\s*,?\s*(?:of|dated)\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8})\.?,?\s+\d{4}\b,?/;

/**
 * A legal database's title closes with who issued it: "… do tỉnh Kiên Giang ban hành" (audit 76);
 * not the documents a subject names ("bãi bỏ một số văn bản quy phạm pháp luật do Bộ trưởng Bộ
 * Tài chính ban hành": review 32).
 */
const ISSUED_BY_TAIL =
  /(?<!(?:văn bản|pháp luật|thông tư|quyết định|nghị định|nghị quyết|chỉ thị|quy định|quy chuẩn|tiêu chuẩn))\s+do\s+([^,;]{2,80}?)\s+ban\s+hành\s*$/iu;

/**
 * A document page's title that names the document by its type alone, then its trích yếu
 * ("Quyết định ban hành Quy trình … - Bệnh viện Đa khoa tỉnh Phú Thọ"), for a page whose text
 * gives the number as a bare field (heading-fields.ts; audit 66).
 */
export function titleAfterType(title: string | undefined, typeName: string | null): string | null {
  if (!title || !typeName) return null;
  const named = withoutSiteName(title).normalize('NFC').trim();
  if (foldText(named.slice(0, typeName.length)) !== foldText(typeName)) return null;
  const rest = named.slice(typeName.length);
  // Three words at least: "Công văn đi" names a register, no trích yếu.
  return /^\s+\p{Ll}\S*\s+\S+\s+\S/u.test(rest) ? cleanPhrase(rest) || null : null;
}

/**
 * A document page's title when its text only points to the document ("Cụ thể xem trong công
 * văn số 2092/BNN-KN trong file đính kèm", "Chi tiết xem tại Quyết định số …"; audit 82): the
 * title, its site's name cut, is the trích yếu the portal gives it. Null when the mention
 * before `start` is no such pointer or the title names a number.
 */
export function pointedTitle(
  title: string | undefined,
  titleReferences: readonly DocumentReference[],
  text: string,
  start: number,
): string | null {
  if (!title || titleReferences.length > 0) return null;
  const line = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
  return POINTER.test(foldText(line)) ? cleanPhrase(withoutSiteName(title).normalize('NFC')) || null : null;
}

/**
 * "(Nội dung) chi tiết|cụ thể (xin) xem (trong|tại) <type word> (số)" or "Toàn văn <type word>
 * (số)" ("Toàn văn Thông tư số 22/2017/TT-BGTVT xem tại đây"; audit 131), opening the line, folded.
 */
const POINTER =
  /^\s*(?:(?:noi dung\s+)?(?:chi tiet|cu the)\s*(?:xin\s+)?(?:xem|:)\s*(?:trong|tai)?|toan van)\s*(?:cong van|van ban|quyet dinh|ke hoach|thong bao|chi thi|cong dien|huong dan|to trinh|bao cao|nghi quyet|thong tu|nghi dinh)\s+(?:so\s*:?\s*)?$/;

/**
 * The body the page title names after the primary ("Công văn 3601/UBND-ĐT ngày 6/11/2023 của
 * UBND thành phố Hà Nội về …", or a legal database's closing "… do <body> ban hành"), when the
 * text names none: the title's first reference must be
 * the primary, and a site name's tail is dropped first.
 */
export function titleIssuer(
  title: string | undefined,
  first: DocumentReference | undefined,
  primary: DocumentReference,
): string | null {
  if (!title || first?.key !== primary.key) return null;
  const named = withoutSiteName(title);
  // Else the database's "… do Văn phòng Hội đồng bầu cử quốc gia ban hành" (audit 129), for a
  // code that names no body the engine knows, when the name spells it: not a minister's office
  // ("do Bộ trưởng Bộ Tài chính ban hành") nor the body of a document the subject names ("triển
  // khai Thông tư 02/2017/TT-VPCP do Văn phòng Chính phủ ban hành"; review 53).
  const issuedBy = ISSUED_BY_TAIL.exec(named.normalize('NFC'))?.[1];
  const code = primary.issuer;
  return (
    issuerAfterOf(named, first.end, named.length) ??
    (issuedBy && code && issuerName(code) === null && spellsCode(foldText(issuedBy), code)
      ? cleanPhrase(issuedBy)
      : null)
  );
}

/**
 * The body whose site the page is, from the title's tail, for a document whose issuer code names
 * no body the engine knows, when the site's name spells that code: a hospital's own notice
 * ("Thông báo tuyển dụng … - Bệnh viện Đa khoa tỉnh Ninh Bình" over 312/TB-BVĐK; audit 68). Not
 * for codes every level shares (a district portal republishes the province's …/UBND-VX, a
 * province's Sở another's SYT; review 28), nor when the text's dating line is another place's
 * (a provincial chapter republishing its national association's "Hà Nội, ngày …" letter).
 */
export function siteBody(
  text: string,
  title: string | undefined,
  issuer: string | null,
  codeName: string | null,
): string | null {
  if (!title || !issuer || codeName !== null) return null;
  const tail = SITE_TAIL.exec(title.normalize('NFC'));
  const site = tail ? (tail[1] as string).trim() : '';
  const folded = foldText(site);
  if (!site || !BODY_OPENING.test(folded) || !spellsCode(folded, issuer)) return null;
  const dated = DATING_PLACE.exec(foldText(text));
  return dated && !folded.includes((dated[1] as string).trim()) ? null : site;
}

/** The place of a document's dating line, folded: "Hà Nội, ngày 05 tháng 9 năm 2024". */
const DATING_PLACE = /(?:^|\n)[ \t]*([a-z][a-z ]{1,30}),[ \t]*ngay[ \t]+\d/;

const SITE_TAIL = /(?<!\s)\s+[-–|]\s+([^-–|]{2,60})$/u;

/**
 * " - Báo Hà Tĩnh", " | thuvienphapluat.vn", " - Bộ Giáo dục và Đào tạo": a last segment naming
 * a site (a portal is named by its body: Bộ, Sở, UBND, Ủy ban, Tỉnh ủy, Cổng …), dropped.
 */
export function withoutSiteName(title: string): string {
  const tail = SITE_TAIL.exec(title);
  if (!tail) return title;
  const site = (tail[1] as string).trim();
  const folded = foldText(site);
  const words = site.split(/\s+/);
  const named =
    /^(?:bao|cong thong tin|cong ttdt|trang thong tin|thu vien|tap chi|dai|website|www\.)/.test(folded) ||
    /\.(?:vn|com|net|org)$/.test(folded) ||
    (/^\p{Lu}/u.test(site.normalize('NFC')) && SITE_BODY.test(folded)) ||
    (words.length <= 5 && words.every((word) => /^[\p{Lu}\d]/u.test(word.normalize('NFC'))));
  return named ? title.slice(0, tail.index) : title;
}

/** The bodies whose portals name themselves in a page title's tail. */
const SITE_BODY =
  /^(?:bo|so|ubnd|uy ban|hdnd|hoi dong nhan dan|(?:tinh|thanh|huyen|quan|thi|dang) uy|cong|chinh phu|van phong|cuc|tong cuc|chi cuc|thanh tra|kho bac|bao hiem|ngan hang|cong an|benh vien|truong|dai hoc|hoc vien|trung tam)\b/;
