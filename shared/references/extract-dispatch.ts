/**
 * The page's primary dispatch, as a clerk would record it: which reference the page is
 * about, when and by whom it was issued, its subject (trích yếu), its addressees and the
 * other documents it cites. The readers of each field are in their own modules; this one
 * chooses among them, mention by mention.
 * @module
 */
import type { DispatchDraft, DocumentReference } from '../schemas/reference';
import { aboutPhraseAfter, TALKED_ABOUT } from './about-phrase';
import { addressees } from './addressees';
import { annexTitle } from './annex-title';
import { attachmentHeadline, captionedHeadline, summarizedHeadline } from './attachment-headline';
import { brokenHeaderDate } from './broken-header-date';
import { opensWithReference } from './context';
import { signedDate } from './dates';
import { datingLineAbove } from './dating-line-above';
import { withDefinedAbbreviation } from './defined-abbreviation';
import { englishHeaderDate, englishHeaderSubject, underEnglishLabel } from './english-header';
import { englishIssuerBeforeVerb } from './english-issuer';
import { englishSubjectAfter } from './english-subject';
import { findReferences } from './find-references';
import { finishedSubject } from './finished-subject';
import { foldText } from './fold';
import { headerIssuer } from './header-issuer';
import { headerSubject, otherSubjectField } from './header-subject';
import { type HeadingFields, headingFields } from './heading-fields';
import { foldedLine, isFirstLineHeadline, isTitleLine } from './headline';
import { issuedByNumberAlone } from './issued-by-number-alone';
import { bodyInNormalCase, issuerName, PARTY_ORGAN } from './issuer-names';
import { lawName } from './law-name';
import { mentionDate, passedDate } from './mention-date';
import { citedAsBasis, inBackground, issuedInSentence } from './mention-role';
import {
  documentHeaderKind,
  ISSUER_LABELS,
  metadataField,
  metadataHeading,
  metadataIssuedDate,
  SUBJECT_LABELS,
} from './metadata-fields';
import {
  pointedTitle,
  siteBody,
  titleAfterType,
  titleIssuer,
  titleSubject,
  withoutSiteName,
} from './page-title';
import { choosePrimary } from './primary-choice';
import {
  isBarePlace,
  issuerAfterOf,
  issuerBeforeVerb,
  issuerClosingSentence,
  issuerInIssuingClause,
  issuerInSignerClause,
} from './prose-issuer';
import { soleSubjectLine } from './sole-subject-line';
import { fronted, subjectAfter, subjectBeforeBracket, subjectTakenUp } from './subject-after';
import { cleanPhrase, lineEnd, lineStart, type Span, sentenceAround } from './text-spans';
import { RECALLING, type UnnamedSentence, unnamedSentence } from './unnamed-issue';
import { unnumberedHeaderDate } from './unnumbered-header-date';

export interface PageInfo {
  url?: string;
  title?: string;
}

/** Codes whose name needs the place the code leaves out ("Ủy ban nhân dân", "Tỉnh ủy"). */
const PLACELESS_ISSUERS: ReadonlySet<string> = new Set(['UBND', 'HĐND', 'TU', 'HU']);

const MAX_EXCERPT = 500;

/** How far from the primary another mention's metadata block may be and still be the page's own. */
const METADATA_NEAR = 3000;

/**
 * The mentions of the primary read for what they say of it: a document is named a few times in
 * a page, and reading each mention's sentence costs the sentence's length.
 */
const MAX_MENTIONS = 24;

/** "Sau khi Bộ ban hành Thông tư …, …": the sentence tells what followed, not what it says (review 42). */
const AFTER_ISSUE = /^\W*(?:sau khi|khi|kể từ khi)\s/iu;

/** The lines heading a page's text where the fields of a document its title names stand. */
const TITLE_FIELD_LINES = 4;

/**
 * The primary dispatch of `text` (the page's main text), or null when it cites none or issues
 * its own document by a number with no symbol (issued-by-number-alone.ts).
 */
export function extractDispatch(text: string, page: PageInfo = {}): DispatchDraft | null {
  const references = findReferences(text);
  const titleReferences = page.title ? findReferences(page.title) : [];
  if (references.length === 0 && titleReferences.length === 0) return null;
  const primary = choosePrimary(text, references, titleReferences, page.title);
  const inText = references.includes(primary);
  const header = inText ? documentHeaderKind(text, primary.start) : null;
  if (
    inText &&
    header === null &&
    titleReferences.length === 0 &&
    !issuedInSentence(text, primary) &&
    issuedByNumberAlone(text, references, primary, page.title)
  )
    return null;
  const sentence = inText ? sentenceAround(text, primary.start, primary.end) : { from: 0, to: 0 };

  // Other mentions of the same document may say more ("Quyết định 2435/QĐ-UBND của … về việc …"
  // above a metadata block; a headline over "Ngày 30/12/2019, Chính phủ ban hành Nghị định số …
  // quy định …"); the primary mention is read first.
  const mentions = [primary, ...references.filter((r) => r.key === primary.key && r !== primary)]
    .slice(0, MAX_MENTIONS)
    .map((r) => ({
      reference: r,
      sentence: sentenceAround(text, r.start, r.end),
    }));
  // The page's own metadata block: the primary's, or the block of another mention of it near
  // the primary (a legal database or a gazette above the document's text and header).
  const metadataMention = !inText
    ? undefined
    : header === 'metadata'
      ? primary
      : mentions.find(
          ({ reference: r }) =>
            r !== primary &&
            Math.abs(r.start - primary.start) <= METADATA_NEAR &&
            documentHeaderKind(text, r.start) === 'metadata',
        )?.reference;
  // A document page whose number only its title gives (audit 26: "Quyết định 1432/QĐ-SNN …"
  // over a heading without it and "Ngày ban hành: … | Cơ quan ban hành: …"): the fields heading
  // its text are the document's own, when the title opens with the document. Not fields further
  // down (a box of other documents), nor under a title about the document ("Triển khai Công văn
  // …", "Lấy ý kiến dự thảo … sửa đổi Nghị định …": the page's own post or draft; review 18).
  const titleHead =
    !inText && page.title && opensWithReference(page.title, primary.start)
      ? text.slice(0, lineEnd(text, 0, TITLE_FIELD_LINES - 1))
      : null;
  // A number on a line of its own with its fields on the lines under it (heading-fields.ts).
  const heading =
    inText && !header
      ? mentions.reduce<HeadingFields | null>(
          (found, { reference: r }) => found ?? headingFields(text, r),
          null,
        )
      : null;
  const issuedDate =
    primary.issuedDate ??
    (header === 'metadata' ? metadataIssuedDate(text, primary.start) : null) ??
    // A header with no dating line (a law's "Luật số:") under the page's metadata block.
    (metadataMention && metadataMention !== primary
      ? metadataIssuedDate(text, metadataMention.start)
      : null) ??
    // Another mention of the same document with its date ("Thông tư 07/2024/TT-BYT ngày 17/5/2024").
    references.find((r) => r.key === primary.key && r.issuedDate)?.issuedDate ??
    (header === 'header' ? datingLineAbove(text, primary) : null) ??
    (inText && !header ? brokenHeaderDate(text, primary) : null) ??
    // Under "Number:" too, which reads as an English metadata label (vbpl.vn; audit 194).
    (inText && header !== 'header'
      ? mentions.map(({ reference: r }) => englishHeaderDate(text, r)).find((date) => date)
      : null) ??
    // "… số 7821/SXD-QLCL (ký ngày 18-9-2024)", "Decision No. 1234/QD-TTg on October 14, 2024".
    (inText ? mentions.map(({ reference: r }) => signedDate(text, r.end)).find((date) => date) : null) ??
    // A council's resolution by the day it was passed (a Government's carries the day it was
    // signed; review 24).
    (inText && primary.typeCode === 'NQ' && primary.issuer === 'HĐND'
      ? mentions
          .map(({ reference: r, sentence: s }) => passedDate(text, r.end, s.to, r.year))
          .find((date) => date)
      : null) ??
    heading?.issuedDate ??
    (inText && !header ? mentionDate(text, mentions, primary, references) : null) ??
    (inText && !header ? unnumberedHeaderDate(text, primary, references, primary.end) : null) ??
    (titleHead === null
      ? null
      : (metadataIssuedDate(titleHead) ?? unnumberedHeaderDate(text, primary, references)));
  const ownMention = (r: DocumentReference) =>
    r === primary || !(citedAsBasis(text, references, r) || inBackground(text, r));
  const fromMentions = (
    read: (reference: DocumentReference, sentence: Span) => string | null,
    list: typeof mentions = mentions,
  ): string | null => {
    if (!inText) return null;
    for (const { reference, sentence: around } of list) {
      const found = read(reference, around);
      if (found) return found;
    }
    return null;
  };
  // A headline's mention ("Chính phủ ban hành Nghị định 100/2019/NĐ-CP xử phạt vi phạm giao
  // thông") gives the subject as a page title does: after the body's mentions that are the
  // document's own, before those that cite it ("… của Nghị định 32/2024/NĐ-CP về …").
  // The page title names the document: its line is the headline wherever it sits (menus and
  // breadcrumbs come first in real pages).
  const titleLine = titleReferences.length > 0 && page.title ? foldedLine(withoutSiteName(page.title)) : null;
  const isHeadline = (text: string, s: Span) =>
    isFirstLineHeadline(text, s) || isTitleLine(text, s, titleLine);
  // Of the body's own mentions, a lead that talks about the document ("Nghị định 168/2024/NĐ-CP
  // quy định mức phạt … được nhiều người quan tâm"; audit 33) is read after the others ("Chính
  // phủ ban hành Nghị định 168/2024/NĐ-CP quy định …"), not before (review 12).
  // A sentence that issues it stays where it is (review 13).
  const talkedAbout = ({ reference: r, sentence: s }: (typeof mentions)[number]) =>
    TALKED_ABOUT.test(text.slice(s.from, s.to).normalize('NFC')) && !issuedInSentence(text, r);
  const discussedLast = (list: typeof mentions) => [
    ...list.filter((m) => !talkedAbout(m)),
    ...list.filter(talkedAbout),
  ];
  const subjectMentions =
    header || !mentions.some(({ sentence: s }) => isHeadline(text, s))
      ? mentions
      : [
          ...discussedLast(
            mentions.filter(({ reference: r, sentence: s }) => !isHeadline(text, s) && ownMention(r)),
          ),
          ...mentions.filter(({ sentence: s }) => isHeadline(text, s)),
          ...mentions.filter(({ reference: r, sentence: s }) => !isHeadline(text, s) && !ownMention(r)),
        ];
  // The body named before the issuing verb. A bare place ("Hà Nội ban hành Công văn
  // 4102/UBND-KGVX …", a headline's shorthand) is no body when the symbol's issuer code names one:
  // it only points to the sentence that names the body in full (audit 16).
  const spokenBody = fromMentions((r, s) => issuerBeforeVerb(text, s.from, r.start, primary.issuer));
  const place = spokenBody && isBarePlace(spokenBody) && issuerName(primary.issuer) ? spokenBody : null;
  // The Central Committee's header names no organ when the type title does not ("QUY ĐỊNH" alone):
  // the page title's "… 97-QĐ/TW của Bộ Chính trị" does (audit 123).
  const centralOrganOfTitle = (issuer: string | null) =>
    issuer !== null && foldText(issuer) === 'ban chap hanh trung uong'
      ? (PARTY_ORGAN.exec(titleIssuer(page.title, titleReferences[0], primary) ?? '')?.[0] ?? issuer)
      : issuer;
  // The metadata block names the body as the portal does ("Nơi ban hành: Bộ Giáo dục và Đào
  // tạo"), better than a header's capitals.
  const namedBody =
    inNormalCase(metadataMention ? metadataField(text, ISSUER_LABELS, metadataMention.start) : null) ??
    inNormalCase(header === 'header' ? centralOrganOfTitle(headerIssuer(text, primary)) : null) ??
    heading?.body ??
    (place ? null : spokenBody) ??
    // From the line's start: English sentences are split at "No." before the number. Only where
    // the code names no body or a local one without its place ("The People's Committee of Ha Noi",
    // not "Vietnam's Ministry of Finance" over Bộ Tài chính; review 36).
    (issuerName(primary.issuer) === null || PLACELESS_ISSUERS.has(primary.issuer ?? '')
      ? fromMentions((r) => englishIssuerBeforeVerb(text, lineStart(text, r.start, 0), r.start))
      : null) ??
    fromMentions((r, s) => issuerAfterOf(text, r.end, s.to)) ??
    fromMentions((r, s) => issuerInIssuingClause(text, r.end, s.to)) ??
    // "… 1287/UBND-KTN do Phó chủ tịch UBND tỉnh Quảng Nam Trần Anh Tuấn ký …".
    fromMentions((r, s) => issuerInSignerClause(text, r.end, s.to, primary.issuer)) ??
    inNormalCase(titleHead === null ? null : metadataField(titleHead, ISSUER_LABELS)) ??
    titleIssuer(page.title, titleReferences[0], primary) ??
    (place && primary.issuer === 'UBND' ? `UBND ${place}` : null) ??
    siteBody(text, page.title, primary.issuer, issuerName(primary.issuer)) ??
    // "… về việc vận động … của Công đoàn viên chức tỉnh." (audit 119).
    fromMentions((r, s) => issuerClosingSentence(text, r.end, s.to, primary.issuer)) ??
    issuerName(primary.issuer);
  // A document named only in the headline ("Hà Nội ban hành Công văn 4102/UBND-KGVX chấn chỉnh
  // lạm thu") over a sentence that issues it unnamed ("UBND TP Hà Nội vừa có văn bản … về việc
  // chấn chỉnh tình trạng lạm thu …"): the sentence's subject and body are the fuller ones.
  const headlineOnly = inText && !header && mentions.every(({ sentence: s }) => isHeadline(text, s));
  // A lead that issues the document unnamed stands before its first mention in the body, which
  // may be a paragraph or more above the primary one ("Tại văn bản số 8412/VPCP-KTTH …" over
  // "Xem toàn văn Văn bản 8412/VPCP-KTTH"; audit 39); not before one that recalls it ("Trước đó,
  // tại Công văn số 3187/UBND-KT, …"; review 16).
  const firstInBody = headlineOnly
    ? undefined
    : mentions
        .filter(({ sentence: s }) => !isHeadline(text, s))
        .reduce<(typeof mentions)[number] | undefined>(
          (first, m) => (first && first.reference.start < m.reference.start ? first : m),
          undefined,
        );
  const firstLead =
    firstInBody &&
    firstInBody.sentence.from !== sentence.from &&
    !RECALLING.test(text.slice(firstInBody.sentence.from, firstInBody.reference.start).normalize('NFC'))
      ? firstInBody.sentence
      : null;
  let unnamedRead: UnnamedSentence | null | undefined;
  const unnamed = () => {
    if (unnamedRead !== undefined) return unnamedRead;
    const bodies = [namedBody, place].filter((n): n is string => !!n);
    // Beside a mention of its own in prose, only a lead sentence before it ("Sở Nội vụ vừa có
    // văn bản gửi … Theo Công văn số 318/SNV-TCBC …"); a later one is another document's ("… Sở
    // sẽ có văn bản gửi các sở …"). Two lines above the primary mention, then three (a lead over
    // two paragraphs: audit 39), then the same above the first mention in the body.
    const before = !(headlineOnly || place);
    const year = Number((issuedDate ?? '').slice(0, 4)) || primary.year;
    const around = (anchor: Span | null, reach: number) =>
      anchor ? unnamedSentence(text, primary, bodies, anchor, before, year, reach) : null;
    unnamedRead =
      inText && !header
        ? (around(sentence, 2) ?? around(sentence, 3) ?? around(firstLead, 2) ?? around(firstLead, 3))
        : null;
    return unnamedRead;
  };
  // A bare line under the title's heading, when the page's title names the document (review 37).
  const titleBareSubject: string | null =
    primary.key === titleReferences[0]?.key && heading ? heading.bareSubject : null;
  const headlineSentenceSubject = (): string | null => (headlineOnly ? (unnamed()?.subject ?? null) : null);
  // Read once: first in the chain below, and again in its header's place when a table's cells
  // run into it.
  const ownHeaderSubject =
    header === 'header'
      ? headerSubject(text, primary.end, null, primary.key, primary.typeCode === null)
      : null;
  const subject = finishedSubject(
    // Under its own "Số:" header, the document's V/v or title over a headline's wording of it
    // ("Công văn 278/PGD&ĐT-THCS 2014 về việc … GDTH …" over "V/v Hướng dẫn … Giáo dục trung
    // học …"; audit 90).
    wholeSubject(ownHeaderSubject) ??
      fromMentions(
        (r, s) => subjectAfter(text, r.end, s.to, fronted(text, s.from, r.start)),
        subjectMentions,
      ) ??
      fromMentions((r, s) => subjectBeforeBracket(text, s.from, r.start), subjectMentions) ??
      (header === 'metadata' ? metadataField(text, SUBJECT_LABELS, primary.start) : null) ??
      (header === 'metadata'
        ? headerSubject(text, primary.end, ownTitleType(primary), primary.key)
        : ownHeaderSubject) ??
      (header === 'metadata'
        ? withoutOwnType(otherSubjectField(text, primary.start), primary.typeName)
        : null) ??
      // A header naming the document its metadata block above names: the block's "Trích yếu"
      // when the header gives none.
      (header === 'header' && metadataMention
        ? metadataField(text, SUBJECT_LABELS, metadataMention.start)
        : null) ??
      (header === 'metadata' ? metadataHeading(text, primary.start, primary.issuer) : null) ??
      // An English translation's header: its title under "DIRECTIVE" (audit 99), also under an
      // English metadata label ("Number:", "Official number:"), not a Vietnamese one (review 79).
      (header === null || (header === 'metadata' && underEnglishLabel(text, primary))
        ? fromMentions((r) => englishHeaderSubject(text, r))
        : null) ??
      heading?.subject ??
      headlineSentenceSubject() ??
      (inText && !header ? subjectTakenUp(text, sentence.to, primary.typeName) : null) ??
      fromMentions(
        (r, s) => aboutPhraseAfter(text, r.end, s.to, fronted(text, s.from, r.start)),
        subjectMentions,
      ) ??
      (primary.key === titleReferences[0]?.key ? titleSubject(page.title, titleReferences) : null) ??
      titleBareSubject ??
      // A post titled by the document's number over its text's type title and trích yếu, with no
      // "Số:" header ("NGHỊ QUYẾT / CỦA BAN THƯỜNG VỤ TỈNH ỦY / về …"; audit 115).
      (primary.key === titleReferences[0]?.key && !header
        ? headerSubject(text, primary.end, ownTitleType(primary), primary.key)
        : null) ??
      // To the line's end: English sentences are split at "No." of the documents they name. After
      // the title's subject ("Decree 100/2019/ND-CP on administrative penalties …" over "…
      // enforce Decree 100/2019/ND-CP on all roads"; review 37).
      fromMentions((r) => englishSubjectAfter(text, r.end, lineEnd(text, r.end, 0)), subjectMentions) ??
      // A title naming the document by its type alone ("Thông báo về việc hoãn …") over a text
      // that gives its number only in a source note (audit 82), as over a bare number field.
      // Not when the text cites it as a basis ("Căn cứ Thông báo số 12/TB-SNV …"; review 34).
      (heading || (titleReferences.length === 0 && inText && !citedAsBasis(text, references, primary))
        ? titleAfterType(page.title, primary.typeName)
        : null) ??
      (inText ? pointedTitle(page.title, titleReferences, text, primary.start) : null) ??
      lawName(text, page.title, primary, header) ??
      (inText ? annexTitle(text, primary) : null) ??
      soleSubjectLine(text, references.find((r) => r.key === primary.key)?.start ?? 0),
  );
  // The lead's date only with its subject: a lead giving no subject may be another document's.
  const leadDateGiven = (): string | null => {
    const lead = unnamed();
    const gave = !!lead?.subject && (subject === null || finishedSubject(lead.subject) === subject);
    return gave ? (lead?.date ?? null) : null;
  };
  // The unnamed sentence's body replaces a bare place, or the headline's shorter name of it, or
  // the mention's when the lead gives the subject too ("UBND tỉnh Bình Thuận vừa ban hành kế
  // hoạch tổ chức …" over "Theo Kế hoạch số 4512/KH-UBND ngày 31 tháng 10 của UBND tỉnh, …";
  // audit 65).
  // Not the lead's short form over the code's full name ("Bộ GD&ĐT" over "Bộ Giáo dục và Đào tạo").
  const sentenceBody = place || headlineOnly || subject === null ? unnamed()?.body : null;
  const issuingBody =
    sentenceBody &&
    !metadataMention &&
    (place ||
      !namedBody ||
      (headlineOnly && namedBody === issuerName(primary.issuer)) ||
      foldText(sentenceBody).includes(foldText(namedBody)))
      ? sentenceBody
      : namedBody;

  const cited = new Map<string, DocumentReference>();
  for (const reference of references) {
    if (reference.key !== primary.key && !cited.has(reference.key)) cited.set(reference.key, reference);
  }
  const citedReferences = [...cited.values()];
  return {
    reference: primary,
    symbol: primary.symbol,
    key: primary.key,
    number: primary.number,
    year: primary.year,
    typeCode: primary.typeCode,
    typeName: primary.typeName,
    issuer: primary.issuer,
    issuedDate: issuedDate ?? leadDateGiven() ?? null,
    issuingBody: withDefinedAbbreviation(text, issuingBody),
    subject:
      subject ??
      unnamed()?.subject ??
      // "… ban hành Công văn số 1536/UBND-TH, yêu cầu báo cáo …": a clause after the number, in
      // the sentence that issues it, says what it asks; a lead's "về việc" says it better (audit 97).
      fromMentions(
        (r, s) =>
          issuedInSentence(text, r) && !AFTER_ISSUE.test(text.slice(s.from, r.start).normalize('NFC'))
            ? aboutPhraseAfter(text, r.end, s.to, false, true)
            : null,
        subjectMentions,
      ) ??
      (inText && !header
        ? (attachmentHeadline(text, primary) ??
          captionedHeadline(text, primary, page.title) ??
          summarizedHeadline(text, primary, page.title))
        : null),
    addressees: inText ? addressees(text, primary.end, sentence.to) : [],
    cites: citedReferences.map((reference) => reference.symbol),
    citedReferences,
    sourceUrl: page.url ?? null,
    sourceTitle: page.title ?? null,
    excerpt: inText
      ? cleanPhrase(text.slice(sentence.from, sentence.to)).slice(0, MAX_EXCERPT)
      : (page.title ?? ''),
  };
}

/** A header's or a field's name in capitals as a clerk writes it (issuer-names.ts); mixed case as written. */
function inNormalCase(body: string | null): string | null {
  // "Tập đoàn Bưu chính Viễn thông Việt Nam (VNPT)": a field's short form in brackets is no part
  // of the name (audit 66).
  return body ? bodyInNormalCase(body.replace(/\s*\(\p{Lu}[\p{Lu}\d&.-]*\)\s*$/u, '')) : null;
}

/**
 * The type a title under a metadata block names when it is the document's, as its code says
 * (past the block, a sidebar's "Thông báo" box is no Nghị định's title; audit 77): not a
 * consolidated text's, titled by the type of the text it consolidates ("18/VBHN-BTC" over
 * "THÔNG TƯ …").
 */
function ownTitleType(reference: DocumentReference): string | null {
  return reference.typeCode && reference.typeCode !== 'VBHN' ? reference.typeName : null;
}

/**
 * A title field's value without the document's type name before its "về việc" ("Tiêu đề văn
 * bản: Quyết định về việc phê duyệt …"; review 34): the trích yếu is what follows.
 */
function withoutOwnType(value: string | null, typeName: string | null): string | null {
  if (!value || !typeName) return value;
  const nfc = value.normalize('NFC').trim();
  const folded = foldText(nfc);
  const type = foldText(typeName);
  return folded.startsWith(`${type} ve `) || folded.startsWith(`${type} v/v `)
    ? nfc.slice(typeName.length).trim()
    : value;
}

/**
 * A header's subject whole enough to stand before a headline's: not a table row's cells run
 * together ("V/v hướng dẫn tổ chức kiểm tra, đánh | Nam Định, ngày …"; review 38).
 */
function wholeSubject(subject: string | null): string | null {
  return subject === null || subject.includes('|') ? null : subject;
}
