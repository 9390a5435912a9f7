/**
 * The page's primary dispatch, as a clerk would record it: which reference the page is
 * about, when and by whom it was issued, its subject (trích yếu), its addressees and the
 * other documents it cites.
 * @module
 */
import type { DispatchDraft, DocumentReference } from '../schemas/reference';
import { isSymbolLetter } from './chars';
import { opensWithReference } from './context';
import { dateAt, isoDate, signedDate } from './dates';
import { withDefinedAbbreviation } from './defined-abbreviation';
import { findReferences } from './find-references';
import { foldCode, foldText, matchFoldedWord } from './fold';
import { type HeaderKind, headerKind } from './header-kind';
import {
  BODY_OPENING,
  bodyInNormalCase,
  isPersonalName,
  issuerName,
  spellsCode,
  withoutPersonalName,
} from './issuer-names';
import {
  documentHeaderKind,
  ISSUER_LABELS,
  isFieldLabel,
  metadataField,
  metadataHeading,
  metadataIssuedDate,
  OTHER_SUBJECT_LABELS,
  SUBJECT_LABELS,
} from './metadata-fields';
import {
  cleanPhrase,
  lineAround,
  linesAfter,
  linesBefore,
  REPORTED_VERBS,
  type Span,
  SUBJECT_VERBS,
  sentenceAround,
} from './text-spans';

export interface PageInfo {
  url?: string;
  title?: string;
}

const MAX_EXCERPT = 500;
/** How far from the primary another mention's metadata block may be and still be the page's own. */
const METADATA_NEAR = 3000;

/**
 * The mentions of the primary read for what they say of it: a document is named a few times in
 * a page, and reading each mention's sentence costs the sentence's length.
 */
const MAX_MENTIONS = 24;
/** The lines heading a page's text where the fields of a document its title names stand. */
const TITLE_FIELD_LINES = 4;
/** How far before a number `issuerBeforeVerb` reads: a body's name and an issuing verb phrase. */
const VERB_PREFIX_REACH = 400;

/** The primary dispatch of `text` (the page's main text), or null when it cites none. */
export function extractDispatch(text: string, page: PageInfo = {}): DispatchDraft | null {
  const references = findReferences(text);
  const titleReferences = page.title ? findReferences(page.title) : [];
  if (references.length === 0 && titleReferences.length === 0) return null;
  const primary = choosePrimary(text, references, titleReferences, page.title);
  const inText = references.includes(primary);
  const header = inText ? documentHeaderKind(text, primary.start) : null;
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
  const issuedDate =
    primary.issuedDate ??
    (header === 'metadata' ? metadataIssuedDate(text, primary.start) : null) ??
    // A header with no dating line (a law's "Luật số:") under the page's metadata block.
    (metadataMention && metadataMention !== primary
      ? metadataIssuedDate(text, metadataMention.start)
      : null) ??
    // Another mention of the same document with its date ("Thông tư 07/2024/TT-BYT ngày 17/5/2024").
    references.find((r) => r.key === primary.key && r.issuedDate)?.issuedDate ??
    // "… số 7821/SXD-QLCL (ký ngày 18-9-2024)", "Decision No. 1234/QD-TTg on October 14, 2024".
    (inText ? mentions.map(({ reference: r }) => signedDate(text, r.end)).find((date) => date) : null) ??
    // A council's resolution by the day it was passed (a Government's carries the day it was
    // signed; review 24).
    (inText && primary.typeCode === 'NQ' && primary.issuer === 'HĐND'
      ? mentions
          .map(({ reference: r, sentence: s }) => passedDate(text, r.end, s.to, r.year))
          .find((date) => date)
      : null) ??
    (inText && !header ? mentionDate(text, mentions, primary, references) : null) ??
    (titleHead === null ? null : metadataIssuedDate(titleHead));
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
  // The metadata block names the body as the portal does ("Nơi ban hành: Bộ Giáo dục và Đào
  // tạo"), better than a header's capitals.
  const namedBody =
    inNormalCase(metadataMention ? metadataField(text, ISSUER_LABELS, metadataMention.start) : null) ??
    inNormalCase(header === 'header' ? headerIssuer(text, primary.start, primary.end) : null) ??
    (place ? null : spokenBody) ??
    fromMentions((r, s) => issuerAfterOf(text, r.end, s.to)) ??
    fromMentions((r, s) => issuerInIssuingClause(text, r.end, s.to)) ??
    // "… 1287/UBND-KTN do Phó chủ tịch UBND tỉnh Quảng Nam Trần Anh Tuấn ký …".
    fromMentions((r, s) => issuerInSignerClause(text, r.end, s.to, primary.issuer)) ??
    inNormalCase(titleHead === null ? null : metadataField(titleHead, ISSUER_LABELS)) ??
    titleIssuer(page.title, titleReferences[0], primary) ??
    (place && primary.issuer === 'UBND' ? `UBND ${place}` : null) ??
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
  const headlineSentenceSubject = (): string | null => (headlineOnly ? (unnamed()?.subject ?? null) : null);
  const subject = finishedSubject(
    fromMentions(
      (r, s) => subjectAfter(text, r.end, s.to, fronted(text, s.from, r.start)),
      subjectMentions,
    ) ??
      (header === 'metadata' ? metadataField(text, SUBJECT_LABELS, primary.start) : null) ??
      (header ? headerSubject(text, primary.end) : null) ??
      (header === 'metadata' ? otherSubjectField(text, primary.start) : null) ??
      // A header naming the document its metadata block above names: the block's "Trích yếu"
      // when the header gives none.
      (header === 'header' && metadataMention
        ? metadataField(text, SUBJECT_LABELS, metadataMention.start)
        : null) ??
      (header === 'metadata' ? metadataHeading(text, primary.start, primary.issuer) : null) ??
      headlineSentenceSubject() ??
      (inText && !header ? subjectTakenUp(text, sentence.to, primary.typeName) : null) ??
      fromMentions(
        (r, s) => aboutPhraseAfter(text, r.end, s.to, fronted(text, s.from, r.start)),
        subjectMentions,
      ) ??
      (primary.key === titleReferences[0]?.key ? titleSubject(page.title, titleReferences) : null) ??
      lawName(text, page.title, primary, header),
  );
  // The lead's date only with its subject: a lead giving no subject may be another document's.
  const leadDateGiven = (): string | null => {
    const lead = unnamed();
    const gave = !!lead?.subject && (subject === null || finishedSubject(lead.subject) === subject);
    return gave ? (lead?.date ?? null) : null;
  };
  // The unnamed sentence's body replaces a bare place, or the headline's shorter name of it.
  const sentenceBody = place || headlineOnly ? unnamed()?.body : null;
  const issuingBody =
    sentenceBody &&
    !metadataMention &&
    (place ||
      !namedBody ||
      namedBody === issuerName(primary.issuer) ||
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
    subject: subject ?? unnamed()?.subject ?? null,
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

/**
 * The trích yếu the next sentence gives the document it takes up by its type word alone: "… đã có
 * văn bản 7011/NHNN-TD gửi … yêu cầu …. Theo văn bản về việc hỗ trợ khách hàng …, NHNN yêu cầu
 * …" (audit 55): what the document is titled, rather than the lead's paraphrase of it.
 */
function subjectTakenUp(text: string, end: number, typeName: string | null): string | null {
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
 * A resolution's date is the day it was passed, later in its sentence: "… Nghị quyết số
 * 35/2024/NQ-HĐND quy định …, được thông qua tại kỳ họp thứ 25 …, ngày 10/12/2024" (audit 58),
 * not the day the news reports it ("Ngày 11/12, …"). No other symbol stands between.
 */
function passedDate(text: string, end: number, to: number, year: number | null): string | null {
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

interface UnnamedSentence {
  subject: string | null;
  /** The body the sentence names before its issuing verb, when it opens with a body's name. */
  body: string | null;
  /** The date with its year the sentence opens with ("Ngày 27/8/2024, UBND tỉnh … có văn bản …"), ISO, or null. */
  date: string | null;
}

/**
 * The subject of a sentence near the reference that issues the same document without its symbol,
 * when no mention and no title gives one: "Bộ Y tế vừa ban hành công văn gửi … về việc tăng
 * cường …" over a caption "Công văn số 5211/BYT-DP ngày 20/9/2024 của Bộ Y tế" (news names the
 * symbol only in a caption or a later paragraph). The sentence names the same body before an
 * issuing verb ("ban hành", "ký", "có", "gửi") and the reference's type word or "văn bản" with
 * no "số" or number after it (or a body whose abbreviation spells the issuer code: `spelledBody`),
 * cites no reference, and stands within `reach` lines above the anchor sentence or two below it.
 * Its subject is the "về việc" phrase, else (audit 16) the verb phrase a trích yếu opens with after
 * the noun and any addressees ("… vừa có văn bản gửi các bộ, ngành … đề nghị không yêu cầu …");
 * its body, the name before the issuing verb when it opens with a body's name ("UBND TP Hà Nội").
 * A sentence recalling the past or announcing the future speaks of another document ("Trước đó,
 * Sở Y tế đã có văn bản về việc …", "Năm 2023, Bộ Công an cũng đã ban hành văn bản …", "… sẽ có
 * văn bản …": `recalled`); with `before`, only a sentence before the reference's counts.
 */
function unnamedSentence(
  text: string,
  primary: DocumentReference,
  bodies: readonly string[],
  sentence: Span,
  before: boolean,
  year: number | null | undefined,
  reach: number,
): UnnamedSentence | null {
  if (bodies.length === 0) return null;
  const folded = bodies.map(foldText);
  // Three lines up, "văn bản" names only a dispatch: a plan or a decision that far is named by
  // its type ("UBND tỉnh có văn bản về việc …" over "… triển khai Kế hoạch số 215/KH-UBND"; review 15).
  const nouns = reach <= 2 || primary.typeName === 'Công văn' ? ['van ban'] : [];
  if (primary.typeName) nouns.push(foldText(primary.typeName));
  if (nouns.length === 0) return null;
  const issues = issuingUnnamed(nouns.join('|'));
  const issue = unnamedIssue(primary, nouns.includes('van ban'));
  const from = lineStart(text, sentence.from, reach);
  const to = lineEnd(text, sentence.to, 2);
  // "Bộ Công an vừa có văn bản gửi các bộ, ngành … đề nghị không yêu cầu …": with no "về việc",
  // the verb phrase a trích yếu opens with, after the addressees; the first such sentence.
  let verbSentence: UnnamedSentence | null = null;
  for (let at = from; at < to; ) {
    const line = lineAround(text, at);
    for (let start = line.from; start < line.to; ) {
      const around = sentenceAround(text, start, start);
      if (around.to <= sentence.from || (!before && around.from >= sentence.to)) {
        const about = findFolded(text, 've viec', around.from, around.to);
        const before = foldText(text.slice(around.from, about ? about.start : around.to));
        const verb = issues.exec(before);
        const read = verb ? issuedIn(text, around, issue) : null;
        if (
          read &&
          (folded.some((body) => before.slice(0, (verb as RegExpExecArray).index).includes(body)) ||
            spelledBody(read, primary)) &&
          findReferences(text.slice(around.from, around.to)).length === 0
        ) {
          if (!recalled(read, year)) {
            const date = leadDate(read);
            if (about)
              return {
                subject: subjectAfter(text, around.from, around.to),
                body: unnamedBody(read, primary),
                date,
              };
            verbSentence ??= unnamedVerbPhrase(read, primary, date);
          }
        }
      }
      start = Math.max(around.to + 1, start + 1);
    }
    at = line.to + 1;
  }
  return verbSentence;
}

/**
 * Whether an unnamed sentence recalls an earlier document or announces a later one: before its
 * issuing verb, "Trước đó|đây", "cũng đã", "sẽ", "đã từng", or an opening "Năm YYYY" before the
 * reference's own year.
 */
function recalled({ nfc, verb }: IssuedIn, year: number | null | undefined): boolean {
  const before = nfc.slice(0, verb ? verb.index : nfc.length);
  // "cũng đã" recalls; "Cũng trong ngày 5/3, …", "cũng vừa" report the day's news.
  if (RECALLING.test(before)) return true;
  // A year that opens the sentence dates it ("Năm 2023, …"), not one inside it ("công tác năm 2024").
  const opening = /^\s*(?:trong\s+)?năm\s+(\d{4})(?!\d)/iu.exec(before)?.[1];
  return !!year && !!opening && Number(opening) < year;
}

/** "Trước đó|đây", "cũng đã", "sẽ", "đã từng": a sentence about an earlier or a later document. */
const RECALLING = /(?:^|[\s,(])(?:trước (?:đó|đây)|cũng đã|sẽ|đã từng)(?=[\s,]|$)/iu;

/** An unnamed sentence in NFC, and its issuing verb and noun (`unnamedIssue`), read once for the helpers below. */
interface IssuedIn {
  nfc: string;
  verb: RegExpExecArray | null;
}

function issuedIn(text: string, around: Span, issue: RegExp): IssuedIn {
  const nfc = text.slice(around.from, around.to).normalize('NFC');
  return { nfc, verb: issue.exec(nfc) };
}

/** The issuing verb and the document's noun with no number, in a sentence in NFC ("vừa có văn bản"). */
function unnamedIssue(primary: DocumentReference, anyDocument: boolean): RegExp {
  const nouns = anyDocument ? ['văn bản'] : [];
  if (primary.typeName) nouns.push(primary.typeName.normalize('NFC').toLowerCase());
  return new RegExp(
    String.raw`(?:^|\s)(?:ban hành|ký|có|gửi)\s+(?:${nouns.join('|')})(?!\s*(?:số(?=[\s.:]|$)|\d))(?=[\s,]|$)`,
    'iu',
  );
}

/**
 * Whether the body before the unnamed sentence's verb is the primary's issuer by its code's
 * letters, as news writes a ministry ("Bộ GD&ĐT vừa ban hành Thông tư …" for TT-BGDĐT; audit 39):
 * an abbreviation in it, and its words' initials the code's letters, no more (not "Ban Tổ chức"
 * for BTC; review 16). Never a council's code, which names no level nor place (review 15).
 */
function spelledBody(read: IssuedIn, primary: DocumentReference): boolean {
  const code = primary.issuer ? foldText(primary.issuer) : '';
  if (code === '' || BARE_COUNCIL.test(code)) return false;
  const body = unnamedBody(read, primary);
  return body !== null && ABBREVIATION.test(body) && spellsCode(foldText(body), code, true);
}

/** A people's council or committee's code. */
const BARE_COUNCIL = /^(?:ubnd|hdnd)$/;
/** A word of two capitals or more, with "&" or "-" inside at most ("GD&ĐT", "LĐ-TB&XH"). */
const ABBREVIATION = /(?:^|\s)\p{Lu}[\p{Lu}&-]*\p{Lu}(?=\s|$)/u;

/** The body before the unnamed sentence's issuing verb, when it opens with a body's name. */
function unnamedBody({ nfc, verb }: IssuedIn, primary: DocumentReference): string | null {
  if (!verb) return null;
  const body = issuerBeforeVerb(nfc, 0, verb.index + verb[0].length, primary.issuer);
  return body && BODY_OPENING.test(foldText(body)) ? body : null;
}

/**
 * The date an unnamed sentence opens with, before its body, written with its year ("Ngày
 * 27/8/2024, UBND tỉnh … có văn bản …", "Chiều 05 tháng 9 năm 2024, …"): the day it was issued, as
 * news writes it. A date further on is an event's ("Sau cuộc họp ngày 20/8, …"); a yearless one
 * is left: the page's dates give no sure year (a banner's today, a sidebar's, a deadline's;
 * review 16).
 */
function leadDate({ nfc, verb }: IssuedIn): string | null {
  if (!verb) return null;
  const opening = LEAD_OPENING_DATE.exec(nfc.slice(0, verb.index));
  if (!opening) return null;
  const [day, month, year] = opening[1] ? opening.slice(1, 4) : opening.slice(4, 7);
  return isoDate(Number(year), Number(month), Number(day));
}

/** A source tag or dateline at most, a time of day, then "ngày|hôm d/m/yyyy," or "ngày d tháng m năm yyyy,". */
const LEAD_OPENING_DATE =
  /^\s*(?:\([^)]{1,30}\)\s*[-–—]?\s*|[^\s,.()]+(?:\s+[^\s,.()]+){0,3}\s+[-–—]\s+)?(?:(?:sáng|chiều|tối|trưa|đêm)\s+(?:(?:ngày|hôm)\s+)?|ngày\s+|hôm\s+)(?:(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4}))\s*,/iu;

/** The unnamed sentence's verb phrase after its noun and addressees ("… gửi các bộ đề nghị …"). */
function unnamedVerbPhrase(
  read: IssuedIn,
  primary: DocumentReference,
  date: string | null,
): UnnamedSentence | null {
  const { nfc, verb } = read;
  if (!verb) return null;
  const rest = nfc.slice(verb.index + verb[0].length);
  const sent = SENT_TO.exec(rest);
  const phrase = VERB_PHRASE.exec(
    beforeNewClause(rest.slice(sent ? sent[0].length : 0).replace(/^[\s,]+/, ''), true),
  );
  if (!phrase) return null;
  return {
    subject: withoutAddressees(beforeNextItem(phrase[1] as string), true),
    body: unnamedBody(read, primary),
    date,
  };
}

/** Where the line `count` lines above the one holding `at` starts. */
function lineStart(text: string, at: number, count: number): number {
  let from = text.lastIndexOf('\n', at - 1);
  for (let n = 0; n < count && from > 0; n++) from = text.lastIndexOf('\n', from - 1);
  return from + 1;
}

/** Where the line `count` lines below the one holding `at` ends. */
function lineEnd(text: string, at: number, count: number): number {
  let to = text.indexOf('\n', at);
  for (let n = 0; n < count && to >= 0; n++) to = text.indexOf('\n', to + 1);
  return to < 0 ? text.length : to;
}

/**
 * A document page's own header ("Số: 594/KH-UBND") wins, then a legal database's "Số hiệu",
 * then the reference in the page title, then the one the text says was issued ("UBND tỉnh
 * đã ban hành Công văn số …"), then the first one not cited as a basis ("Căn cứ …"), then
 * the first. The site's licence in its footer ("Giấy phép … số 571/GP-BTTTT") is neither
 * issued nor the one not cited. A headline that issues a document in a line of the body ("Bộ
 * GD&ĐT ban hành Thông tư 29/2024/TT-BGDĐT …", a related article's teaser: `isTeaserLine`) is
 * another article's: its references come after all others, in the same order.
 */
function choosePrimary(
  text: string,
  references: DocumentReference[],
  titleReferences: DocumentReference[],
  title: string | undefined,
): DocumentReference {
  const header = references.find((r) => headerKind(text, r.start) === 'header');
  if (header) return header;
  const metadata = references.find((r) => documentHeaderKind(text, r.start) === 'metadata');
  if (metadata) return metadata;
  const titleLine = title ? foldedLine(withoutSiteName(title)) : null;
  const teaser = (r: DocumentReference) => issuedInSentence(text, r) && isTeaserLine(text, r, titleLine);
  const aside = (r: DocumentReference) =>
    inBackground(text, r) ||
    isSiteLicence(text, r) ||
    underRelatedMarker(text, r, titleLine) ||
    onRelatedLine(text, r);
  const titleKey = titleReferences[0]?.key;
  if (titleKey) {
    // "Hà Tĩnh triển khai Nghị định 168/2024/NĐ-CP" over "UBND tỉnh vừa ban hành Công văn số
    // 5300/UBND-NC … triển khai Nghị định 168/2024/NĐ-CP …": the document the text issues to carry
    // out the title's is the page's (audit 23).
    const first = titleReferences[0] as DocumentReference;
    // "Bộ Tài chính hướng dẫn giảm thuế … theo Nghị định 72/2024/NĐ-CP" over "Theo Công văn số
    // 6918/BTC-TCT ngày 2/7/2024 … về việc triển khai thực hiện Nghị định số 72/2024/NĐ-CP …, Bộ
    // Tài chính yêu cầu …": the dispatch reported with its own trích yếu is the page's (audit 55).
    const carriesOut =
      title !== undefined &&
      /(?:^|[\s,;:])(?:(?:trien khai|thuc hien|quan triet|cu the hoa|huong dan)\s+(?:\S+\s+){0,3}|theo\s+(?:\S+\s+){0,2})$/.test(
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
  return (
    pick(prose) ??
    references.find(signed) ??
    (firstProse && inBackground(text, firstProse) ? references.find(described) : undefined) ??
    firstProse ??
    pick(teaser) ??
    (references[0] as DocumentReference)
  );
}

/**
 * Whether one of the two lines above the reference's issues a document of its type without a
 * number ("… ban hành kế hoạch tổ chức …" above "Theo Kế hoạch 4321/KH-UBND …").
 */
/**
 * Lines above a report's "Theo Kế hoạch số …" its unnamed issue may stand: four, for a caption
 * "(theo Kế hoạch số 38/KH-UBND ngày 05/3/2025 của UBND tỉnh)" over a table under the lead's
 * paragraphs (audit 55).
 */
const UNNAMED_ISSUE_REACH = 4;

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
  return issuingUnnamed(noun, 'ban hanh|(?:vua|da) co|ky|gui').test(lines);
}

/**
 * An issuing verb of `verbs`, then a noun of `nouns` with no "số" nor number after it, both
 * patterns of folded words: a sentence that issues a document without naming it ("vừa có văn
 * bản", "ban hành kế hoạch …"), read folded.
 */
function issuingUnnamed(nouns: string, verbs = 'ban hanh|ky|co|gui'): RegExp {
  return new RegExp(String.raw`(?:^|\s)(?:${verbs})\s+(?:${nouns})(?!\s*(?:so\b|\d))(?:\s|,|$)`);
}

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
  if (!/[.!?]["”»)]?[ \t]*\r?\n/.test(text.slice(0, from))) return false;
  if (isFirstLineHeadline(text, sentence) || isTitleLine(text, sentence, titleLine)) return false;
  // Under a related-news marker it is a teaser; elsewhere, only when the next line does not take
  // the document up (an article's own subheading: "UBND thành phố ban hành Chỉ thị 05/CT-UBND …"
  // over "Theo chỉ thị, …").
  return (
    RELATED_MARKER.test(foldText(text.slice(lineStart(text, from, 3), from))) || !takenUp(text, reference, to)
  );
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

/** A sentence's lead that reports a document, folded: "Theo Công văn số", "Cụ thể, tại Nghị định". */
const REPORTED_LEAD = /^\W*(?:cu the,?\s+)?(?:theo|tai)\s+(?:\S+\s+){0,3}$/;

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
 * The site's licence, in a footer or beside the masthead: "Giấy phép hoạt động báo điện tử số
 * 571/GP-BTTTT cấp ngày …", "Giấy phép thiết lập trang thông tin điện tử số 06/GP-TTĐT".
 */
export function isSiteLicence(text: string, reference: DocumentReference): boolean {
  return (
    /\/GP-/.test(reference.symbol) &&
    /giay phep(?:\s+(?:hoat dong|thiet lap|cung cap|xuat ban)[^.;:]{0,60})?\s+(?:so\s*:?\s*)?$/.test(
      foldedBefore(text, reference),
    )
  );
}

function foldedBefore(text: string, reference: DocumentReference): string {
  const { from } = sentenceAround(text, reference.start, reference.end);
  return foldText(text.slice(Math.max(from, reference.start - 80), reference.start));
}

/**
 * The type words a reference is named by, folded ("Thông tư liên tịch", "Công điện khẩn"); a
 * law's name may stand between its type word and "số" ("Luật Đất đai số 31/2024/QH15").
 */
const TYPE_WORDS =
  '(?:nghi quyet|nghi dinh|quyet dinh|thong tu(?: lien tich)?|cong van|van ban|chi thi|ke hoach|thong bao(?: ket luan)?|cong dien(?: khan)?|bo luat|luat|phap lenh|ket luan|huong dan|to trinh|bao cao|quy dinh|quy che|chuong trinh|de an|thong cao)';
const NAMED_TYPE = `${TYPE_WORDS}(?:\\s+khan)?(?:(?:\\s+[^\\s,;.:]+){1,8}?\\s+so\\s*:?|\\s+so\\s*:?)?\\s*`;

/**
 * "… ban hành Công văn số 3944/…": the issuing verb a few words before the number; "(vừa) có|gửi
 * văn bản số …", "thông qua Nghị quyết số …" (a council's or the Quốc hội's), "yêu cầu … tại Công
 * văn số …".
 */
export function issuedInSentence(text: string, reference: DocumentReference): boolean {
  const before = foldedBefore(text, reference);
  return (
    // "ký" is signing; "ký hiệu" (symbol) is not.
    (/(?:ban hanh|ky(?! hieu)|phat hanh)\s+(?:\S+\s+){0,4}$/.test(before) || ISSUING_TYPE.test(before)) &&
    !/kem theo\s+(?:\S+\s+){0,4}$/.test(before)
  );
}

const ISSUING_TYPE = new RegExp(
  `(?:(?:^|\\s)(?:co|gui|ra)\\s+${NAMED_TYPE}|(?:^|\\s)thong qua\\s+(?:nghi quyet|luat)(?:(?:\\s+[^\\s,;.:]+){1,8}?\\s+so|\\s+so)?\\s*|(?:^|\\s)yeu cau\\s[^.;]*\\stai\\s+${NAMED_TYPE})$`,
);

/**
 * A reference the sentence cites rather than issues: a basis marker governs it, right before it
 * or before its type word ("theo Quyết định …", "căn cứ …", "trên cơ sở Nghị định số …",
 * "thực hiện Kế hoạch số …", "tại Công văn số …"), or it is joined by "và", "," or ";" to one that
 * is ("theo Nghị định A và Thông tư B"). A marker opening the sentence ("Tại kỳ họp …, HĐND
 * tỉnh đã thông qua Nghị quyết số …") governs nothing further on.
 */
function citedAsBasis(
  text: string,
  references: readonly DocumentReference[],
  reference: DocumentReference,
): boolean {
  const listed = basisOf(text, references);
  return (
    listed.has(reference) ||
    (!references.includes(reference) && BASIS_BEFORE.test(foldedBefore(text, reference)))
  );
}

/**
 * The references of `text` cited as a basis, read once per list in one pass (each joined to the
 * one before): asked reference by reference, a list of a thousand "và"-joined references took
 * seconds, each question going back to the list's start.
 */
function basisOf(text: string, references: readonly DocumentReference[]): ReadonlySet<DocumentReference> {
  const known = basisCache.get(references);
  if (known && known.length === references.length) return known.cited;
  const cited = new Set<DocumentReference>();
  references.forEach((reference, at) => {
    const previous = at > 0 ? references[at - 1] : undefined;
    const gap =
      previous && previous.end <= reference.start
        ? foldText(text.slice(previous.end, reference.start))
        : null;
    const joined =
      gap !== null &&
      gap.length <= 120 &&
      !/[.!?\n]/.test(gap) &&
      JOINED.test(gap) &&
      cited.has(previous as DocumentReference);
    if (joined || BASIS_BEFORE.test(foldedBefore(text, reference))) cited.add(reference);
  });
  basisCache.set(references, { length: references.length, cited });
  return cited;
}

const basisCache = new WeakMap<
  readonly DocumentReference[],
  { length: number; cited: ReadonlySet<DocumentReference> }
>();

const BASIS_BEFORE = new RegExp(
  `(?:^|[\\s,;("“])(?:can cu(?: vao)?|theo|thuc hien|tai|cua|thay the|tren co so|dua tren|trien khai|quan triet|cu the hoa|sua doi(?:,? bo sung)?|bai bo|thi hanh)\\s+(?:(?:nghiem tuc|nghiem|tot|dung|day du)\\s+)?(?:(?:(?:diem|khoan|dieu|muc|chuong|phu luc)\\s+[^\\s,;]+(?:\\s*,\\s*|\\s+va\\s+|\\s+)){1,5}(?:cua\\s+)?)?(?:cac\\s+)?(?:${NAMED_TYPE})?["“]?$`,
);
/** The words between two references of one list: the first's date and issuer, then "và", "," or ";". */
const JOINED = new RegExp(`^[^;]{0,80}?(?:,|;|\\s(?:va|hoac|cung))\\s*(?:${NAMED_TYPE})?$`);

/** "Trước đó, …": a document the report recalls as background, not the one it is about. */
function inBackground(text: string, reference: DocumentReference): boolean {
  const { from } = sentenceAround(text, reference.start, reference.end);
  return /^[\s"“(-]*truoc do\b/.test(foldText(text.slice(from, reference.start)));
}

/** Where a folded phrase starts in `text` between `from` and `to`, at a word start; or -1. */
function findFolded(
  text: string,
  phrase: string,
  from: number,
  to: number,
): { start: number; end: number } | null {
  const initial = phrase.charCodeAt(0);
  for (let i = from; i < to; i++) {
    if (foldCode(text.charCodeAt(i)) !== initial) continue;
    if (i > 0 && isSymbolLetter(foldCode(text.charCodeAt(i - 1)))) continue;
    const end = matchFoldedWord(text, i, phrase);
    if (end >= 0 && end <= to && !isSymbolLetter(foldCode(text.charCodeAt(end)))) return { start: i, end };
  }
  return null;
}

/**
 * The date of the first mention that gives one by the sentence's rules (sentenceDate, then a
 * later sentence dating the document): the primary's first. A mention cited as a basis or
 * recalled as background ("Trước đó, …") is another document's sentence and dates nothing.
 */
function mentionDate(
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
 * A news page's headline: the text's first line, written whole as the sentence (no full stop
 * ends it) with more text under it.
 */
function isFirstLineHeadline(text: string, sentence: Span): boolean {
  for (let i = 0; i < sentence.from; i++) if (!/\s/.test(text[i] as string)) return false;
  const next = text.charCodeAt(sentence.to);
  if (next !== 10 && next !== 13) return false;
  for (let i = sentence.to + 1; i < text.length; i++) if (!/\s/.test(text[i] as string)) return true;
  return false;
}

/** Whether the sentence's line, whole, is the page title's text (`titleLine`, folded). */
function isTitleLine(text: string, sentence: Span, titleLine: string | null): boolean {
  if (!titleLine) return false;
  const from = text.lastIndexOf('\n', sentence.from - 1) + 1;
  const end = text.indexOf('\n', sentence.to);
  return foldedLine(text.slice(from, end < 0 ? text.length : end)) === titleLine;
}

function foldedLine(line: string): string {
  return foldText(cleanPhrase(line)).replace(/\s+/g, ' ').trim();
}

/**
 * A subject as recorded: not what the sentence says of the document after it ("… được Chính phủ
 * ban hành ngày 30/12/2019", "được ký vào ngày …") nor a bracketed date closing it ("(12/01/2025)").
 */
function finishedSubject(subject: string | null): string | null {
  if (!subject) return subject;
  const nfc = subject.normalize('NFC');
  const described = DESCRIBED_AFTER.exec(nfc);
  let cut = described ? nfc.slice(0, described.index) : nfc;
  // A headline's "Thông báo 412/TB-VP: Khẩn trương …" leaves its colon before the subject (audit 20).
  cut = cleanPhrase(
    withoutTrailingDate(cut)
      .replace(/^[\s:–—-]+/u, '')
      .replace(AS_FOLLOWS, ''),
  );
  if (cut === cleanPhrase(nfc)) return subject;
  return cut || null;
}

/**
 * "(,) được <body> ban hành|ký (vào) ngày …", ", ký ngày …", "(ban hành tối 8/9/2024)", ", được
 * (HĐND tỉnh) thông qua …" (audit 58) after a subject.
 */
const DESCRIBED_AFTER =
  /(?<!\/[\p{Lu}\d-]{1,30}),\s*được\s+(?:[^,;.()]{1,40}?\s+)?thông qua(?:\s|$)|,?\s+được\s+(?:[^,;.()]{1,60}?\s+)?(?:ký\s+)?(?:ban hành|ký)\s+(?:vào\s+)?ngày(?:\s|$)|\s*[,(]\s*(?:ký(?:\s+ban hành)?|ban hành)(?:\s+vào)?(?:\s+lúc\s+[^,;()]{1,20}?)?\s+(?:ngày\s+\d|(?:sáng|trưa|chiều|tối|đêm)(?:\s+(?:nay|qua))?\s+\d|\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})/iu;
/**
 * The subject without a bracketed date closing it. Only its end is matched: the expression
 * backtracks over long runs of dots or commas ("……", ", , ,") when run over the whole phrase.
 */
function withoutTrailingDate(subject: string): string {
  const tail = Math.max(0, subject.length - TRAILING_DATE_SPAN);
  return subject.slice(0, tail) + subject.slice(tail).replace(TRAILING_BRACKETED_DATE, '');
}

const TRAILING_DATE_SPAN = 80;
/** "… năm học 2025-2026 như sau:", ", cụ thể như sau": what introduces the body, not the subject's (audit 22). */
const AS_FOLLOWS = /(?:,\s*)?(?:cụ thể\s+)?như\s+sau\s*:?\s*$/iu;
/** "(12/01/2025)", "(ngày 12/01/2025)" closing a subject. */
const TRAILING_BRACKETED_DATE =
  /[\s,;.:]*\(\s*(?:ngày\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\s*\)[\s,;.:]*$/iu;

/** "… về việc đẩy mạnh …" after the reference, to the end of its sentence. */
function subjectAfter(text: string, from: number, to: number, tense = false): string | null {
  const about = findFolded(text, 've viec', from, to);
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
function beforeNewClause(phrase: string, tense = false): string {
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
function fronted(text: string, from: number, start: number): boolean {
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

const CLOSING_QUOTE: Record<string, string> = { '"': '"', '“': '”', '«': '»', '‘': '’' };

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

/**
 * The subject right after the reference, its date and "của <issuer>": "Nghị định 30/2020/NĐ-CP
 * về công tác văn thư do Chính phủ ban hành …" → "về công tác văn thư" (a "về" phrase ends at
 * "do"/"của"); "… 1234/QĐ-UBND ngày 5/4/2024 phê duyệt quy hoạch chung …" → "phê duyệt quy
 * hoạch chung …" (a trích yếu's opening verb, SUBJECT_VERBS: to the sentence's end or a ";").
 */
const QUOTED_TITLE = /^\p{Lu}[^\r\n]{14,}$/u;
const MEETING_CONCLUSION =
  /^(?:kết luận|ý kiến(?:\s+chỉ đạo)?)\s+của\s[^.;\n]{3,80}?\s+tại\s+(?:cuộc họp|buổi làm việc|hội nghị|phiên họp|buổi kiểm tra)\s/u;
/** A sentence about a document's reception: "… được nhiều người quan tâm", "… gây chú ý". */
const TALKED_ABOUT =
  /(?:được|nhận được)\s+(?:(?:rất\s+)?nhiều\s+người|dư luận|người dân|cộng đồng|xã hội|bạn đọc)?\s*(?:đặc biệt\s+)?(?:quan tâm|chú ý)|gây\s+(?:chú ý|xôn xao|tranh cãi)/iu;
/** A quote's opening that is a body's words or a directive to a body, not a title. */
const QUOTED_WORDS =
  /^(?:(?:Giao\s+)?(?:Sở|Bộ|Ban|Văn phòng|Cục|Công an)\s+\p{Lu}|(?:Giao\s+)?(?:UBND|HĐND|Ủy ban|Uỷ ban|Tỉnh ủy|Thành ủy|Bộ trưởng|Chủ tịch|Thủ tướng|Giám đốc)\s|(?:Yêu cầu|Đề nghị|Chỉ đạo|Đồng ý|Thống nhất|Chúng)\s)/u;

function aboutPhraseAfter(text: string, from: number, to: number, tense = false): string | null {
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
  const content = quoted > 0 ? null : CONTENT_LEAD.exec(rest.slice(start));
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
function beforeNextItem(phrase: string, listing = false): string {
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

function withoutAddressees(phrase: string, tense = false): string {
  return beforeNewClause(
    beforeDocumentClause(cleanPhrase(phrase.slice(0, addresseeClause(phrase, 0, phrase.length)))),
    tense,
  );
}

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
  // The phrase must end on its line, as the sentence does; a list's next document ends it too.
  return line ? null : beforeNextItem(rest, true);
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
 * Where the addressees appended to a subject begin ("… năm học 2024-2025 gửi các sở giáo dục
 * và đào tạo", ", gửi Sở Y tế các tỉnh"): "gửi" after a word of the subject, then "các", "đến",
 * "tới" or a name in capitals; else `to`. "về việc gửi báo cáo", "đề nghị gửi …" keep theirs.
 */
function addresseeClause(text: string, from: number, to: number, atStart = false): number {
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
const SENT_TO = new RegExp(
  String.raw`^[\s,]*gửi\s+(?:(?!\s(?:nêu|cho biết|cho hay|nhấn mạnh|lưu ý|khẳng định|theo|được|phải|không|chỉ|cần|đã|sẽ|đang)\s)(?:[^\n.!?]|\.(?=\S))){2,160}?\s(?!cấp\s+(?:tỉnh|huyện|xã|trung ương|cơ sở|thành phố|quận|phường|có thẩm quyền)(?:\s|$)|quy định\s+(?:tại|theo|của|hiện hành|pháp luật)(?:\s|$))(?=(?:về|${SUBJECT_VERBS})[\s,])`,
  'u',
);

/** The reference's own date ("ngày 5/4/2024", "ngày 5 tháng 4 năm 2024") and a year after it. */
/** "V/v" (kept: the trích yếu's own opening), or "có|với nội dung|trích yếu (:)" (dropped: its group). */
const CONTENT_LEAD = /^[\s,]*(?:(?=v\/v\s)|(?:có|với)\s+(nội dung|trích yếu)\s*:?\s*)/iu;
/** How the content named after "có nội dung" opens when it is the trích yếu: "về …" or its verb. */
const CONTENT_OPENING = new RegExp(`^(?:về|${SUBJECT_VERBS})[\\s,]`, 'u');
const BRACKETED_TRICH_YEU = /^\s*\(\s*(?:V\s*\/\s*v|về việc)\s+([^()\n]{6,300})\)/iu;
const TAKES_EFFECT =
  /^\s*,\s*có hiệu lực(?:\s+thi hành)?\s+(?:kể\s+)?từ\s+ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\s*,\s*/u;
const BRACKETED_SIGNING =
  /^\s*\(\s*(?:(?:ký|ban hành)(?:\s+ban hành)?\s+)?(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\s*\)\s*,?/iu;
const PHRASE_LEAD =
  /^(?:\s*(?:,\s*)?ng\S{2,3}\s+[\d/.\-\s]+(?:th\S{3}\s+\d+\s+n\S{2}\s+\d{4})?\s*,?)?\s*(?:(?:năm\s+)?(?:19|20)\d{2}(?![\d/.-]|\s*[-–—]\s*(?:19|20)\d{2})\s+)?/u;
/**
 * "(,) được|do (<body>) (ký) ban hành|ký (vào) (ngày …)(,)" right after a number: the body issuing
 * it, in the passive, before the subject; the name opens in capitals (a body's, BODY_OPENING).
 */
const ISSUED_BY_CLAUSE =
  /^,?\s*(?:được|do)\s+(?:(\p{Lu}(?:(?!\s(?:tham mưu|trình|phối hợp|chủ trì|đề xuất|soạn thảo|xây dựng)\s)[^,;:()\n]){1,80}?)\s+)?(?:ký\s+)?(?:ban hành|ký(?!\s+kết))(?=[\s,.;]|$)(?:\s+vào)?(?:\s+ng\S{2,3}\s+[\d/.\-\s]*\d(?:\s+th\S{3}\s+\d+\s+n\S{2}\s+\d{4})?)?\s*,?\s*/u;
/**
 * A body's name after a comma in a list of joint issuers, up to their "về" phrase: a body's word,
 * then words in capitals each with two lower-case syllables at most, "và" and places ("Ban Bí
 * thư", "Bộ Kế hoạch và Đầu tư"); not a clause of its own ("…, Sở Y tế đã có văn bản …", "…, Sở
 * Nội vụ lưu ý …"; after two reviews of audit 21).
 */
const JOINT_BODY = `(?:Ban|Bộ|Ủy ban|UBND|HĐND|Thường trực|Văn phòng|Sở|Hội đồng|Đảng ủy|Tỉnh ủy|Thành ủy)(?:\\s+\\p{Ll}+){0,2}(?:\\s+(?:\\p{Lu}[\\p{L}&.-]*|và|tỉnh|huyện|thành phố|quận|xã|phường|thị xã)(?:\\s+(?!(?:${SUBJECT_VERBS})\\s)\\p{Ll}+){0,2}){0,8}`;
/** ", <body>" names after a "của <body>" that end before its "về" phrase. */
const JOINT_ISSUERS = new RegExp(`^(?:,\\s+${JOINT_BODY})+(?=\\s+về\\s)`, 'u');
/** "truyền đạt|thông báo" before the conclusion or the opinion a notice relays. */
const RELAY_LEAD = /^\s*(?:truyền đạt|thông báo)\s+(?=(?:ý kiến\s+)?kết luận\s|ý kiến chỉ đạo\s)/iu;
/** "nhằm" before a trích yếu's verb: the document's purpose, read as its subject. */
const PURPOSE_LEAD = new RegExp(`^nhằm\\s+(?=(?:${SUBJECT_VERBS})[\\s,])`, 'u');
// The verb after an issuer is written in lower case: "Thi đua - Khen thưởng" is part of a name.
// Joint issuers are listed with commas before a "về" phrase: "của Bộ Chính trị, Ban Bí thư về …"
// (audit 21); a body after a comma and its verb open a clause of their own.
const OF_ISSUER = new RegExp(
  `^,?\\s*của\\s+[^,;:()]{2,80}?(?:\\s+(?=(?:về|${SUBJECT_VERBS})[\\s,])|(?:,\\s+${JOINT_BODY})+\\s+(?=về[\\s,]))`,
  'u',
);
/**
 * The nouns a trích yếu opens with when the document states or plans rather than acts ("kết luận
 * của Phó Thủ tướng …", "kế hoạch thực hiện …"), written in lower case and followed by a word
 * that is no number ("số", "này", digits); the phrase ends as a verb phrase does.
 */
const SUBJECT_NOUN_PHRASE =
  /^((?:kết luận|ý kiến|chương trình|kế hoạch|quy chế)\s+(?!(?:số|này|trên|đó)(?:\s|$)|\d)\p{Ll}.+?)(?:,\s*(?:trong đó|theo đó|qua đó|đồng thời|nhằm|từ đó|tuy nhiên)\s|$)/u;

/**
 * The sentence's own predicate after a subject phrase ("Thông tư … quy định về đấu thầu thuốc …
 * đã tháo gỡ nhiều vướng mắc"): "đã", "sẽ", "đang" or "được" then a verb that opens a clause,
 * not one of the subject's ("được ban hành kèm theo", "đã được phê duyệt" stay).
 */
const OWN_PREDICATE = String.raw`\s+(?=(?:đã|sẽ|đang)\s+(?!được\s|(?!(?:${REPORTED_VERBS})\s)(?:${SUBJECT_VERBS})\s)\p{Ll}|được\s+(?:(?:${SUBJECT_VERBS})\s+)?(?:đánh giá|xem là|coi là|kỳ vọng|dư luận|nhiều)\s)`;

/**
 * A verb phrase ends at the sentence's end, a ";", a clause that comments on it (", trong đó …")
 * or "do <issuer> ban hành". "ban hành kèm theo …", "ban hành ngày …" describe the document,
 * they do not open its subject.
 */
const VERB_PHRASE = new RegExp(
  `^((?!ban hành\\s+(?:kèm|ngày|tại|theo|năm|từ|vào|lúc|sáng|trưa|chiều|tối|đêm|hôm)\\s)(?:${SUBJECT_VERBS})[\\s,].+?)(?:${OWN_PREDICATE}|,\\s*(?:trong đó|theo đó|qua đó|đồng thời|nhằm|từ đó|tuy nhiên)\\s|,?\\s+do\\s+[^,;]{2,60}?\\s+ban hành\\b|$)`,
  'iu',
);

/** Under a header: the "V/v …" line, or the title lines under the type name ("QUYẾT ĐỊNH"). */
function headerSubject(text: string, end: number): string | null {
  const lines = linesAfter(text, end, 12).map((line) => line.trim());
  const vv = lines.findIndex((line) => /^V\/v\b/i.test(line));
  if (vv >= 0)
    return cleanPhrase(
      vvLines(lines, vv)
        .join(' ')
        .replace(/^V\/v\.?\s*/i, 'V/v '),
    );
  // A metadata value ("Loại văn bản | Nghị định") is no type title: the line before it is a label.
  // Nor is a line of the body, which opens with "Căn cứ …" or a chapter or an article ("Chương I
  // / QUY ĐỊNH CHUNG" of a law, whose header names no type the titles know: audit 32).
  const bodyStart = lines.findIndex((line) => {
    const folded = unmarked(foldText(line));
    return TITLE_END.test(folded) || CHAPTER_OR_ARTICLE.test(folded);
  });
  const typeLine = (bodyStart < 0 ? lines : lines.slice(0, bodyStart)).findIndex(
    (line, i) =>
      (titleQualifier(line) !== null || titleOnTypeLine(line) !== null) &&
      !(i > 0 && isFieldLabel(lines[i - 1] as string)),
  );
  if (typeLine < 0) return null;
  // "QUYẾT ĐỊNH Phê duyệt Đề án …": the title opens on the type's line.
  const opening = titleOnTypeLine(lines[typeLine] as string);
  const title: string[] = opening ? [opening] : [];
  for (const line of lines.slice(typeLine + 1)) {
    if (line === '' || /^[-_*]+$/.test(line)) {
      if (title.length > 0) break;
      continue;
    }
    // A Party document names its issuer under the type: "CHỈ THỊ / CỦA BAN THƯỜNG VỤ TỈNH ỦY / về …".
    if (title.length === 0 && isCapitals(line) && /^cua\s/.test(foldText(line))) continue;
    if (line.includes('|') || TITLE_END.test(unmarked(foldText(line))) || isFieldLabel(line)) break;
    if (title.length > 0 && !continuesTitle(title, line)) break;
    title.push(line);
  }
  // A type's qualifier ("THÔNG BÁO TUYỂN DỤNG") opens the subject, in the case of the lines under it.
  const qualifier = titleQualifier(lines[typeLine] as string);
  if (qualifier)
    title.unshift(title.length > 0 && !isCapitals(title[0] as string) ? qualifier.toLowerCase() : qualifier);
  if (title.length === 0) return null;
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
function vvLines(lines: readonly string[], at: number): string[] {
  const taken = [lines[at] as string];
  for (const line of lines.slice(at + 1, at + MAX_VV_LINES)) {
    const folded = unmarked(foldText(line));
    if (
      line === '' ||
      /[.;:]$/.test(taken[taken.length - 1] as string) ||
      isCapitals(line) ||
      line.includes('|') ||
      isDatingLine(line) ||
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
 * "Hà Nội, ngày 31 tháng 8 năm 2023", "TP. Hồ Chí Minh ngày …", "ngày 5/4/2024": up to five
 * capitalised words of a place, then "ngày". A new word starts only after a space, so that a
 * run of capitals is read one way only (split every way, "AAAA…b" took exponential time); only
 * the line's opening is read.
 */
function isDatingLine(line: string): boolean {
  return DATING_LINE.test(line.slice(0, DATING_LINE_SPAN).normalize('NFC'));
}

const DATING_LINE = /^(?:\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,4}(?:\s*,)?\s*)?[Nn]gày(?:[\s\d.…]|$)/u;
/** A place of five words and "ngày" fit in far fewer characters. */
const DATING_LINE_SPAN = 160;

/** The body after a header's title: "Căn cứ …", "Xét đề nghị …", "Kính gửi: …". */
const TITLE_END = /^(?:can cu|xet|theo de nghi|kinh gui)\b/;
const CHAPTER_OR_ARTICLE = /^(?:chuong [ivxlc\d]+|dieu \d+)\b/;

/** A line without the list mark it opens with: Party documents bullet their "- Căn cứ …" lines. */
function unmarked(line: string): string {
  return line.replace(LEADING_MARK, '');
}

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
  if (opensBody(line) || OFFICE_OPENING.test(folded)) return false;
  if (isCapitals(title[0] as string)) return isCapitals(line);
  if (isCapitals(line) || title.length >= MAX_TITLE_LINES) return false;
  if (/[:.;]$/.test(title[title.length - 1] as string) || /:$/.test(line)) return false;
  return !BODY_TEXT.test(folded);
}

const MAX_TITLE_LINES = 3;
const OFFICE_OPENING =
  /^(?:giam doc|pho giam doc|bo truong|thu truong|chanh|truong ban|hieu truong|tong giam doc|tong cuc truong|cuc truong)\b/;
const BODY_TEXT =
  /^(?:thuc hien|theo|nham|de\b|tren co so|ngay\s*\d|hom nay|nay|trong|tai|sau|qua|hien nay|[ivx]+[.\s]|\d+[.)]|[a-z]\))/;

/**
 * A "Tóm tắt" or "Tiêu đề" field's value as the trích yếu: words of one, not a tab's or a
 * section's name ("Nội dung") nor a document's name ("Quyết định số 12/QĐ-UBND").
 */
function otherSubjectField(text: string, near: number): string | null {
  const value = metadataField(text, OTHER_SUBJECT_LABELS, near);
  return value && value.split(/\s+/).length > 3 && findReferences(value).length === 0 ? value : null;
}

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
function titleQualifier(line: string): string | null {
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

/** A title's first word in normal case ("Phê duyệt", "Về việc"), or "V/v". */
const TITLE_OPENING = /^(?:\p{Lu}\p{Ll}|V\s*\/\s*v\b)/u;

/**
 * What the page title says after the reference it names ("Quyết định 12/QĐ-UBND năm 2024 quy
 * định chế độ báo cáo" → "quy định chế độ báo cáo"), without a site name's tail (" - Báo Hà
 * Tĩnh", " | Cổng TTĐT …"). A title naming no reference is a headline or a site's page name
 * ("Văn bản đến"), not a trích yếu: null.
 */
function titleSubject(title: string | undefined, titleReferences: DocumentReference[]): string | null {
  const first = titleReferences[0];
  if (!title || !first) return null;
  const rest = withoutSiteName(title.slice(first.end)).normalize('NFC');
  // The reference's date, "năm 2024" and "của <issuer>" before the subject are not part of it.
  let start = PHRASE_LEAD.exec(rest)?.[0].length ?? 0;
  // "Công văn 4567/BGDĐT-GDTrH - Bộ Giáo dục và Đào tạo": a separator right after the symbol
  // (and its date) opens a tail, not a subject; "… - Về việc …" still opens one.
  if (
    /^\s*[-–—|](?:\s|$)/u.test(rest.slice(start)) &&
    !/^\s*[-–—|]\s*(?:về\s|v\s*\/\s*v\b)/iu.test(rest.slice(start))
  )
    return null;
  start +=
    /^\s*(?:(?:năm\s+)?(?:19|20)\d{2}(?![\d/.-]|\s*[-–—]\s*(?:19|20)\d{2}))?/u.exec(rest.slice(start))?.[0]
      .length ?? 0;
  start += OF_ISSUER.exec(rest.slice(start))?.[0].length ?? 0;
  const subject = rest.slice(start);
  const cleaned = cleanPhrase(subject.slice(0, addresseeClause(subject, 0, subject.length, true)));
  return cleaned || null;
}

/**
 * The body the page title names after the primary ("Công văn 3601/UBND-ĐT ngày 6/11/2023 của
 * UBND thành phố Hà Nội về …"), when the text names none: the title's first reference must be
 * the primary, and a site name's tail is dropped first.
 */
function titleIssuer(
  title: string | undefined,
  first: DocumentReference | undefined,
  primary: DocumentReference,
): string | null {
  if (!title || first?.key !== primary.key) return null;
  const named = withoutSiteName(title);
  return issuerAfterOf(named, first.end, named.length);
}

/**
 * " - Báo Hà Tĩnh", " | thuvienphapluat.vn", " - Bộ Giáo dục và Đào tạo": a last segment naming
 * a site (a portal is named by its body: Bộ, Sở, UBND, Ủy ban, Tỉnh ủy, Cổng …), dropped.
 */
function withoutSiteName(title: string): string {
  const tail = /(?<!\s)\s+[-–|]\s+([^-–|]{2,60})$/u.exec(title);
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

/** A header's or a field's name in capitals as a clerk writes it (issuer-names.ts); mixed case as written. */
function inNormalCase(body: string | null): string | null {
  return body ? bodyInNormalCase(body) : null;
}

/**
 * The issuer named on the header's first line ("ỦY BAN NHÂN DÂN | CỘNG HÒA …"); under the
 * Central Committee's header, the organ its type title names (`centralOrgan`).
 */
function headerIssuer(text: string, start: number, end: number): string | null {
  const issuer = headerLineIssuer(text, start);
  return issuer && foldText(issuer) === 'ban chap hanh trung uong'
    ? (centralOrgan(text, end) ?? issuer)
    : issuer;
}

/**
 * A central Party document's header always names the Central Committee ("BAN CHẤP HÀNH TRUNG
 * ƯƠNG / * / Số 45-CT/TW"), whichever organ issues it; the type title names that organ ("CHỈ
 * THỊ / CỦA BỘ CHÍNH TRỊ" → "BỘ CHÍNH TRỊ"; audit 17). One organ only: a joint title ("CỦA BỘ
 * CHÍNH TRỊ, BAN BÍ THƯ") keeps the Central Committee. (A Party committee's header, "TỈNH ỦY
 * QUẢNG NAM", names the issuer with its place: its "CỦA BAN THƯỜNG VỤ TỈNH ỦY" is not taken.)
 */
function centralOrgan(text: string, end: number): string | null {
  const lines = linesAfter(text, end, 8).map((line) => line.trim());
  const typeLine = lines.findIndex((line) => titleQualifier(line) !== null);
  const organ = typeLine < 0 ? null : /^CỦA\s+(.+)$/u.exec((lines[typeLine + 1] ?? '').normalize('NFC'))?.[1];
  return organ && isCapitals(organ) && !/,|\sVÀ\s/u.test(organ) ? cleanPhrase(organ) : null;
}

/** The issuer named on the header's first line ("ỦY BAN NHÂN DÂN | CỘNG HÒA …"). */
function headerLineIssuer(text: string, start: number): string | null {
  const lines = linesBefore(text, start + 1, 8);
  // The header's own line may hold the issuer too: "CHÍNH PHỦ - CỘNG HÒA … - Số: 160/…",
  // "BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 367 - …".
  const current = text
    .slice(text.lastIndexOf('\n', start - 1) + 1, start)
    // "Số" as written in NFD too: its regular expression spells the letter composed.
    .normalize('NFC')
    .replace(/(?<![\s*|\-–])[\s*|\-–]*S[ốỐ]\s*(?::\s*)?$/u, '')
    .replace(/(?<![\s*|\-–])[\s*|\-–]+$/, '');
  if (
    current &&
    current === current.toUpperCase() &&
    !foldText(current).includes('cong h') &&
    /\p{L}{2}/u.test(current)
  ) {
    return cleanPhrase(current);
  }
  const rows = [current, ...lines];
  for (let k = 0; k < rows.length; k++) {
    const line = rows[k] as string;
    // Found in the line as written: folding an NFD line drops its marks, and with them offsets.
    const republic =
      (
        findFolded(line, 'cong hoa', 0, line.length) ??
        findFolded(line, 'dang cong san viet nam', 0, line.length)
      )?.start ?? -1;
    if (republic > 0) {
      const cell = cleanPhrase(line.slice(0, republic).replace(/(?<![|\-–])[|\-–]+\s*$/, ''));
      if (!cell || /^(?:so|doc lap)/.test(foldText(cell))) continue;
      // The rows under it, down to the "Số:" row, may continue or follow the name in their
      // first cell ("THÀNH PHỐ HÀ NỘI | Độc lập - Tự do - Hạnh phúc").
      const block = [cell];
      for (let below = k - 1; below >= 1 && block.length < MAX_ISSUER_LINES; below--) {
        const next = cleanPhrase(
          (rows[below] as string)
            .replace(/\|.*$/, '')
            .normalize('NFC')
            .replace(/\s*Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc.*$/u, ''),
        );
        if (!next || /^[-_*=\s]+$/.test(next) || isRepublicOrNumberLine(next) || !isCapitals(next)) break;
        block.push(next);
      }
      return bodyOfBlock(block) ?? cell;
    }
  }
  // The issuer block: the capital lines nearest above "Số:", joined (HEADER_BODY).
  // A pdf text layer reads the two columns row by row: the Quốc hiệu and Tiêu ngữ lines stand
  // between the issuer's ("ỦY BAN NHÂN DÂN / CỘNG HÒA … / TỈNH BÌNH ĐỊNH / Độc lập …") and
  // are passed over, like rules and blank lines, until a line opens the body's name.
  const block: string[] = [];
  for (const line of lines) {
    const trimmed = cleanPhrase(line.replace(/\|.*$/, ''));
    const passed = !trimmed || /^[-_*=\s]+$/.test(trimmed) || isRepublicLine(trimmed);
    const skipped = passed || isRepublicOrNumberLine(trimmed);
    if (block.length === 0) {
      if (skipped) continue;
      if (isCapitals(trimmed)) block.push(trimmed);
      else continue;
      if (opensBody(trimmed) && !isBareUnit(trimmed) && !BARE_COMMITTEE.test(foldText(trimmed))) break;
      continue;
    }
    if (passed) continue;
    if (skipped || !isCapitals(trimmed) || block.length >= MAX_ISSUER_LINES) break;
    block.unshift(trimmed);
    if (opensBody(trimmed)) break;
  }
  if (block.length === 0) return null;
  // No line opens a body name: only the lowest line is surely the issuer's.
  return bodyOfBlock(block) ?? (block[block.length - 1] as string);
}

/** The issuer of a header block's lines, top to bottom: from the lowest line that opens a body's name. */
function bodyOfBlock(block: readonly string[]): string | null {
  for (let i = block.length - 1; i >= 0; i--) {
    if (!opensBody(block[i] as string)) continue;
    // A dependent unit keeps its parent: "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH / VĂN PHÒNG" → "VĂN
    // PHÒNG ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH".
    if (isBareUnit(block[i] as string)) {
      for (let j = i - 1; j >= 0; j--) {
        if (opensBody(block[j] as string)) return [...block.slice(i), ...block.slice(j, i)].join(' ');
      }
    }
    return committeeWithPlace(block, i) ?? block.slice(i).join(' ');
  }
  return null;
}

/**
 * A Party committee named without its place, under its organisation's line (HD 36-HD/VPTW): "ĐẢNG
 * BỘ TỈNH LÂM ĐỒNG / TỈNH ỦY" → "TỈNH ỦY LÂM ĐỒNG", "ĐẢNG BỘ XÃ AN BÌNH / ĐẢNG ỦY" → "ĐẢNG ỦY XÃ AN
 * BÌNH" (audit 19); null for any other line.
 */
function committeeWithPlace(block: readonly string[], at: number): string | null {
  const committee = (block[at] as string).normalize('NFC');
  if (at === 0 || !BARE_COMMITTEE.test(foldText(committee))) return null;
  const organisation = PARTY_ORGANISATION.exec((block[at - 1] as string).normalize('NFC'));
  if (!organisation) return null;
  const [, kind, place] = organisation;
  return /^ĐẢNG/u.test(committee) ? `${committee} ${kind} ${place}` : `${committee} ${place}`;
}

const BARE_COMMITTEE = /^(?:tinh|thanh|huyen|quan|thi|dang) uy$/;
const PARTY_ORGANISATION = /^ĐẢNG BỘ\s+(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\s+(.+)$/u;

/** A unit named only by its kind ("VĂN PHÒNG", "BAN", "PHÒNG"): the body above it is its parent's. */
function isBareUnit(line: string): boolean {
  return /^(?:van phong|ban|phong)$/.test(foldText(line));
}

/**
 * HEADER_BODY. A header's issuer block is the governing body's line, then the issuer's (ND
 * 30/2020, Phụ lục I: "UBND TỈNH QUẢNG NAM" over "SỞ NỘI VỤ"; "BỘ Y TẾ" over "CỤC QUẢN LÝ
 * DƯỢC"): the issuer is the lowest line that opens a body's name ("SỞ", "CỤC", "ỦY BAN NHÂN
 * DÂN", …), with the lines under it that continue that name ("ỦY BAN NHÂN DÂN" over "THÀNH PHỐ
 * HÀ NỘI", one name broken over two lines).
 */
const MAX_ISSUER_LINES = 3;

function isCapitals(line: string): boolean {
  return line === line.toUpperCase() && /\p{L}/u.test(line);
}

function isRepublicOrNumberLine(line: string): boolean {
  const folded = foldText(line);
  return folded.startsWith('cong hoa') || folded.startsWith('doc lap') || /^so\s*(?:[:.\d]|$)/.test(folded);
}

/** The Quốc hiệu, the Tiêu ngữ or the Party's "ĐẢNG CỘNG SẢN VIỆT NAM", beside the issuer's lines. */
function isRepublicLine(line: string): boolean {
  return /^(?:cong hoa xa hoi|doc lap\s*[-–]\s*tu do|dang cong san viet nam)/.test(foldText(line));
}

/** Whether a header line opens a body's name, rather than continuing one ("TỈNH QUẢNG NAM"). */
function opensBody(line: string): boolean {
  const folded = foldText(line);
  if (
    /^(?:tinh|thanh|huyen|quan|thi|xa|phuong|dang) uy\b/.test(folded) &&
    !/^\S+\s+(?:ủy|uỷ)(?!\p{L})/iu.test(line.normalize('NFC'))
  )
    return false;
  return BODY_OPENING.test(folded);
}

/**
 * The body named before the verb that issues the reference: "… (đã|vừa) (ký) ban hành …", or
 * "… (đã|vừa) ký|có|gửi <type word or "văn bản"> (số) …" ("UBND tỉnh Đắk Lắk vừa có Công văn số
 * 3944/…", "Chủ tịch UBND tỉnh Lê Văn Dũng đã ký Quyết định số …").
 */
const VERB_PREFIX =
  /(?:^|[,;:]\s*)([^,;:]{2,80}?)\s+(?:cũng\s+)?(?:đã\s+|vừa\s+|mới\s+|chính thức\s+)?(?:(?:ký\s+)?ban hành\s+\S*(?:\s+\S+){0,4}|thông qua\s+(?:nghị quyết|luật)(?:\s+\S+){0,2}|(?:ký|có|gửi|phát đi)\s+(?:văn bản|công văn|quyết định|chỉ thị|thông báo|kế hoạch|công điện|tờ trình|báo cáo|hướng dẫn|nghị quyết|thông tư|nghị định|kết luận|quy định|chương trình)(?:\s+\S+){0,2}?(?:\s+số)?)\s*$/iu;

/**
 * The signer's office before a body ("Chủ tịch UBND tỉnh", "Bộ trưởng Bộ Y tế"): the body
 * issues, not the office, unless the symbol says the office issues in its own name (bodyOfSigner).
 */
const SIGNER_OFFICE =
  /^(?:đồng chí\s+)?(?:phó\s+)?(?:tổng bí thư|chủ tịch nước|chủ tịch|thủ tướng|thống đốc|bộ trưởng|thứ trưởng|giám đốc|tổng giám đốc|bí thư|trưởng ban|chánh văn phòng|tổng cục trưởng|cục trưởng|chủ nhiệm|viện trưởng|chánh án|hiệu trưởng)\s+/iu;
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
 * A date opening the body's clause: "Ngày 27/8 UBND …", or the date of a dateline with its dash
 * ("Hà Tĩnh, ngày 16/9/2024 - UBND tỉnh …", "Hà Tĩnh, 16/9/2024 (TTXVN) - UBND tỉnh …").
 */
const DATE_LEAD =
  /^(?:(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?\s*(?:\([^)]{1,30}\)\s*)?[-–—]\s+|(?:đêm|ngày|sáng|chiều|tối)\s+[\d/.-]+\s*)/iu;

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
function issuerBeforeVerb(text: string, from: number, start: number, issuer: string | null): string | null {
  // The body (80 characters at most) and its verb stand right before the number.
  const before = text.slice(Math.max(from, start - VERB_PREFIX_REACH), start).normalize('NFC');
  const match = VERB_PREFIX.exec(before);
  if (!match) return null;
  const behalf = ON_BEHALF_OF.exec(
    before.slice(0, match.index + match[0].length - (match[1] as string).length),
  );
  if (behalf) return cleanPhrase(behalf[1] as string);
  const named = withNameBeforeComma(before, match, (match[1] as string).replace(SOURCE_TAG, ''));
  // Only at the sentence's very start is a bracketed tag without a dash a source's.
  const opensSentence = match.index === 0 && start - VERB_PREFIX_REACH <= from;
  const body = cleanPhrase(
    (opensSentence ? withoutDateline(named.replace(BRACKETED_SOURCE_TAG, '')) : named)
      .replace(DATE_LEAD, '')
      .replace(BRACKETED_DATE, ' ')
      .replace(REPORTING_VERB, '')
      // An auxiliary opening the sentence is no body ("Đã có Nghị định 147/2024/NĐ-CP …").
      .replace(LEADING_AUXILIARY, '')
      // Its abbreviation in brackets: "Ngân hàng Nhà nước Việt Nam (NHNN)", "Sở Tài nguyên và Môi
      // trường (TN&MT) TP Hà Nội" (audit 20).
      .replace(BRACKETED_ABBREVIATION, ' '),
  );
  return body && !/^\d|\d{1,2}\s*\/\s*\d{1,2}/.test(body)
    ? bodyOfSigner(issuingPart(reportedBody(body), issuer), issuer)
    : null;
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
  const at = match.index + match[0].indexOf(match[1] as string);
  const head = NAME_BEFORE_COMMA.exec(before.slice(0, at))?.[1];
  if (!head) return named;
  const [folded, rest] = [foldText(head), foldText(named)];
  return BODY_OPENING.test(folded) &&
    COMMA_NAMES.some(([end, goesOn]) => folded.endsWith(end) && rest.startsWith(goesOn))
    ? `${head}, ${named}`
    : named;
}
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
 * described in up to three comma segments ("Thay mặt Bộ Chính trị, đồng chí Trần Cẩm Tú,
 * Thường trực Ban Bí thư đã ký …": a name, then an office).
 */
const ON_BEHALF_OF =
  /(?:^|[\s,;:])(?:thay mặt|t\/m)\s+([^,;:]{2,80}?)\s*,(?:\s*[^,;:]{1,60},){0,2}\s*[^,;:]*$/iu;
/** "hôm qua (11/3/2024)", "(12/4)": a date in brackets, with the day word before it. */
const BRACKETED_DATE =
  /\s*(?:(?:hôm nay|hôm qua|sáng nay|chiều nay|tối nay|sáng|chiều|tối|ngày)\s*)?\(\s*\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\s*\)\s*/giu;
/** Auxiliaries before the verb, opening a candidate: "Đã", "Vừa", "Mới", "Sẽ", "Đang". */
const LEADING_AUXILIARY = /^\s*(?:(?:đã|vừa|mới|sẽ|đang)(?:\s+|$))+/iu;
/** A reporter's verb and the adverbs between the body and the issuing verb. */
const REPORTING_VERB =
  /(?:\s+(?:cho biết|cho hay|thông tin|thông báo|vừa|đã|mới|hôm nay|hôm qua|chính thức)(?=\s|$))+\s*$/iu;

/**
 * A place's name and no body's ("Hà Nội", "TP HCM", "tỉnh Quảng Nam", "TP.HCM"): one to four
 * words in title case, or HCM, after an optional kind of place; no body noun (BODY_OPENING) and no
 * abbreviation in capitals ("NHNN", "EVN" name bodies).
 */
function isBarePlace(name: string): boolean {
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
function issuerInSignerClause(text: string, end: number, to: number, issuer: string | null): string | null {
  const rest = text.slice(end, Math.min(to, end + 240)).normalize('NFC');
  const clause = SIGNER_CLAUSE.exec(rest);
  if (!clause || findReferences(rest.slice(0, clause.index)).length > 0) return null;
  const signer = cleanPhrase(clause[1] as string);
  if (!SIGNER_OFFICE.test(signer)) return null;
  const body = bodyOfSigner(signer, issuer);
  return body && BODY_OPENING.test(foldText(body)) ? body : null;
}

/**
 * The body a passive clause right after the number names: "… 68/KH-UBND được UBND huyện Kỳ Anh
 * ban hành ngày …" → "UBND huyện Kỳ Anh" (audit 19). A signer's office there is
 * `issuerInSignerClause`'s.
 */
function issuerInIssuingClause(text: string, end: number, to: number): string | null {
  const rest = text.slice(end, Math.min(to, end + 160)).normalize('NFC');
  const lead = PHRASE_LEAD.exec(rest);
  const clause = ISSUED_BY_CLAUSE.exec(rest.slice(lead ? lead[0].length : 0));
  const name = clause?.[1] === undefined ? null : cleanPhrase(clause[1]);
  return name && BODY_OPENING.test(foldText(name)) && !SIGNER_OFFICE.test(name) ? name : null;
}

/** "(,) do <signer> ký": the signer's words, with no mark between. */
const SIGNER_CLAUSE = /(?:^|[\s,])do\s+([^,;.()\n]{3,120}?)\s+ký(?=[\s,.;)]|$)/u;

/** "… 04/2022/QĐ-TTg ngày 18/2/2022 của Thủ tướng Chính phủ về …" → "Thủ tướng Chính phủ". */
function issuerAfterOf(text: string, end: number, to: number): string | null {
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
 * "(ngày …) của <body>", "ký ngày … của <body>" (audit 45; not "của năm nay", "của đồng chí
 * …", a signer: review 19) up to "về", "v/v", another reference joined by "và|hoặc", a mark or the
 * end (in any case: a title in capitals, "… CỦA BỘ CHÍNH TRỊ VÀ CHỈ THỊ SỐ …"). A dot inside
 * the name is no mark: "TP.HCM", "T.Ư", "Q.1" (a letter or digit right after it), "TP. Hồ Chí
 * Minh", "Q. 1" (isAbbreviationDot).
 */
const OF_BODY =
  /^(?:[\s,]*(?:(?:được\s+)?ký(?:\s+ban\s+hành)?\s+)?ng\S{2,3}\s*[^a-zA-ZÀ-ỹ]*(?:th\S{3}\s+\d+\s+n\S{2}\s+\d{4})?)?\s*của\s+(?!(?:năm|tháng|đồng\s+chí|ông|bà)\s)(.+?)(?=\s+(?:về|quy định|hướng dẫn|ban hành|phê duyệt|v\/v|gửi|yêu cầu|được)(?:\s|$)|\s+(?:và|hoặc)\s+[^,;]{0,40}?\d\s*[/-]\s*\p{L}|[,;]|\((?!\p{Lu}[\p{Lu}\d&.-]*\)(?:\s|$))|\.(?![\p{L}\d]|(?<=(?:^|[\s(])(?:TP|Tp|TX)\.)[ \t]+[\p{Lu}\d]|(?<=(?:^|[\s(])[QP]\.)[ \t]+\d)|$)/iu;
/**
 * A verb a trích yếu opens with (SUBJECT_VERBS) after the body's name, in lower case: "Bộ Tài
 * chính sửa đổi, bổ sung …" ends before "sửa đổi"; "Thi đua - Khen thưởng", "Ban Tổ chức" are
 * names, and "UBND cấp tỉnh" names no verb.
 */
const VERB_AFTER_BODY = new RegExp(
  String.raw`\s+(?!cấp\s+(?:tỉnh|huyện|xã|trung ương|cơ sở|thành phố|quận|phường|có thẩm quyền)(?:\s|$))(?:${SUBJECT_VERBS})(?=[\s,]|$)`,
  'u',
);

/** "gửi các sở, ban, ngành; UBND các huyện … về việc" → one entry per ";"-separated group. */
function addressees(text: string, end: number, to: number): string[] {
  const send = findFolded(text, 'gui', end, to);
  if (send) {
    const about = findFolded(text, 've viec', send.end, to);
    const list = text.slice(send.end, about ? about.start : to).replace(/^\s*:?\s*/, '');
    return splitAddressees(list);
  }
  const respectfully = findFolded(text, 'kinh gui', 0, text.length);
  if (!respectfully) return [];
  return splitAddressees(respectfullyList(text.slice(respectfully.end, respectfully.end + 600)));
}

/**
 * The list under "Kính gửi:", as far as it goes: the rest of its line, then the lines that are
 * list items ("- Sở Nội vụ;") or continue an item that ended with ";" or ","; it ends at the
 * first other line (the body: "Thực hiện chỉ đạo …"), after an item ending with ".", or at a
 * blank line that no ";" carries over. Lines are joined with ";" (one addressee a line).
 */
function respectfullyList(block: string): string {
  const lines: string[] = [];
  let blank = false;
  for (const raw of block.replace(/^[ \t]*:?[ \t]*/, '').split('\n')) {
    const line = raw.trim();
    if (line === '') {
      if (lines.length > 0) blank = true;
      continue;
    }
    if (lines.length > 0) {
      const previous = lines[lines.length - 1] as string;
      const carried = /[;,]$/.test(previous);
      const item = LIST_ITEM.test(line);
      if (
        blank ? !carried && !(item && LIST_ITEM.test(previous)) : !carried && !item && !opensAddressee(line)
      )
        break;
    }
    lines.push(line);
    if (/\.$/.test(line) && !/(?:^|\s)(?:TP|Tp|tp|Q|P|TX|TT)\.$/.test(line)) break;
    blank = false;
  }
  return lines.join(';');
}

/** A list item's marker: a dash, bullet or plus, or a number or letter ("1.", "a)"). */
const LIST_ITEM = /^(?:[-–•+*]|\d{1,2}[.)]\s|[a-zđ]\)\s)/u;

/** A short line naming a body, an office or "các …", in a list written without markers. */
function opensAddressee(line: string): boolean {
  if (line.length > 120 || /[:.]$/.test(line)) return false;
  const folded = foldText(line);
  return (
    BODY_OPENING.test(folded) ||
    /^(?:cac|quy|ong|ba|giam doc|truong|chanh|thu truong|bo truong|chu tich|pho|thu tuong|ban giam hieu|ban thuong vu)\b/.test(
      folded,
    )
  );
}

function splitAddressees(list: string): string[] {
  return list
    .split(/;|\n/)
    .map((part) => cleanPhrase(part.replace(/^\s*[-–•+]\s*/, '')))
    .filter((part) => part.length > 1);
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
  const before = firstDate(text, sentence.from, primary.start, cited);
  if (before?.iso) return before.iso;
  const after = firstDate(text, primary.end, sentence.to);
  const between = after ? foldText(text.slice(primary.end, after.start)) : '';
  const issuedAfter =
    after?.iso &&
    (/ban hanh\s*$/.test(between) ||
      // "… 1287/UBND-KTN do Phó chủ tịch Trần Anh Tuấn ký ngày 12/3/2025 …", "…, được Chủ tịch
      // UBND tỉnh ký ban hành vào ngày …": the signing of the document the sentence names, when no
      // other reference stands between (audit 16).
      (SIGNED_BEFORE_DATE.test(between) &&
        !references.some((r) => r !== primary && r.start >= primary.end && r.start < after.start)));
  if (issuedAfter) return after.iso;
  // The document's own year when its symbol has one ("Chiều 30/6, Chính phủ ban hành Nghị định
  // 73/2024/NĐ-CP" under a cited "Nghị định 24/2023/NĐ-CP": audit 49), else the text's first.
  // That first year may be a cited symbol's (a circular of last year) or an era's; the text's
  // other years are no better guesses (review 20: "Luật Nhà ở năm 2023", "giai đoạn 2021-2025").
  const year = primary.year !== null ? String(primary.year) : /\b(?:19|20)\d{2}\b/.exec(text)?.[0];
  const signed = signingDateAfter(text, sentence, primary, references);
  if (signed) return signed;
  const own = after && after.start <= primary.end + 3 ? yearlessDate(text, after.start, sentence.to) : null;
  // "Kế hoạch số 45/KH-BCĐ389 ngày 30/12" under a dateline of 02/01/2025: the year before (audit
  // 46), across the New Year only (a day of November or December under a date of January or
  // February): a full date above may be a cited document's or an earlier event's, of the same
  // year ("Thực hiện Công điện số 05/CĐ-TTg ngày 20/1/2025 …, ngày 3/2, UBND tỉnh ban hành …";
  // review 19). One after the reference is never the page's.
  const yearOf = (month: number): number | null => {
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
  const timed = TIME_OF_DAY_DATE.exec(text.slice(sentence.from, primary.start).normalize('NFC'));
  if (timed) {
    const iso = isoDate(Number(timed[3]), Number(timed[2]), Number(timed[1]));
    if (iso) return iso;
  }
  // "NHNN hôm nay (12/4/2024) đã có Công văn …", "Hôm qua (11/3), UBND TP.HCM …".
  const lead = foldText(text.slice(sentence.from, primary.start));
  const today = TODAY_DATE.exec(lead);
  // "Chiều nay (5/9), UBND tỉnh … ban hành Công điện …": a time of day names the document's day
  // only when the sentence issues it then, not an event's ("Chiều qua (10/9), Phó Chủ tịch … kiểm
  // tra … theo Công điện …"; review 22); its year is the text's, the year before across the New
  // Year ("Tối qua (31/12)" under 01/01/2025).
  if (today && (today[1] === 'hom' || ISSUED_TODAY.test(lead))) {
    if (today[4]) return isoDate(Number(today[4]), Number(today[3]), Number(today[2]));
    const day = dated({ day: Number(today[2]), month: Number(today[3]) });
    if (day) return day;
  }
  const partial = yearlessDate(text, sentence.from, primary.start);
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

const FULL_DATE = /(?<![\d/.-])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})(?![\d/-])/;
const NAMED_YEAR = /(?:^|[\s,(])[Nn]ăm\s+((?:19|20)\d{2})(?!\d)/u;

/** "lúc 10h", "lúc 10 giờ 30 phút" between an issuing verb and its date, folded (audit 20). */
const TIME_OF_SIGNING = String.raw`(?:\s+luc\s+\d{1,2}\s*(?:h|gio)(?:\s*\d{1,2}(?:\s*phut)?)?)?`;
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
  const month = ENGLISH_MONTHS.indexOf(((match[2] ?? match[3]) as string).slice(0, 3).toLowerCase());
  const year = match[5] ?? /\b(?:19|20)\d{2}\b/.exec(text)?.[0];
  if (month < 0 || month % 3 !== 0 || !year) return null;
  return isoDate(Number(year), month / 3 + 1, Number(match[1] ?? match[4]));
}

const ENGLISH_MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';
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
/** "hôm nay (12/4/2024)", "hôm qua (11/3)", "chiều nay (5/9)", folded; a yearless one takes the article's year. */
const TODAY_DATE =
  /(?:^|[\s,(-])(hom|sang|trua|chieu|toi|dem) (?:nay|qua)\s*\(\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?\s*\)/;
/**
 * A dateline (a place, a comma, the date, the agency in brackets, a dash) opening a sentence that
 * goes on "Chiều nay", "Hôm nay": the day it names is the dateline's, folded. Other openings
 * ("… - UBND tỉnh vừa ban hành …") may report a document of days before.
 */
const DATELINE_TODAY =
  /^\W*[a-z][a-z. ]{1,30},\s*(?:ngay\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?![\d/])\s*(?:\([^)]{1,30}\)\s*)?[-–—]\s*(?:sang|chieu|toi|trua|dem|hom)\s+nay\b/;
/** Day, then month and year ("5/9/2024", "5 tháng 9 năm 2024") or a month alone ("5/9"), folded. */
const LATER_DATE = String.raw`(\d{1,2})(?:\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?![\d/.-]*\d)|\s+thang\s+(\d{1,2}),?\s+nam\s+(\d{4})(?!\d))`;

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

function yearlessDate(text: string, from: number, to: number): { day: number; month: number } | null {
  const folded = foldText(text.slice(from, to));
  // "Hôm 27/8, …" opening the sentence; "hôm" further on is an event's ("cuộc họp hôm 27/8").
  const match =
    // "Ngày 12.11" too, a month of one or two digits after the dot (audit 35).
    /(?:ngay|dem|sang|chieu|toi|trua)\s*(\d{1,2})\s*(?:[/-]|\.(?=\s*\d{1,2}(?![\d/.]|\.\d)))\s*(\d{1,2})(?![/\d]|\.\d)/.exec(
      folded,
    ) ?? HOM_LEAD.exec(folded);
  return match ? { day: Number(match[1]), month: Number(match[2]) } : null;
}

/**
 * A law's trích yếu is its name: from the enacting clause that ends every law's preamble ("Quốc
 * hội ban hành Luật Thủ đô."), or the page title's name before its number ("Luật Thủ đô số
 * 39/2024/QH15"; audit 36).
 */
function lawName(
  text: string,
  title: string | undefined,
  primary: DocumentReference,
  header: HeaderKind,
): string | null {
  if (!/^QH\d/.test(primary.issuer ?? '') || primary.typeCode) return null;
  // The clause on a line of its own, under the law's own header (not prose: "Năm 2013, Quốc hội
  // ban hành Luật Đất đai với …"; review 13).
  const enacting =
    header === 'header' ? ENACTING_CLAUSE.exec(text.slice(primary.end).normalize('NFC')) : null;
  if (enacting) return enacting[1] as string;
  // The name right before the number: "Luật Thủ đô số 39/2024/QH15", not "… theo Luật số …".
  const named = title
    ? new RegExp(`((?:Bộ )?[Ll]uật (?!số)[^\\n]{2,150}?)\\s+(?:số:?\\s*)?${primary.number}/`, 'u').exec(
        title.normalize('NFC'),
      )
    : null;
  // "… theo Luật số 43/2024/QH15": a name ending in "Luật" is none (an amending law's, "Luật sửa
  // đổi … của Luật Đất đai, Luật Nhà ở", is whole: review 14).
  return named && !/\s[Ll]uật$/u.test(named[1] as string) ? (named[1] as string) : null;
}
const ENACTING_CLAUSE =
  /(?:^|\n)[ \t]*Quốc hội ban hành ((?:Bộ )?[Ll]uật [^.;\n]{2,150})\.[ \t]*(?:\r?\n|$)/u;
