/**
 * The fields of a listing's card (a list item or a grid's card that opens with its document's
 * reference; content/listing-cards.ts), read from the lines the content script reports: its
 * labels ("Ban hành: 05/03/2020", "Trích yếu: …", "Cơ quan ban hành: …"), the parts of its
 * heading after the reference, a body's name or a date on a line of its own. Read here rather
 * than in the content script, whose bundle has a size budget (DESIGN.md §6).
 * @module
 */

import { foldText } from '../../shared/references/fold';
import { issuerName, namesIssuer } from '../../shared/references/issuer-names';
import { isPreamble } from '../content/card-preamble';
import { labeledFields, symbolLabelLength } from '../content/field-labels';
import { BARE_DATE, DATE_ONLY, dateLine, parseListingDate } from '../content/listing-date';
import type { ReportedRow } from '../lib/page-scan';

/** A line of a card that is a body's name and nothing else ("Sở Tư pháp", "UBND tỉnh Thanh Hóa"). */
const MAX_BODY_LINE = 60;

/**
 * A heading part that names a body ("123/SNV-TCBC - Sở Nội vụ"): the issuing body, not the
 * subject, which may open with the same words ("Ban hành Quy chế …", "Phòng, chống dịch …").
 */
const BODY_OPENING =
  /^(?!Ban hành|Phòng,? chống)(?:Sở|Bộ|UBND|HĐND|Ủy ban|Uỷ ban|Hội đồng|Văn phòng|(?:Tổng |Chi )?[Cc]ục|Ban|Phòng|(?:Tỉnh|Huyện|Thành|Đảng) [uủ]y|Công an|Tòa án|Viện kiểm sát|Thanh tra|Kho bạc)(?= )/u;

/** What follows a body's word in its name: a proper name, or the words of a people's body or a place. */
const NAMED = /^ (?:\p{Lu}|(?:nhân|tỉnh|huyện|thành|quận|thị|xã|phường) )/u;

/**
 * The central bodies a card names alone on its line, no name after them ("18/02/2021 · Quốc hội";
 * audit 122): only the one the symbol's issuer code names, not a card's tag ("Chính phủ" over a
 * 2345/BYT-DP; review 51).
 */
const CENTRAL_BODY =
  /^(?:Quốc hội|Ủy ban Thường vụ Quốc hội|Chính phủ|Thủ tướng Chính phủ|Văn phòng Chính phủ|Chủ tịch nước|Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương)$/iu;
const PARTY_ORGANS = /^(?:Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương)$/iu;

function isCentralBody(text: string, issuer: string | null): boolean {
  const nfc = text.normalize('NFC');
  return (
    CENTRAL_BODY.test(nfc) &&
    issuer !== null &&
    (issuer === 'TW' ? PARTY_ORGANS.test(nfc) : foldText(nfc) === foldText(issuerName(issuer) ?? ''))
  );
}

/** A body's name, not a trích yếu that opens with the same word ("Bộ tiêu chí …", "Phòng cháy …"). */
function isBodyName(text: string, issuer: string | null): boolean {
  const opening = BODY_OPENING.exec(text);
  return (
    (opening !== null && NAMED.test(text.slice(opening[0].length))) ||
    (SOCIETY.test(text) && issuer !== null && namesIssuer(text, issuer)) ||
    isCentralBody(text, issuer)
  );
}

/**
 * A society's or a union's organ on a card's line of its own: "Đoàn Chủ tịch Trung ương Hội LHPN
 * Việt Nam" for …/HD-ĐCT, "Hội Nông dân tỉnh" for …/HNDT (audit 134), when it names the symbol's
 * issuer code; not "Hội nghị …", "Đoàn kiểm tra …", an event ("Hội Khỏe Phù Đổng …"), a signer
 * ("Đoàn Văn Việt") or a member's tag ("Hội Cựu chiến binh"; review 54).
 */
const SOCIETY = /^(?:Hội|Đoàn) \p{Lu}/u;

/**
 * A body named by its abbreviation, the symbol's issuer code, a hyphen and more ("ĐHQG-HCM" for
 * ĐHQG; audit 130); not a bare code ("UBND" over the body's name) nor a tag ("CPTPP"; review 53).
 */
function isCodeName(text: string, issuer: string | null): boolean {
  return (
    issuer !== null &&
    /^[\p{Lu}&]+-[\p{Lu}&]+$/u.test(text) &&
    foldText(text).startsWith(`${foldText(issuer)}-`)
  );
}

/** A date with no time of day after it, "ngày" at most before it: a posting time is no issuing date. */
const DOTTED_DATE = /^(?:ngày\s+)?\d{1,2}\/\d{1,2}\/\d{4}$/iu;

/**
 * What parts a card's heading line after its reference: " - ", " – ", " — " (audit 150), " | "; not
 * a span of years ("giai đoạn 2021 - 2025"; audit 126).
 */
const HEADING_SEPARATOR = /(?<!\d) [-–—|] | [-–—|] (?!\d)/;
/** Three words or more of text right after a heading's reference, before any separator: its subject. */
const GLUED_WORDS = /^\s*(?:\p{L}+\s+){2,}\p{L}/u;

/**
 * The parts of a heading line after its reference, a date right after it first. Text glued to
 * the reference before any separator ("… ngày 01/03/2024 về việc …") is left to the reading of
 * the name (page-reading.ts); but for a field ("<a>Công văn số …</a> <span>Ngày ban hành:
 * …</span>"; audit 33), given apart to be read after the card's own lines: their "Ngày ban hành"
 * outranks a heading's "Ngày:" (review 12).
 */
function headingParts(tail: string): [parts: string[], glued: string[], gluedSubject: boolean] {
  // Spaces collapsed first: a split at a spaced dash backtracks over a long run of them.
  // "Số 22-HD/TWĐTN: Ngày ban hành: …": a link and its meta span are joined by a colon (audit 132).
  const rest = tail.replace(/\s+/g, ' ').replace(/^ ?: /, ' ');
  const date = BARE_DATE.exec(rest)?.[0];
  const parts = (date ? rest.slice(date.length) : rest).split(HEADING_SEPARATOR);
  if (date) return [[date, ...parts], [], false];
  const first = (parts[0] as string).trim();
  return [parts.slice(1), labeledFields(first).length > 0 ? [first] : [], GLUED_WORDS.test(first)];
}

/**
 * A card's fields from its lines (content/listing-cards.ts reports them as written): labelled
 * fields; the heading's own parts after its reference (`headingParts`), whose unlabelled text is
 * the subject (a card headed by its subject: its `title`); and the first line after the heading
 * that is not a label, as the subject to fall back on: a teaser or a "Xem thêm" as often as the
 * subject, it stands only when nothing else gives one. A date or calendar badge above the
 * heading, or a date alone on a line, dates the card when nothing else does.
 */
export function withCardFields(row: ReportedRow): ReportedRow {
  const { card, name = '', reference, ...rest } = row;
  if (!card) return row;
  const { lines, title, date } = card;
  let issuedDate: string | null = null;
  let looseDate = date;
  let subject: string | null = null;
  let issuingBody: string | null = null;
  let nextLine: string | null = null;
  let headingSubject = title ?? null;
  let headingBody: string | null = null;
  const heading = lines.findIndex((line) => !isPreamble(line));
  const preamble = lines.slice(0, Math.max(heading, 0));
  for (const line of preamble) looseDate ??= dateLine(line) ?? undefined;
  // A calendar badge in three lines: "28" over "Tháng 10" over "2024" (audit 74).
  looseDate ??= dateLine(preamble.join(' ')) ?? undefined;
  // A heading that closes with its date in square brackets ("… trên địa bàn tỉnh Thanh Hóa
  // [27/06/2025]", a sidebar's "Văn bản mới ban hành"; audit 136).
  looseDate ??= /\[\s*(\d{1,2}\/\d{1,2}\/\d{4})\s*\]\s*$/.exec(lines[heading] ?? '')?.[1];
  // A heading that opens with a symbol label may go on with the other labels ("Số hiệu: … | Ngày ban hành: …").
  const first = symbolLabelLength(lines[heading] ?? '') > 0 ? heading : heading + 1;
  // Parts after a middle dot are the card's meta ("Quyết định số 166/QĐ-ĐHQG · ngày 26/02/2018 ·
  // ĐHQG-HCM"; audit 130): a date or a body's name, never its subject (a tag, a view count,
  // "Còn hiệu lực"; review 53).
  const [head = '', ...dotted] = name.slice(reference.end).split(' · ');
  let dottedDate: string | null = null;
  let dottedBody: string | null = null;
  for (const part of dotted) {
    const text = part.trim();
    // A labelled part ("· Ban hành: 23/12/2024") gives its field.
    for (const [role, value] of labeledFields(text)) {
      if (role === 'issuedDate') dottedDate ??= parseListingDate(value);
      else if (role === 'issuingBody') dottedBody ??= value || null;
    }
    if (DOTTED_DATE.test(text)) dottedDate ??= parseListingDate(text);
    // A body the symbol's code names: not the site's "Ban Biên tập" (review 53).
    else if (
      isCodeName(text, reference.issuer) ||
      (isBodyName(text, reference.issuer) && reference.issuer !== null && namesIssuer(text, reference.issuer))
    )
      dottedBody ??= text;
  }
  const [onHeading, glued, gluedSubject] = headingParts(head);
  // Lines split at " | " or a middle dot ("Ngày ban hành: 12/08/2024 · Viện kiểm sát …", audit 44).
  const segments = [...onHeading, ...lines.slice(first).flatMap((line) => line.split(/ [|·] /)), ...glued];
  for (const [index, segment] of segments.entries()) {
    const text = segment.trim();
    // The heading's own symbol under its label ("Số 28/HD-VKSTC", no colon) is no subject (audit 44).
    if (index >= onHeading.length && text.endsWith(name) && text.length < name.length + 10) continue;
    const fields = labeledFields(text);
    if (fields.length > 0) {
      for (const [role, value] of fields) {
        // "Tóm tắt  Nội dung  VB liên quan  Tải về": a result's tabs, read as a label and its value (audit 114).
        if (role === 'subject') subject ??= value && !isLinkLabelsOnly(value) ? value : null;
        else if (role === 'issuingBody') issuingBody ??= value || null;
        else if (role === 'issuedDate') issuedDate ??= parseListingDate(value);
      }
    } else if (index < onHeading.length) {
      // On the heading line, unlabelled parts are its date and its subject ("123/UBND - 08/01/2024 - V/v …").
      if (BODY_OPENING.test(text)) headingBody ??= text;
      // Not after a subject glued to the reference ("Thông tư 10/2022/TT-BLĐTBXH hướng dẫn … do Bộ
      // trưởng Bộ Lao động - Thương binh và Xã hội ban hành"): the name's own words go on there.
      else if (/\p{L}/u.test(text) && !gluedSubject) headingSubject ??= text;
      else issuedDate ??= parseListingDate(text);
    } else if (text.length <= MAX_BODY_LINE && isBodyName(text, reference.issuer)) headingBody ??= text;
    else if (/\p{L}/u.test(text)) nextLine ??= text;
    else looseDate ??= DATE_ONLY.exec(text)?.[1];
  }
  const fallbackDate = looseDate ? parseListingDate(looseDate) : null;
  return {
    ...rest,
    reference,
    name,
    issuedDate: issuedDate ?? dottedDate ?? reference.issuedDate,
    subject: subject ?? headingSubject,
    issuingBody: issuingBody ?? headingBody ?? dottedBody,
    ...(nextLine === null ? {} : { fallbackSubject: nextLine }),
    ...(fallbackDate ? { fallbackDate } : {}),
  };
}

/**
 * A card's line of link labels only ("Xem chi tiết | Tải về"; audit 84), or a legal database's
 * tabs under a result ("VB liên quan  Tải về"; audit 114): no subject.
 */
export function isLinkLabelsOnly(text: string): boolean {
  return LINK_LABELS_ONLY.test(foldText(text).trim());
}

const LINK_LABELS_ONLY =
  /^(?:(?:xem chi tiet|chi tiet|xem them|xem|tai ve|tai xuong|download|doc tiep|(?:file |tep )?dinh kem|toan van|tieng viet|tieng anh|english|tom tat|noi dung|(?:vb|van ban) (?:lien quan|goc)|luoc do|hieu luc|thuoc tinh|lich su)\s*[|/·-]?\s*)+$/;
