/**
 * A frame's report read into the page the popup shows: its primary dispatch from the main text
 * and title, and the rows of listings that name their documents instead of giving a symbol
 * column. `extractDispatch` runs here, in the background, not in the content script: the
 * content script runs in every frame of every page and has a size budget (DESIGN.md §6), and
 * the primary dispatch is needed only for the popup.
 * @module
 */
import {
  type DispatchDraft,
  type DocumentReference,
  extractDispatch,
  findReferences,
} from '../../shared/references';
import { typeCodeOf } from '../../shared/references/codes';
import { opensWithReference, TYPE_WORDS } from '../../shared/references/context';
import { englishDate } from '../../shared/references/english-date';
import { foldText } from '../../shared/references/fold';
import { isCapitals } from '../../shared/references/header-lines';
import { titleQualifier } from '../../shared/references/header-subject';
import { BODY_OPENING, bodyHeading, issuerName } from '../../shared/references/issuer-names';
import { citedAsBasis, isSiteLicence, issuedInSentence } from '../../shared/references/mention-role';
import { documentHeaderKind } from '../../shared/references/metadata-fields';
import { joinSplitSymbols } from '../../shared/references/split-symbol';
import { sentenceAround } from '../../shared/references/text-spans';
import { parseListingDate } from '../content/listing-date';
import type { ListingRow, PageReport, PageScan, ReportedRow } from '../lib/page-scan';
import { isLinkLabelsOnly, withCardFields } from './card-fields';
import { aboutNoDocument, answersStart, noDocumentPage } from './no-document-pages';
import { completeReference } from './reference-completion';

export function readPageReport(reported: PageReport): PageScan {
  const report = { ...reported, mainText: joinSplitSymbols(reported.mainText) };
  const { url, title, mainText } = report;
  const draft = extractDispatch(mainText, { url, title });
  const inHeader = draft !== null && inDocumentHeader(mainText, draft.reference);
  // A sidebar's box of documents makes no listing page, and beside the page's own dispatch it
  // is the portal's chrome (content/page-detector.ts marks it).
  const ownRows = report.rows.filter((row) => !row.aside);
  // Read at most once: whether the main text holds paragraphs, which two questions below ask.
  let prose: boolean | undefined;
  const isProse = () => (prose ??= hasProse(mainText));
  const primary = draft !== null && isPagesOwn(draft, inHeader, report, ownRows, isProse) ? draft : null;
  // Beside an article about its dispatch, a box of documents is the site's unless it dates and
  // describes each one (a legal-news page's list of the texts it reports on, or of those the
  // dispatch asks to carry out: review 19, where leaving out such cards lost them).
  const article = primary !== null && !inHeader && isProse();
  // Beside a document its page heads with its header or metadata block, a box of other
  // documents by their linked names ("Văn bản liên quan", "Văn bản mới", "Văn bản cùng lĩnh
  // vực": card rows, which carry their name) is the portal's, no listing of the page: only a
  // table with a column of symbols is one (the audits' writers, 21 pages against 12, and every
  // page since audit 39). Their references stay among the page's, and the box's own line for the
  // page's document still fills in what the text does not give.
  const boxed = primary && inHeader ? ownRows.filter((row) => row.name !== undefined) : [];
  // Beside a news report about its dispatch, a box headed as related documents ("Văn bản liên
  // quan", "Tin liên quan") is the portal's (audit 120): its line for the report's own dispatch
  // still fills what the text does not give. Elsewhere it is a list like any other (review 52:
  // a page whose list is "Văn bản liên quan đến chuyển đổi số", a law's related-texts tab).
  const related = article ? ownRows.filter((row) => row.related) : [];
  const listed = !primary
    ? report.rows
    : ownRows.filter((row) => !boxed.includes(row) && !related.includes(row));
  const rows = readListingRows(listed, !primary).filter(
    // Beside the page's own dispatch, a list of bare names is the portal's box of new documents.
    (row) =>
      !primary ||
      row.reference.key === primary.reference.key ||
      (article
        ? row.issuedDate !== null && row.subject !== null
        : row.issuedDate !== null || row.subject !== null),
  );
  const own = (row: ListingRow) => row.reference.key === primary?.reference.key;
  const ownRow = primary && (rows.find(own) ?? readListingRows([...boxed, ...related]).find(own));
  return {
    url,
    title,
    references: withNamedReferences(report.references.map(completeReference), primary, rows),
    primary: primary && ownRow ? withRowFields(primary, ownRow) : primary,
    primaryInHeader: primary !== null && inHeader,
    rows,
  };
}

/**
 * The page's references with those only its primary dispatch or a row names: a symbol written
 * in two fields ("Số: 45" over "Ký hiệu: KH-UBND", audit 8) or only in the page's title is in no
 * run of the page's text, yet it is the page's.
 */
function withNamedReferences(
  references: DocumentReference[],
  primary: DispatchDraft | null,
  rows: readonly ListingRow[],
): DocumentReference[] {
  const keys = new Set(references.map((reference) => reference.key));
  const named = [...(primary ? [primary.reference] : []), ...rows.map((row) => row.reference)];
  for (const reference of named) {
    if (keys.has(reference.key)) continue;
    keys.add(reference.key);
    references.push(completeReference(reference));
  }
  return references;
}

/**
 * The primary with what the page's own row of a table gives ("Số ký hiệu | Ngày ban hành |
 * Trích yếu | Cơ quan ban hành" over the one document of a detail page): the fields the text
 * did not give, and the body the row names over one guessed from the symbol's code
 * ("UBND huyện Hương Khê", not "Ủy ban nhân dân").
 */
function withRowFields(primary: DispatchDraft, row: ListingRow): DispatchDraft {
  const guessedBody = primary.issuingBody === null || primary.issuingBody === issuerName(primary.issuer);
  return {
    ...primary,
    issuedDate: primary.issuedDate ?? row.issuedDate,
    subject: primary.subject ?? row.subject,
    issuingBody: guessedBody ? (row.issuingBody ?? primary.issuingBody) : primary.issuingBody,
  };
}

/**
 * Whether the engine's primary dispatch is the page's own (the engine always names one when
 * the text has a reference). The page's title naming it settles it. Otherwise, on a page of
 * listing rows, only one a document header or metadata block gives, or a row's own (the main
 * text keeps a one-row table, the page's metadata, and leaves longer listings out): what else
 * is left of a listing's text is chrome. Never the site's licence ("Giấy phép số 06/GP-TTĐT"
 * of the portal's footer). And not on a page that sets several documents each under a header of its own (cards with
 * their own "Số: …" line): no one of them is the page's.
 */
/**
 * A file's link (the document itself), not another page about it: by its extension anywhere in
 * the path ("…/977_QD-TTg.pdf/<uuid>") or a download handler ("DownloadFile.aspx?id=…"; review 37).
 */
const FILE_LINK =
  /\.(?:pdf|docx?|xlsx?|zip|rar|7z|odt)(?:[/?#]|$)|download|tai-?ve|dinh-?kem|attach|getfile/i;

/**
 * The numbers a page's address names its document by: in its path (/van-ban/977) and its ids
 * (?ItemID=98012), not a search's words (?q=977).
 */
function addressNumbers(address: string): string[] {
  let parsed: URL;
  try {
    parsed = new URL(address);
  } catch {
    return [];
  }
  const ids = [...parsed.searchParams].filter(([name]) => /id$/i.test(name)).map(([, value]) => value);
  return [parsed.pathname, ...ids].join(' ').match(/\d{3,}/g) ?? [];
}

/**
 * Whether a row links to another page than this one (a listing's row for its document's own
 * page), not to a file, back here or to another view of the same document (vbpl's full-text tab
 * of the same ItemID; review 37): a search or filter that found one document lists it (audit
 * 87), a detail page's one-row table names its own (audit 13).
 */
function linksElsewhere(row: ReportedRow, url: string | undefined): boolean {
  if (!row.url || FILE_LINK.test(row.url)) return false;
  const here = url?.split('#')[0] ?? '';
  if (row.url.split('#')[0] === here) return false;
  // Every number of the row's address in this page's: the same document (not a site's id alone).
  const own = new Set(addressNumbers(here));
  return !addressNumbers(row.url).every((n) => own.has(n));
}

/** A sentence opening with its grounds: "Căn cứ Quyết định …", "Trả lời: Căn cứ …". */
const GROUNDS = /^\W*(?:[^\n:]{1,30}:\s*)?căn cứ(?:\s+vào)?\s/iu;

/** How many documents a page names, each once, its press licence ("505/GP-BTTTT") not among them. */
function documentsNamed(references: readonly DocumentReference[]): number {
  return new Set(references.filter((r) => !r.symbol.includes('/GP-')).map((r) => r.key)).size;
}

function isPagesOwn(
  { reference, subject, issuedDate }: DispatchDraft,
  inHeader: boolean,
  { url, title, mainText, references }: PageReport,
  rows: readonly ReportedRow[],
  isProse: () => boolean,
): boolean {
  const { key } = reference;
  // The main text's references and the document's mentions among them, read at most once for
  // the questions below.
  let found: DocumentReference[] | undefined;
  const inText = () => (found ??= findReferences(mainText));
  let own: DocumentReference[] | undefined;
  const mentions = () => (own ??= inText().filter((r) => r.key === key));
  // On a list of answers, only its introduction's: an answer reports the documents it cites
  // issued ("Ủy ban Dân tộc đã có văn bản số 1458/UBDT-VP135 …"; audit 114).
  const issuedInText = (before = mainText.length) =>
    mentions().some((r) => r.start < before && issuedInSentence(mainText, r));
  // A tag page, a home page, a schedule … is about no one document, even one its title names
  // (no-document-pages.ts).
  const pageKind = inHeader ? false : noDocumentPage(url, title, mainText, documentsNamed(references));
  let named: boolean | undefined;
  const titleNames = () => (named ??= findReferences(title).some((r) => r.key === key));
  // A site's home page is about no document, unless it shows a document's one-row table of its
  // own fields (a portal whose every view is served at its root).
  const kind =
    pageKind === 'section'
      ? rows.length === 1 && rows[0]?.reference.key === key && !linksElsewhere(rows[0], url)
        ? false
        : 'always'
      : pageKind;
  if (kind === 'always') return false;
  // Unless the text reports it as news does: issued, or with its date and its trích yếu ("Theo
  // Công văn số 1234/UBND-KT ngày 5/3/2024 về việc …"; review 29), which a Q&A page's answers
  // give every document they cite (audit 76): there, only when it cites no other ("Nghị định số
  // 158/2025/NĐ-CP do Chính phủ ban hành ngày …"; review 32). Asked only of such a page.
  if (
    kind &&
    !(
      issuedDate !== null &&
      subject !== null &&
      (kind === 'unless reported' || onlyDocument(mainText, inText())) &&
      // Not a notice's grounds ("Căn cứ Quyết định 1989/QĐ-HV ngày … v/v …" in a board's
      // teaser; audit 91), as "Theo Nghị định … do Chính phủ ban hành ngày …" may report it.
      !mentions().every((r) =>
        GROUNDS.test(mainText.slice(sentenceAround(mainText, r.start, r.end).from, r.start)),
      )
    ) &&
    !issuedInText(kind === 'unless issued' ? answersStart(mainText) : undefined) &&
    // A list of answers about the document its title names ("Hỏi đáp về Quyết định 12/2018/QĐ-TTg";
    // review 49).
    !(kind === 'unless issued' && titleNames())
  )
    return false;
  if (titleNames()) return true;
  // A listing that found one document links it to its own page (audit 87). A lone table row
  // (beside a box of cards at most) is then no document page's, unless a document's header
  // stands above it ("Số: 45/KH-UBND": its one-row table is its own; review 37); a lone card,
  // unless a header or the page's prose reports its document (a news report's box for it).
  const tableRows = rows.filter((row) => row.name === undefined);
  const byTable = tableRows.length === 1;
  const [onlyRow] = byTable ? tableRows : rows.length === 1 ? rows : [];
  if (
    onlyRow?.reference.key === key &&
    linksElsewhere(onlyRow, url) &&
    (byTable ? documentHeaderKind(mainText, reference.start) !== 'header' : !inHeader && !isProse())
  )
    return false;
  // The engine falls back to the site's licence when it is all the text has (audit 33).
  if (isPortalLicence(mainText, reference)) return false;
  // A draft's header has no number ("Số:   /2024/QĐ-UBND"): the references under it are cited.
  // (Its symbol after the slash, a year or a code: "Số/Ký hiệu" is a label; review 14.)
  if (!inHeader && /^[ \t]*Số[ \t]*:?[ \t]*\/[ \t]*(?:\d{4}\/|[A-ZĐ]{2})/mu.test(mainText)) return false;
  // With several rows, a row's document is the page's only on a line of its own (its kept
  // one-row table), not cited in the listing's introduction (audit 36); a lone row is (the check
  // above settled one that links to another page).
  const ownRow =
    rows.some((row) => row.reference.key === key) &&
    (rows.length === 1 || mentions().some((r) => aloneOnLine(mainText, r)));
  if (!inHeader && !ownRow) {
    if (rows.length > 0 && !isProse()) return false;
    // A listing's introduction citing its bases ("… theo quy định tại Nghị định số 34/2016/NĐ-CP
    // (được sửa đổi bởi Nghị định số 154/2020/NĐ-CP)"; audit 56): only a document its prose
    // issues, or dates or describes other than as its basis ("Căn cứ Nghị quyết số 76/NQ-CP
    // ngày 15/7/2021 của Chính phủ ban hành …, Bộ phận … tổng hợp các văn bản …"; audit 74), is
    // the page's.
    if (
      rows.length > 1 &&
      !issuedInText() &&
      ((subject === null && issuedDate === null) ||
        mentions().every((r) => citedAsBasis(mainText, inText(), r)))
    )
      return false;
  }
  if (!inHeader && aboutNoDocument(title, mainText, key, inText)) return false;
  // A numberless document's text: its type title in capitals over the grounds it cites ("THÔNG
  // BÁO / Lịch tiếp công dân … / Căn cứ … Thông tư số 04/2021/TT-TTCP …"; audit 121), every
  // mention of the document among those grounds.
  const [first] = mentions();
  if (
    !inHeader &&
    first &&
    // Its own grounds ("Căn cứ …"), not a news post's "Theo Thông tư số …" under a section's
    // label in capitals (review 51). Asked first: the tests below read the whole text.
    GROUNDS.test(mainText.slice(sentenceAround(mainText, first.start, first.end).from, first.start)) &&
    (typeTitleAbove(mainText, first.start) || groundsLines(mainText) >= 2) &&
    mentions().every((r) => citedAsBasis(mainText, inText(), r))
  )
    return false;
  return headerReferenceKeys(mainText, inText()).size < 2;
}

/**
 * How many lines open with "Căn cứ": two or more are a document's grounds, as a numberless
 * notice posted without its header lists them (audit 126), which a news report never does.
 */
function groundsLines(text: string): number {
  return text.split('\n').filter((line) => GROUNDS.test(line)).length;
}

/** How many lines above a text's first reference its type title may stand, its own title between. */
const TYPE_TITLE_REACH = 6;

/** Whether a type's name in capitals ("THÔNG BÁO", "QUYẾT ĐỊNH") is a line of its own shortly above `at`. */
function typeTitleAbove(text: string, at: number): boolean {
  return text
    .slice(0, at)
    .split('\n')
    .slice(-TYPE_TITLE_REACH - 1, -1)
    .some((line) => isCapitals(line.trim()) && titleQualifier(line.trim()) !== null);
}

/** Whether the text names one document, the site's licence aside. */
function onlyDocument(text: string, references: readonly DocumentReference[]): boolean {
  return new Set(references.filter((r) => !isPortalLicence(text, r)).map((r) => r.key)).size === 1;
}

/** Whether the reference stands on a line of its own, a table cell's, with a few characters at most. */
function aloneOnLine(text: string, reference: DocumentReference): boolean {
  const from = text.lastIndexOf('\n', reference.start - 1) + 1;
  const to = text.indexOf('\n', reference.end);
  const line = text.slice(from, to < 0 ? text.length : to);
  // Or it opens the line: a "Tên văn bản" cell, "Quyết định số 1205/QĐ-UBND ngày … về việc …" (review 13).
  return line.trim().length <= reference.raw.length + 20 || opensWithReference(line, reference.start - from);
}

/**
 * The site's own licence ("Giấy phép số 92/GP-BTTTT do Bộ TT&TT cấp …"), not one the page reports
 * granted or withdrawn ("UBND tỉnh đã cấp Giấy phép số 45/GP-UBND … cho …"; review 12).
 */
function isPortalLicence(text: string, reference: DocumentReference): boolean {
  if (!isSiteLicence(text, reference)) return false;
  // The site's footer says "được Sở … cấp giấy phép số …", "… cấp cho Báo …" too (reviews 13
  // and 14): reported is a grant done ("đã cấp", "vừa cấp") or a withdrawal.
  const before = foldText(text.slice(Math.max(0, reference.start - 80), reference.start));
  return !/(?:thu hoi|tuoc|gia han|(?:da|vua)\s+cap(?:\s+lai)?)\s+giay phep/.test(before);
}

/** Lines this long are a paragraph's, not a menu's, a breadcrumb's or a box's. */
const PROSE_LINE = 100;
const PROSE_LENGTH = 300;

/**
 * Whether the main text holds paragraphs: an article beside a "Văn bản mới" box, not the
 * chrome left of a listing page.
 */
function hasProse(text: string): boolean {
  let prose = 0;
  for (const line of text.split('\n')) if (line.length >= PROSE_LINE) prose += line.length;
  return prose >= PROSE_LENGTH;
}

/** A document header's number line: "Số:" alone before the number ("Số: 45/KH-UBND"). */
const BARE_SO = /^[ \t]*số[ \t]*:?[ \t]*$/iu;

/** A copy's type codes: bản sao y, sao lục, trích sao (ND 30/2020, Phụ lục III). */
const COPY_TYPES: ReadonlySet<string> = new Set(['SY', 'SL', 'TrS']);

/**
 * The distinct documents the text gives under a document header's bare "Số:" (not a list's
 * "- Công văn số: …", which cites), but a copy's stamp ("SAO Y BẢN CHÍNH … Số: 112/SY-UBND" under
 * the province's directive a district portal republishes: audit 73), which copies the document.
 */
function headerReferenceKeys(text: string, references: readonly DocumentReference[]): Set<string> {
  const keys = new Set<string>();
  for (const reference of references) {
    if (reference.typeCode !== null && COPY_TYPES.has(reference.typeCode)) continue;
    const line = text.slice(text.lastIndexOf('\n', reference.start - 1) + 1, reference.start);
    if (BARE_SO.test(line.normalize('NFC')) && documentHeaderKind(text, reference.start) === 'header')
      keys.add(reference.key);
  }
  return keys;
}

/** The rows as the popup lists them; a named row whose name does not open with its document is dropped. */
export function readListingRows(rows: readonly ReportedRow[], listing = true): ListingRow[] {
  return rows.flatMap((row) => {
    const read = readRow(withCardFields(row), listing);
    return read ? [read] : [];
  });
}

/** Whether the reference is the one a document header or metadata field gives ("Số: 594/KH-UBND", "Số ký hiệu"). */
function inDocumentHeader(text: string, reference: DocumentReference): boolean {
  // A primary read from the page title has offsets into the title, not into the text.
  if (text.slice(reference.start, reference.end) !== reference.raw) return false;
  return documentHeaderKind(text, reference.start) !== null;
}

/**
 * A reported row as the popup lists it: a named row's document from its name, and each field
 * the row does not give itself from what the name says ("… ngày 12/3/2024 của Ủy ban nhân dân
 * tỉnh Lào Cai về việc …"); the fallback subject only when neither gives one. The issuing body
 * only as the name or the heading of the row's group writes it ("HỘI ĐỒNG NHÂN DÂN TỈNH"), not
 * as guessed from the symbol ("NĐ-CP": Chính phủ), which a listing without a body column does not say.
 */
function readRow(
  { name, fallbackSubject, fallbackDate, dateText, group, aside, related, ...row }: ReportedRow,
  listing: boolean,
): ListingRow | null {
  const named = name === undefined ? undefined : namedDocument(name);
  if (named === null) return null;
  const ownName = named?.name;
  const said = named?.said;
  // A named row's reference is its name's first, which the whole engine has just read.
  const reference = named?.reference ?? completeReference(row.reference);
  return {
    ...row,
    reference,
    issuedDate:
      row.issuedDate ??
      (dateText ? englishDate(dateText) : null) ??
      reference.issuedDate ??
      said?.issuedDate ??
      named?.date ??
      fallbackDate ??
      null,
    // In a "Tên văn bản" column alone, the subject is what the name says after the symbol.
    subject:
      // The name's subject when a heading's split cut it short ("… Quảng Nam - Đà Nẵng"; audit 36).
      (said?.subject && row.subject && said.subject.endsWith(row.subject) ? said.subject : null) ??
      // A card's type badge is no subject (audit 36), with its urgency or "Mới" badge beside it
      // ("Công điện  Hỏa tốc", "Chỉ thị  Mới"; audit 54).
      badgeless(row.subject) ??
      said?.subject ??
      (named && ownName !== undefined
        ? (linesUnder(ownName, named.reference) ??
          typedRestOfName(ownName, named.reference) ??
          restAfterSeparator(ownName, named.reference) ??
          restAfterYear(ownName, named.reference) ??
          // On a listing page only: beside a document, a box of bare names is the portal's.
          (listing ? restOfName(ownName, named.reference) : null))
        : null) ??
      (fallbackSubject && !isLinkLabelsOnly(fallbackSubject) ? fallbackSubject : null) ??
      null,
    issuingBody:
      row.issuingBody ??
      (said?.issuingBody && name?.includes(said.issuingBody) ? said.issuingBody : null) ??
      (group ? bodyHeading(group, reference.issuer) : null),
  };
}

/** A row's subject without the badges and file names beside it; none when a type's badge is all it is. */
function badgeless(subject: string | null): string | null {
  const rest = withoutCellExtras(subject);
  // A cell of dots ("...") where the portal left the trích yếu out (audit 84) says nothing either.
  return rest !== null && (isTypeWordOnly(rest.replace(NEW_BADGE, '')) || !/\p{L}/u.test(rest)) ? null : rest;
}

/**
 * "New", urgency and validity badges after a card's type badge ("Chỉ thị Mới"), glued to it by
 * two spans ("Quyết địnhMới"; audit 112) or set off by a bracket, a dash or an emoji (reviews 48
 * and 49).
 */
const NEW_BADGE =
  /(?:[\s\p{P}\p{S}]*(?:mới(?: nhất| cập nhật)?|new|hot|hỏa tốc|hoả tốc|thượng khẩn|tối khẩn|khẩn|mật|nổi bật|quan trọng|(?:còn|hết) hiệu lực))+[\s\p{P}\p{S}]*$/iu;

/** Words after a type that say nothing of the document, as written ("sơ kết", "số hóa" are subjects). */
const NO_SUBJECT_AFTER_TYPE = /^(?:số|của|hỏa tốc|hoả tốc|thượng khẩn|khẩn|mật)(?![\p{L}\p{M}])/iu;
const TYPE_WORD_ONLY = new RegExp(`^(?:${TYPE_WORDS.join('|')})$`);
/** A type's word or code alone ("Kế hoạch", "QĐ"): a card's badge. */
const isTypeWordOnly = (text: string | null) =>
  text !== null && (TYPE_WORD_ONLY.test(foldText(text).trim()) || typeCodeOf(text.trim()) !== null);

/**
 * What a name says after the symbol it opens with, when it opens with the document's own type
 * ("1235/QĐ-SGDĐT Quyết định ban hành Quy chế …"; audit 36): its trích yếu.
 */
function typedRestOfName(name: string, reference: DocumentReference): string | null {
  const rest = name
    .slice(reference.end)
    .replace(/^[\s,.:;|–-]+/u, '')
    .trim();
  const type = foldText(reference.typeName ?? '');
  const folded = foldText(rest);
  // "… Công văn hỏa tốc", "… Quyết định của Chủ tịch …", "… Quyết định số …" say nothing of it (review 13).
  const says =
    folded.startsWith(`${type} `) &&
    !NO_SUBJECT_AFTER_TYPE.test(rest.normalize('NFC').slice((reference.typeName ?? '').length + 1));
  return type !== '' && says ? rest : null;
}

/**
 * What a name says after a dash or a colon right after its symbol ("Công văn số 4102/LĐTBXH-BTXH
 * - V/v hướng dẫn …", "Thông báo số 98/TB-SLĐTBXH: Kết quả xét tuyển …"; audit 74): its trích
 * yếu, unless it is a date or a body's name ("… - UBND tỉnh Quảng Nam").
 */
function restAfterSeparator(name: string, reference: DocumentReference): string | null {
  const rest = /^\s*[-–:|]\s*(.+)$/su.exec(name.slice(reference.end))?.[1]?.replace(/\s+/g, ' ').trim();
  if (!rest || !/^\p{L}/u.test(rest)) return null;
  const folded = foldText(rest);
  // Nor a link's label or the document's state ("- Xem chi tiết", ": Tải về", "- Còn hiệu lực",
  // ": Dự thảo"), nor a signer's name in capitals ("Nguyễn Văn Sơn"; review 32).
  return BODY_OPENING.test(folded) || NO_SUBJECT_AFTER_SEPARATOR.test(folded) || NAME_ONLY.test(rest)
    ? null
    : rest;
}

/**
 * What a legal database's name says after its symbol and year ("Quyết định 76/QĐ-BGTVT 2024 công
 * bố TTHC …", "Văn bản hợp nhất 46/VBHN-BGTVT 2023 vận chuyển hàng không …", "… năm 2014 …";
 * audit 98) or its date ("Kế hoạch số 135/KH-UBND ngày 27/09/2022 rà soát hộ nghèo …"; audit
 * 102): the rest of the name, its trích yếu as the site shortens it; not its body's clause.
 */
function restAfterYear(name: string, reference: DocumentReference): string | null {
  const match =
    /^\s+(?:ngày\s+\d{1,2}[/.-]\d{1,2}[/.-]((?:19|20)\d\d)|(?:năm\s+)?((?:19|20)\d\d))\s+(\p{L}.*)$/su.exec(
      name.slice(reference.end).normalize('NFC'),
    );
  const year = match?.[1] ?? match?.[2];
  if (!match || (reference.year !== null && Number(year) !== reference.year)) return null;
  const rest = (match[3] as string).replace(/\s+/g, ' ').trim();
  const folded = foldText(rest);
  // Nor what follows a date that says nothing of the document: its body, another document, its
  // taking effect, who signed it ("… Phó Chủ tịch Nguyễn Văn A ký"; review 44).
  return saysWhatAbout(rest) &&
    !AFTER_DATE_NO_SUBJECT.test(folded) &&
    !SIGNER_TITLE.test(folded) &&
    // "ký" as written: folded, it is kỷ niệm's, kỳ thi's and kỹ thuật's too (review 45).
    !/(?:^|\s)ký$|^ký\s+(?:số\s+bởi|bởi|thay|tên|duyệt|thừa|(?:phó\s+)?(?:chủ tịch|giám đốc|hiệu trưởng|bí thư|trưởng))(?:\s|:|$)/iu.test(
      rest,
    ) &&
    findReferences(rest).length === 0
    ? rest
    : null;
}

/**
 * Whether the words after a name's symbol say what the document is about, rather than who signed
 * it, its state, its file, a field of the card or a badge (review 43: "… Nguyễn Văn An", "…
 * Hiệu trưởng Lê Văn Hùng", "… QD15.pdf", "… Hiệu lực: 01/04/2024", "… Tiếng Anh", "… Mới",
 * "… Tháng 3/2024", "… Tỉnh Lâm Đồng"): three words at least, none of those.
 */
function saysWhatAbout(rest: string): boolean {
  const folded = foldText(rest);
  return (
    rest.split(' ').length >= 3 &&
    !NAME_ONLY.test(rest) &&
    !/^[^:]{1,30}:/.test(rest) &&
    !/\.(?:pdf|docx?|xlsx?|zip|rar|signed)\b/i.test(rest) &&
    !BODY_OPENING.test(folded) &&
    !NO_SUBJECT_AFTER_SEPARATOR.test(folded) &&
    !NOT_A_SUBJECT.test(folded) &&
    !NAME_ONLY.test(rest.slice(SIGNER_TITLE.exec(folded)?.[0].length ?? rest.length))
  );
}

/** Words after a name's date that say nothing of its document, folded. */
const AFTER_DATE_NO_SUBJECT = /^(?:cua|do|tai|theo|va|hoac|co hieu luc|het hieu luc|duoc)\b/;

/** A signer's office before their name ("Hiệu trưởng Lê Văn Hùng"), folded. */
const SIGNER_TITLE =
  /^(?:pho )?(?:hieu truong|giam doc|chu tich|truong phong|truong ban|bi thu|thu truong|bo truong)\s+/;

/** Openings of a name's tail that are no subject: an office and a name, a state, a date, a language. */
const NOT_A_SUBJECT =
  /^(?:tinh |thanh pho |huyen |tinh trang|hieu luc|nguoi ky|linh vuc|dang ngay|ngay dang|luot xem|thang \d|thu (?:hai|ba|tu|nam|sau|bay)\b|chu nhat|english|tieng (?:anh|viet)|ban (?:goc|dich)|van ban goc|da ky|moi\b|new\b|hot\b|tai file|tai xuong|tep dinh kem)/u;

/**
 * The rest of a document's name after its symbol, as a listing's title link words it with no "về"
 * and no verb ("Nghị định 85/2012/NĐ-CP cơ chế hoạt động tài chính …", "Thông tư 08/2021/TT-BGDĐT
 * Quy chế đào tạo trình độ đại học", "Kết luận số 445-KL/TU Hội nghị lần thứ bảy …"; audit 100):
 * its trích yếu as the site shortens it, unless it is a date, a body's name or a link's label.
 */
function restOfName(name: string, reference: DocumentReference): string | null {
  const rest = /^\s+(\p{L}.*)$/su
    .exec(name.slice(reference.end).normalize('NFC'))?.[1]
    ?.replace(/\s+/g, ' ')
    .trim();
  if (!rest) return null;
  const folded = foldText(rest);
  // Nor a type's name ("594/HVM-CTTC Công văn", an e-office card's badge; "… Công văn hỏa tốc",
  // which `typedRestOfName` refused), an address, or words citing another document, which the
  // engine reads as that document's (review 13).
  return !saysWhatAbout(rest) ||
    /^(?:cua|do|nam)\b/.test(folded) ||
    TYPE_WORDS.some((type) => TYPE_BADGE.test(folded.slice(type.length)) && folded.startsWith(type)) ||
    /^(?:https?|www)\b/.test(folded) ||
    findReferences(rest).length > 0
    ? null
    : rest;
}

/** What may follow a type's name on a card's badge: nothing, its urgency, "mới". */
const TYPE_BADGE = /^(?:\s+(?:hoa toc|thuong khan|khan|moi|mat|new|hot))?$/;

/** What a listing writes after a symbol that says nothing of its document, folded. */
const NO_SUBJECT_AFTER_SEPARATOR =
  /^(?:ngay|tai ve|xem|chi tiet|toan van|dinh kem|file|download|con hieu luc|het hieu luc|dang cap nhat|du thao|hoa toc|thuong khan|khan|mat)\b/;

/** A person's name: two to four words, each capitalised. */
const NAME_ONLY = /^\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){1,3}$/u;

/**
 * The lines under a name's first line when that line is its document's symbol and nothing more
 * ("12/2024/QĐ-UBND" over "Ban hành Quy định …" in one "Văn bản" cell): the trích yếu.
 */
function linesUnder(name: string, reference: DocumentReference): string | null {
  const lineEnd = name.indexOf('\n', reference.end);
  if (lineEnd < 0 || name.slice(reference.end, lineEnd).trim() !== '') return null;
  return (
    name
      .slice(lineEnd + 1)
      .replace(/\s+/g, ' ')
      .trim() || null
  );
}

/** Attachments listed after a trích yếu in its cell ("… thương mại 120.signed.pdf"). */
const TRAILING_FILE_NAME = /\s+\S+\.(?:pdf|docx?|xlsx?|zip|rar)$/i;
/**
 * A portal's posting line under a trích yếu in its cell: "(Ngày đăng: 28/08/2020)", "Lượt xem:
 * 120" (audit 19): a label and a number, bracketed or after a colon.
 */
const TRAILING_POSTING =
  /\s*(?:\(\s*(?:ngày đăng|đăng ngày|ngày cập nhật|lượt xem|lượt tải)\s*:?|(?:ngày đăng|đăng ngày|ngày cập nhật|lượt xem|lượt tải)\s*:)\s*[\d/.:\-\s]*\d\s*\)?$/iu;

/**
 * A badge after a trích yếu in its cell ("… năm 2023 Khẩn", "Hỏa tốc", "New"; audit 30): an
 * urgency or a "new" mark, capitalised as badges are; not "Mới", which ends names ("Nông thôn
 * Mới", "Chợ Mới": review 10).
 */
const TRAILING_BADGE = /\s+(?:Khẩn|KHẨN|Thượng khẩn|THƯỢNG KHẨN|Hỏa tốc|Hoả tốc|HỎA TỐC|New|NEW|Hot|HOT)$/u;

const MAX_CELL_EXTRAS = 20;

/** A row's subject without the attachments, posting lines and badges its cell adds after it. */
function withoutCellExtras(subject: string | null): string | null {
  if (!subject) return subject;
  // One at a time, a few at most: one expression for a run of them backtracked for seconds on a
  // cell of thousands of names.
  let rest = subject;
  for (let before = '', cut = 0; before !== rest && cut < MAX_CELL_EXTRAS; cut++) {
    before = rest;
    rest = rest.replace(TRAILING_FILE_NAME, '').replace(TRAILING_POSTING, '').replace(TRAILING_BADGE, '');
  }
  return rest || subject;
}

/**
 * The document a "Tên văn bản" cell or a card's heading names: the first reference of the name,
 * which must open it, after its type word at most ("Quyết định số 15/2024/QĐ-UBND về việc …").
 * A name that opens otherwise ("Căn cứ Nghị định 30/2020/NĐ-CP, …") may start with a document
 * it only cites: no row then. What the name says of it (`said`: subject, date, issuing body)
 * only when `extractDispatch` reads the name as about that document, not one it cites ("Thông
 * báo 45/TB-UBND kết luận phiên họp ban hành Nghị định 30/2020/NĐ-CP").
 */
function namedDocument(
  written: string,
): { name: string; reference: DocumentReference; said: DispatchDraft | null; date: string | null } | null {
  // "26-3-2021 - Nghị định số 31/2021/NĐ-CP quy định …": a gazette's contents date each name
  // before it (audit 100); the name is what follows.
  const dated = DATED_NAME.exec(written);
  const name = dated ? written.slice(dated[0].length) : written;
  const reference = findReferences(name)[0];
  if (!reference || !opensWithReference(name, reference.start)) return null;
  const draft = extractDispatch(name);
  const date = dated ? parseListingDate(dated[0]) : null;
  return { name, reference, said: draft?.reference.key === reference.key ? draft : null, date };
}

/**
 * A date and a dash before a document's name: "26-3-2021 - ", "12/03/2024: ", "Ngày 12/3/2024 -
 * ", "[12-03-2024] ", "2024-03-12 - " (review 43).
 */
const DATED_NAME =
  /^\s*(?:(?:Ngày\s+)?\[?\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\[?\d{4}-\d{1,2}-\d{1,2})(?:\]\s*[-–:|]?|\s*[-–:|])\s*/u;
