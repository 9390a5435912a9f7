/**
 * Which of a page's references is the document the page is about: a document page's own
 * number, a news report's issued document, rather than the bases it cites, related headlines
 * and teasers, or a site's licence.
 * @module
 */
import type { DocumentReference } from '../schemas/reference';
import { ledBySummary } from './attachment-headline';
import { findReferences } from './find-references';
import { foldText } from './fold';
import { headerIssuer } from './header-issuer';
import { headerKind } from './header-kind';
import { foldedLine, isFirstLineHeadline, isTitleLine } from './headline';
import { BODY_OPENING } from './issuer-names';
import {
  citedAsBasis,
  foldedBefore,
  inBackground,
  isSiteLicence,
  issuedInSentence,
  NAMED_TYPE,
  TYPE_WORDS,
} from './mention-role';
import { documentHeaderKind } from './metadata-fields';
import { withoutSiteName } from './page-title';
import { OF_BODY } from './prose-issuer';
import { findFolded, lineEnd, lineStart, linesBefore, sentenceAround } from './text-spans';
import { titleShortForm } from './title-short-form';
import { issuingUnnamed, shortFormNumber } from './unnamed-issue';

/**
 * A document page's own header ("Số: 594/KH-UBND") wins, then a legal database's "Số hiệu",
 * then the reference in the page title, then the one the text says was issued ("UBND tỉnh
 * đã ban hành Công văn số …"), then the first one not cited as a basis ("Căn cứ …"), then
 * the first. The site's licence in its footer ("Giấy phép … số 571/GP-BTTTT") is neither
 * issued nor the one not cited. A headline that issues a document in a line of the body ("Bộ
 * GD&ĐT ban hành Thông tư 29/2024/TT-BGDĐT …", a related article's teaser: `isTeaserLine`) is
 * another article's: its references come after all others, in the same order.
 */
export function choosePrimary(
  text: string,
  references: DocumentReference[],
  titleReferences: DocumentReference[],
  title: string | undefined,
): DocumentReference {
  // The President's order promulgating a law ("Số: 25/2024/L-CTN" over "Luật số: 54/2024/QH15")
  // heads the law's full text: the page is the law's (audit 73).
  const promulgates = (r: DocumentReference) =>
    r.typeCode === 'L' && references.some((law) => /^QH\d/.test(law.issuer ?? ''));
  const headers = references.filter((r) => headerKind(text, r.start) === 'header' && !promulgates(r));
  const [header] = headers;
  // A post's title "Công văn Số: 2728/TCT-DNL V/v: …" over the document's header: the mention
  // under the header's issuer lines is the document's own (audit 79).
  if (header)
    return headerIssuer(text, header) === null
      ? (headers.find((r) => r !== header && r.key === header.key && headerIssuer(text, r) !== null) ??
          header)
      : header;
  const metadata = references.find((r) => documentHeaderKind(text, r.start) === 'metadata');
  if (metadata) return metadata;
  // "(Nguồn: Quyết định 1777/QĐ-TTg)", "(Nguồn: Thông báo số 81/TB-UBND ngày …)": the report's
  // source names its document (audit 82), unless the text issues another (a table's or a chart's
  // source under a lead that issues its own: review 34); "ban hành tại|kèm theo Quyết định số …"
  // only cites that decision.
  const source = references.find((r) => SOURCE_NOTE.test(foldedBefore(text, r)));
  if (
    source &&
    !titleReferences.some((r) => r.key !== source.key) &&
    !references.some(
      (r) =>
        r.key !== source.key &&
        issuedInSentence(text, r) &&
        !/ban hanh\s+(?:tai|kem theo)\s+(?:\S+\s+){0,3}$/.test(foldedBefore(text, r)),
    )
  )
    return source;
  // "Đó là nội dung chỉ đạo của UBND tỉnh tại Văn bản số 2921/UBND-NLN …": a lead naming the
  // text's first document as what the report is about (audit 155), whatever it cites after.
  const [first] = references;
  if (first && ledBySummary(text, first)) return first;
  const titleLine = title ? foldedLine(withoutSiteName(title)) : null;
  const teaser = (r: DocumentReference) => issuedInSentence(text, r) && isTeaserLine(text, r, titleLine);
  const aside = (r: DocumentReference) =>
    inBackground(text, r) ||
    isSiteLicence(text, r) ||
    underRelatedMarker(text, r, titleLine) ||
    onRelatedLine(text, r);
  // "Công văn số 59: Nhiệm vụ …" over "Tại Công văn số 59-CV/BCĐ … ngày 12/9/2025, Ban Chỉ đạo
  // Trung ương về tổng kết Nghị quyết số 18-NQ/TW đề nghị …": the headline's short form names the
  // page's document, not the one named in its body's name (audit 253).
  // Not over another document the text reports issued ("Nghị quyết 57: Hà Tĩnh ban hành chương
  // trình hành động" over "… ban hành Chương trình hành động số 40-CTr/TU …").
  const shortFormed = titleReferences.length === 0 ? titleShortForm(title, references) : undefined;
  if (
    shortFormed &&
    !aside(shortFormed) &&
    !teaser(shortFormed) &&
    !references.some((r) => r.key !== shortFormed.key && issuedInSentence(text, r))
  )
    return shortFormed;
  const titleKey = titleReferences[0]?.key;
  if (titleKey) {
    // "Hà Tĩnh triển khai Nghị định 168/2024/NĐ-CP" over "UBND tỉnh vừa ban hành Công văn số
    // 5300/UBND-NC … triển khai Nghị định 168/2024/NĐ-CP …": the document the text issues to carry
    // out the title's is the page's (audit 23).
    const first = titleReferences[0] as DocumentReference;
    // "Bộ Tài chính hướng dẫn giảm thuế … theo Nghị định 72/2024/NĐ-CP" over "Theo Công văn số
    // 6918/BTC-TCT ngày 2/7/2024 … về việc triển khai thực hiện Nghị định số 72/2024/NĐ-CP …, Bộ
    // Tài chính yêu cầu …": the dispatch reported with its own trích yếu is the page's (audit 55).
    // So is the one that repeals or amends the title's ("… thông qua Nghị quyết bãi bỏ Nghị quyết
    // số 01/2025/NQ-HĐND …" over "… đã thông qua Nghị quyết số 05/2025/NQ-HĐND về việc bãi bỏ …";
    // audit 125).
    const carriesOut =
      title !== undefined &&
      /(?:^|[\s,;:])(?:(?:trien khai|thuc hien|quan triet|cu the hoa|huong dan|bai bo|thay the|sua doi(?:,? bo sung)?)\s+(?:\S+\s+){0,3}|theo\s+(?:\S+\s+){0,2})$/.test(
        foldText(title.slice(0, first.start)),
      );
    const titleIssued = references.some((r) => r.key === titleKey && issuedInSentence(text, r));
    const carrying = !carriesOut
      ? undefined
      : references.find((r) => {
          if (r.key === titleKey) return false;
          // Not when the text reports the headline's own document issued ("Chính phủ ban hành
          // Nghị định số 72/2024/NĐ-CP …"; review 23).
          const reported =
            !titleIssued &&
            REPORTED_LEAD.test(sentenceLead(text, r)) &&
            findFolded(text, 've viec', r.end, sentenceAround(text, r.start, r.end).to) !== null;
          if (!issuedInSentence(text, r) && !reported) return false;
          if (aside(r) || isTeaserLine(text, r, titleLine)) return false;
          const { from, to } = sentenceAround(text, r.start, r.end);
          return references.some(
            (cited) => cited.key === titleKey && cited.start >= from && cited.start < to,
          );
        });
    return carrying ?? references.find((r) => r.key === titleKey) ?? first;
  }
  const pick = (inList: (r: DocumentReference) => boolean) => {
    // "Năm ngoái, Bộ cũng có Công văn 6890/BYT-KCB …" recalls an earlier document (audit 41).
    const issued = references.filter(
      (r) => inList(r) && issuedInSentence(text, r) && !aside(r) && !recalledIssue(sentenceLead(text, r)),
    );
    // "HĐND tỉnh cũng đã thông qua Nghị quyết …", in a sentence of no date, recalls what came before
    // the document reported paragraphs later, "UBND tỉnh đã ban hành Kế hoạch …" (audit 29).
    const [first] = issued;
    if (first && ALSO_ISSUED.test(foldedBefore(text, first)) && !datedSentence(text, first))
      return issued.find((r) => !ALSO_ISSUED.test(foldedBefore(text, r))) ?? first;
    if (first) return first;
    const uncited = references.find((r) => inList(r) && !citedAsBasis(text, references, r) && !aside(r));
    // "Theo Quyết định số 812/QĐ-UBND của UBND tỉnh Nghệ An về việc …, UBND huyện phải …" above
    // "… theo quy định của Luật Phòng, chống thiên tai, Luật số 33/2013/QH13": a reference giving
    // its own body and trích yếu, in an earlier sentence, is the report's subject rather than a
    // later citation (audit 16: news writes "theo" for "according to"). "Căn cứ" still cites.
    const titled = references.find(
      (r) =>
        inList(r) &&
        !aside(r) &&
        (!uncited || (r.start < uncited.start && sentenceAround(text, r.start, r.end).to <= uncited.start)) &&
        uncited !== undefined &&
        LOOSE_BASIS.test(foldedBefore(text, uncited)) &&
        ownTrichYeu(text, r) &&
        !/(?:^|[\s,;(])can cu(?: vao)?\s+(?:\S+\s+){0,4}$/.test(foldedBefore(text, r)),
    );
    // "UBND TP.HCM ban hành kế hoạch tổ chức …" over "Theo Kế hoạch 4321/KH-UBND ký ngày
    // 5-6-2024, trong ba tháng …" (audit 44), "Chính phủ vừa ban hành Nghị định quy định …" over
    // "Cụ thể, tại Nghị định số 296/2025/NĐ-CP …" (audit 45): the document the lead issued
    // unnamed, reported in the sentence that opens with it, above any later mention. Without such
    // a lead, "Theo …" is as often an older basis ("Theo Quyết định số 06/QĐ-TTg …"; review 18).
    const reported = references.find(
      (r) =>
        inList(r) &&
        !aside(r) &&
        (!uncited || r.start < uncited.start) &&
        REPORTED_LEAD.test(sentenceLead(text, r)) &&
        // A later mention of the type that cites nothing is the new one ("Tại Nghị định số
        // 74/2024/NĐ-CP, mức lương … hiện là …" over "Nghị định số 293/2025/NĐ-CP nâng …"; review 19).
        !(uncited && uncited.typeName === r.typeName) &&
        issuedUnnamedAbove(text, r),
    );
    // The first uncited one is itself reported so ("UBND tỉnh vừa ban hành kế hoạch …" over "Theo
    // KH số 178/KH-UBND ngày 12/8/2024 về …"; audit 58): above an earlier basis with its trích yếu.
    const reportedFirst =
      uncited && REPORTED_LEAD.test(sentenceLead(text, uncited)) && issuedUnnamedAbove(text, uncited);
    // Only over a basis the text carries out ("Thực hiện Nghị quyết số …"), not over the report's
    // own document ("Đây là nội dung chỉ đạo tại Công văn số …"; review 24).
    const titledBasis =
      titled && /^\W*(?:thuc hien|can cu|trien khai|quan triet)\s/.test(sentenceLead(text, titled));
    return (reportedFirst && (!titled || titledBasis) ? uncited : titled) ?? reported ?? uncited;
  };
  const prose = (r: DocumentReference) => !teaser(r);
  // Every reference cited ("thực hiện nghiêm Thông tư …", "Tại Công văn … ký ngày …, Cục trưởng
  // nhấn mạnh …"): the one the text dates by its signing is the one it reports (audit 20), else
  // the first. (A list of bases gives each its own date and trích yếu, never its signing.)
  const signed = (r: DocumentReference) =>
    prose(r) &&
    !aside(r) &&
    SIGNED_RIGHT_AFTER.test(text.slice(r.end, r.end + 40).normalize('NFC')) &&
    !COMPLIED_WITH.test(foldedBefore(text, r));
  // Every reference cited, the first one recalled: the same body's document the report opens a
  // sentence with, "Theo|Tại" and its date, body and trích yếu, is the report's ("Trước đó, ngày
  // 22/12/2023, UBND tỉnh đã có Công văn số 11580/UBND-KT …" over "Theo Công văn số 1342/UBND-KT
  // ngày 21/2 của UBND tỉnh về việc …, Chủ tịch UBND tỉnh yêu cầu …"; audit 53). Not a basis
  // cited mid-sentence ("thay thế", "bãi bỏ", "theo quy định tại Nghị định …"; review 22).
  // A related article's headline ("Xem thêm: …") is last of all.
  const firstProse = references.find((r) => prose(r) && !onRelatedLine(text, r)) ?? references.find(prose);
  const described = (r: DocumentReference) =>
    prose(r) &&
    !aside(r) &&
    r.issuer === firstProse?.issuer &&
    /^\W*(?:theo|tai)\s+(?:\S+\s+){0,3}$/.test(sentenceLead(text, r)) &&
    ownTrichYeu(text, r);
  const chosen =
    pick(prose) ??
    references.find(signed) ??
    (firstProse && inBackground(text, firstProse) ? references.find(described) : undefined) ??
    firstProse ??
    pick(teaser) ??
    (references[0] as DocumentReference);
  // The text's attachment named by another reference's symbol ("Tập tin đính kèm:
  // 2871-SYT-NV.pdf"): the page carries that document, not the one it asks to keep carrying out
  // (audit 123); but not over one the text issues (a cited decision's file attached; review 52).
  const attached =
    references.length > 1 && !issuedInSentence(text, chosen)
      ? attachedReference(text, references)
      : undefined;
  return attached && attached.key !== chosen.key && !aside(attached) ? attached : chosen;
}

/** "(Nguồn: Quyết định", "Nguồn: Thông báo số" before a reference, folded. */
const SOURCE_NOTE = new RegExp(String.raw`(?:^|[\s(])nguon\s*:\s*${TYPE_WORDS}\s+(?:so\s*:?\s*)?$`);

/**
 * Lines above a report's "Theo Kế hoạch số …" its unnamed issue may stand: four, for a caption
 * "(theo Kế hoạch số 38/KH-UBND ngày 05/3/2025 của UBND tỉnh)" over a table under the lead's
 * paragraphs (audit 55).
 */
const UNNAMED_ISSUE_REACH = 4;

/**
 * Whether one of the lines above the reference's issues a document of its type without a
 * number ("… ban hành kế hoạch tổ chức …" above "Theo Kế hoạch 4321/KH-UBND …").
 */
function issuedUnnamedAbove(text: string, reference: DocumentReference): boolean {
  if (!reference.typeName) return false;
  // A dispatch is as often "văn bản" ("Cục Thuế vừa có văn bản hướng dẫn …" over "Tại Công văn
  // số 1763/CT-CS …": audit 48); another type is named by its type.
  const noun = reference.typeName === 'Công văn' ? 'cong van|van ban' : foldText(reference.typeName);
  const lines = foldText(
    linesBefore(text, sentenceAround(text, reference.start, reference.end).from, UNNAMED_ISSUE_REACH).join(
      ' ',
    ),
  );
  // "có" only as "vừa|đã có": "cần chủ động có kế hoạch ôn tập" issues nothing (review 19).
  // Named by its number alone counts too ("Bộ Tài chính vừa ban hành Quyết định 2218 công bố …"
  // over "Theo Quyết định số 2218/QĐ-BTC ngày 19/9/2024, …"; audit 67).
  return issuingUnnamed(noun, ISSUING_VERBS, shortFormNumber(text, reference)).test(lines);
}

/** The verbs of a lead issuing a document, folded. */
const ISSUING_VERBS = 'ban hanh|(?:vua|da) co|ky|gui';

/** A sentence that opens on last year or an earlier time, folded: "Năm ngoái, …", "Trước đó, …". */
const RECALLED_ISSUE = /^\W*(?:nam ngoai|nam truoc|truoc do|truoc day)(?=[\s,])/;

/**
 * Whether a sentence's lead (folded) recalls the earlier time its issue belongs to: not when it
 * turns to the present before the reference ("Trước đây, thủ tục … mất 15 ngày, nay UBND tỉnh
 * đã ban hành Quyết định …", "Năm ngoái …, còn năm nay Sở … có Công văn …"; review 17).
 */
function recalledIssue(lead: string): boolean {
  return RECALLED_ISSUE.test(lead) && !/(?:^|[\s,])(?:nay|hien nay|bay gio)(?=[\s,])/.test(lead);
}

/** The sentence of a reference up to it, folded. */
function sentenceLead(text: string, reference: DocumentReference): string {
  return foldText(text.slice(sentenceAround(text, reference.start, reference.end).from, reference.start));
}

/** Whether the sentence of a reference gives a date ("Ngày 10/10/2024, UBND tỉnh cũng …"). */
function datedSentence(text: string, reference: DocumentReference): boolean {
  const { from, to } = sentenceAround(text, reference.start, reference.end);
  return SENTENCE_DATE.test(foldText(text.slice(from, reference.start) + text.slice(reference.end, to)));
}

/** A date in a sentence, folded: a full one, or a day and month after "ngày", a time of day or "hôm" (not "2/3 điều khoản"). */
const SENTENCE_DATE =
  /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|(?:ngay|sang|chieu|toi|trua|dem|hom)\s+\d{1,2}\s*[/.-]\s*\d{1,2}/;

/** "… cũng (đã) thông qua / ban hành / ký / có <type word> (số)" before a number, folded. */
const ALSO_ISSUED = /\scung\s+(?:(?:da|vua|da tung)\s+)?(?:thong qua|ban hanh|ky|co|gui)\s+(?:\S+\s+){0,3}$/;

/** "(,) (được) ký (ban hành) (vào) ngày …" right after a number. */
const SIGNED_RIGHT_AFTER = /^[\s,(]*(?:được\s+)?ký(?:\s+ban hành)?(?:\s+vào)?\s+ngày\s+\d/iu;

/** A document the text tells its readers to follow ("thực hiện nghiêm Quyết định …"), folded. */
const COMPLIED_WITH =
  /(?:^|[\s,;(])(?:theo|can cu|thuc hien|ap dung|tuan thu|trien khai)(?:\s+(?:nghiem|dung|tot))?\s+(?:\S+\s+){0,3}$/;

/** A basis word before a reference in its sentence, governing it or not ("theo quy định của Luật A, B, Luật số …"). */
const LOOSE_BASIS = /(?:^|[\s,;(])(?:theo|can cu|tai|thuc hien|cua)\s/;

/**
 * Whether the reference carries its own issuer and trích yếu: "(ngày …) của <body> về (việc) …"
 * right after it, the body's name opening with a body noun (BODY_OPENING).
 */
function ownTrichYeu(text: string, reference: DocumentReference): boolean {
  const rest = text.slice(reference.end, reference.end + 200).normalize('NFC');
  const of = OF_BODY.exec(rest);
  return (
    of !== null &&
    BODY_OPENING.test(foldText(of[1] as string)) &&
    /^\s+(?:về|v\/v)\s/iu.test(rest.slice(of[0].length))
  );
}

/**
 * A line that reads as another article's headline: the reference's sentence is its whole line,
 * with no closing mark (".", "!", "?", ":", ";", ","), the text's prose has begun above it (a line
 * ending with a full stop), and it is neither the text's first line nor the page title's. News
 * pages set related articles' headlines in their bodies (VnExpress "Xem thêm", Tuổi Trẻ
 * "RelatedOneNews"): "Bộ GD&ĐT ban hành Thông tư 29/2024/TT-BGDĐT quy định về dạy thêm, học thêm".
 */
function isTeaserLine(text: string, reference: DocumentReference, titleLine: string | null): boolean {
  const sentence = sentenceAround(text, reference.start, reference.end);
  const from = text.lastIndexOf('\n', sentence.from - 1) + 1;
  const next = text.indexOf('\n', sentence.to);
  const to = next < 0 ? text.length : next;
  if (!/^\s*$/.test(text.slice(from, sentence.from)) || !/^\s*$/.test(text.slice(sentence.to, to)))
    return false;
  if (/[.!?:;,…]["”»)]?\s*$/.test(text.slice(sentence.from, sentence.to))) return false;
  if (!proseAbove(text.slice(0, from), titleLine)) return false;
  if (isFirstLineHeadline(text, sentence) || isTitleLine(text, sentence, titleLine)) return false;
  // Under a related-news marker it is a teaser; elsewhere, only when the next line does not take
  // the document up (an article's own subheading: "UBND thành phố ban hành Chỉ thị 05/CT-UBND …"
  // over "Theo chỉ thị, …").
  return (
    RELATED_MARKER.test(foldText(text.slice(lineStart(text, from, 3), from))) || !takenUp(text, reference, to)
  );
}

/**
 * Whether the text's prose has begun: a line ending with a full stop, other than the page's title
 * set as the headline with its own stop ("… ứng phó bão Noru năm 2022."; audit 125).
 */
function proseAbove(above: string, titleLine: string | null): boolean {
  for (const match of above.matchAll(/^.*[.!?]["”»)]?[ \t]*\r?\n/gm))
    if (titleLine === null || foldedLine(match[0]) !== titleLine) return true;
  return false;
}

/**
 * A teaser's line within three lines under a related-news box's heading: another article's,
 * though it issues nothing ("Tin liên quan / TP.HCM ban hành Quyết định 4129/QĐ-UBND"; audit 35).
 */
function underRelatedMarker(text: string, reference: DocumentReference, titleLine: string | null): boolean {
  if (!isTeaserLine(text, reference, titleLine)) return false;
  const sentence = sentenceAround(text, reference.start, reference.end);
  const from = text.lastIndexOf('\n', sentence.from - 1) + 1;
  const next = text.indexOf('\n', sentence.to);
  // Unless the next line takes the document up: the article's own subheading ("Theo kế hoạch, …"; review 13).
  return (
    RELATED_MARKER.test(foldText(text.slice(lineStart(text, from, 3), from))) &&
    !takenUp(text, reference, next < 0 ? text.length : next)
  );
}

/**
 * A related article's headline set in the body after its marker, on one line: "Xem thêm: Hướng
 * dẫn … theo Quyết định 2760/QĐ-BYT" (audit 55).
 */
function onRelatedLine(text: string, reference: DocumentReference): boolean {
  const from = text.lastIndexOf('\n', reference.start - 1) + 1;
  return RELATED_LINE.test(foldText(text.slice(from, Math.min(reference.start, from + 40))));
}

const RELATED_LINE = /^[\s>»•-]*(?:xem them|doc them|tin lien quan|bai lien quan)\s*[:>»]/;

/**
 * A sentence's lead that reports a document, folded: "Theo Công văn số", "Cụ thể, tại Nghị định",
 * "Theo Kết luận thanh tra số" (a type's words and a qualifier; audit 69).
 */
const REPORTED_LEAD = new RegExp(
  String.raw`^\W*(?:cu the,?\s+)?(?:theo|tai)\s+(?:(?:\S+\s+){0,3}|${NAMED_TYPE})$`,
);

/** A related-news box's heading opening a line, folded ("Xem thêm", "Tin liên quan"). */
const RELATED_MARKER =
  /(?:^|\n)[\s>»:•-]*(?:xem them|doc them|tin lien quan|bai lien quan|tin cung chuyen muc)/;

/**
 * Whether the line after `at` takes up the reference: names the same document, or its type word
 * with no number after it ("Theo chỉ thị, …", "Kế hoạch nhằm …"); "Thông tư 16/2018/TT-BGDĐT"
 * is another document. Only prose takes it up: a line with no closing mark is another headline of
 * the same box ("Chỉ thị mới về an toàn giao thông dịp Tết được ban hành").
 */
function takenUp(text: string, reference: DocumentReference, at: number): boolean {
  const end = lineEnd(text, at + 1, 0);
  const line = text.slice(at + 1, end);
  if (!/[.!?:;…"”)]\s*$/u.test(line)) return false;
  if (findReferences(line).some((r) => r.key === reference.key)) return true;
  if (!reference.typeName) return false;
  const word = foldText(reference.typeName);
  for (let from = at + 1; from < end; ) {
    const found = findFolded(text, word, from, end);
    if (!found) return false;
    if (!/^\s*(?:so\b|\d)/.test(foldText(text.slice(found.end, found.end + 8)))) return true;
    from = found.end;
  }
  return false;
}

/**
 * The reference whose symbol names a file the text shows ("2871-SYT-NV.pdf", "1889_UBND-NN.docx"),
 * when one reference only does.
 */
function attachedReference(
  text: string,
  references: readonly DocumentReference[],
): DocumentReference | undefined {
  const folded = foldText(text);
  const named = references.filter((r) => {
    const slug = foldText(r.symbol).replace(/\//g, '-');
    return new RegExp(
      `(?:^|[\\s/(])${slug.replace(/[.*+?^${}()|[\]\\&]/g, '\\$&').replace(/-/g, '[-_]')}[^\\s]{0,20}\\.(?:pdf|docx?)\\b`,
    ).test(folded);
  });
  return new Set(named.map((r) => r.key)).size === 1 ? named[0] : undefined;
}
