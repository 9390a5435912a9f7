/**
 * Pages about no one document, though they cite several: a round-up of new policies, a live
 * blog, a reader's legal question and its answer, a portal's home page, a tag page, a work
 * schedule, an "about us" page, a list of questions and answers. The engine names a primary
 * dispatch whenever the text has a reference; on such a page the one it names is not the page's
 * (audits 33, 41, 49, 69).
 * @module
 */
import { type DocumentReference, findReferences } from '../../shared/references';
import { opensWithReference } from '../../shared/references/context';
import { foldText } from '../../shared/references/fold';
import { isSiteLicence, issuedInSentence } from '../../shared/references/mention-role';
import { withoutSiteName } from '../../shared/references/page-title';
import { sentenceAround } from '../../shared/references/text-spans';

/**
 * Whether the page is about no one document, so that the engine's pick (`key`) is not its own:
 * a round-up or a live blog (`roundsUpOthers`), a legal Q&A (`answersQuestion`).
 */
export function aboutNoDocument(
  title: string,
  mainText: string,
  key: string,
  inText: () => DocumentReference[],
): boolean {
  return roundsUpOthers(title, mainText, key, inText) || answersQuestion(title, mainText, key, inText);
}

/** An answer's heading line: "Luật sư trả lời:", "Ban biên tập trả lời như sau:", or "Trả lời: …" opening it. */
const ANSWER_LINE = /^(?:trả lời\s*:|.{0,100}\s(?:trả lời(?: như sau)?|giải đáp)\s*:\s*$)/imu;
/** A reader's question, or a lawyer's or the editors' answer: a legal Q&A column's marks. */
const READER_QUESTION = /bạn đọc|xin (?:cho )?hỏi|luật sư|ban biên tập/iu;

/**
 * Whether the page answers a reader's legal question, citing documents as the law says it (a
 * Q&A column: "Nghỉ việc không báo trước có được nhận trợ cấp thôi việc?" over "(Bạn đọc Trần Thị
 * Mai, TP HCM) … Luật sư trả lời: Theo … Điều 35 Bộ luật Lao động số 45/2019/QH14 …"; audits 33
 * and 41): a question for a title, a reader or a lawyer up to the answer's heading, and the
 * primary first named after it. Not a report under a question headline that quotes an official's
 * answer about its document, nor an interview (review 21), nor a report that names its dispatch
 * before a reader's question about it (audit 48).
 */
function answersQuestion(
  title: string,
  mainText: string,
  key: string,
  inText: () => DocumentReference[],
): boolean {
  if (!title.includes('?')) return false;
  const answer = ANSWER_LINE.exec(mainText);
  if (!answer) return false;
  const asked = mainText.slice(0, answer.index + answer[0].length).normalize('NFC');
  if (!READER_QUESTION.test(asked)) return false;
  const first = inText().find((r) => r.key === key);
  return first !== undefined && first.start > answer.index;
}

/**
 * A news round-up's title, opening it ("Chính sách mới có hiệu lực từ tháng 7-2024", "Những chính
 * sách nổi bật có hiệu lực …", "Văn bản mới nổi bật tuần 1 tháng 4/2024"), or a live blog's
 * ("Trực tiếp: …", the first group), folded.
 */
const ROUNDUP_TITLE =
  /^\W*(?:((?:tuong thuat\s+)?truc tiep)\b|(?:(?:nhung|cac)\s+)?(?:chinh sach|van ban|quy dinh)(?: moi)?(?: noi bat| dang chu y| quan trong)?\s+(?:co hieu luc|tuan|thang))/;
/** The text's sentences on lines of their own: a news page's lead is the first. */
const LEAD_LINES = /^.{40,}[.!?…:][ \t]*$/gmu;

/**
 * Whether a round-up reports the document as news: issued ("Chính phủ ban hành Nghị định …"), or
 * taking effect as its sentence's first document ("Nghị định 88/2024/NĐ-CP … cũng có hiệu lực từ
 * 1/8"; not "… có hiệu lực từ ngày 1-7-2024 và thay thế Nghị định 24/2023/NĐ-CP"; review 20).
 */
function reportedNew(
  text: string,
  reference: DocumentReference,
  references: readonly DocumentReference[],
): boolean {
  if (issuedInSentence(text, reference)) return true;
  const { from, to } = sentenceAround(text, reference.start, reference.end);
  return (
    /\bco hieu luc\b/.test(foldText(text.slice(from, to))) &&
    !references.some((r) => r.start >= from && r.start < reference.start)
  );
}

/**
 * Whether the page rounds up documents, none of them its own (audit 49): a round-up's title over
 * sections that each report a document issued ("Chính phủ ban hành Nghị định 73/2024/NĐ-CP …",
 * "Bộ Nội vụ đã ban hành Thông tư 07/2024/TT-BNV …"), or a live blog's over entries citing
 * documents of their own, and a lead that names not the engine's primary. A lead that does is
 * the page's news ("Ngày 25/9/2025, Chính phủ ban hành Nghị định 254/2025/NĐ-CP …"; review 19);
 * so is the one document, or two, issued under a round-up's title, or the one a live blog follows
 * (reviews 20 and 21: an article of the "Chính sách mới …" series on one decree and its guiding
 * circular, a conference on one resolution that mentions another).
 */
function roundsUpOthers(
  title: string,
  mainText: string,
  key: string,
  inText: () => DocumentReference[],
): boolean {
  const kind = ROUNDUP_TITLE.exec(foldText(title));
  if (!kind) return false;
  const lead = leadLine(mainText, title);
  if (!lead) return false;
  // The first sentence of a round-up's first item is that item's lead, not the article's.
  const inItem = firstItem(mainText) < lead.from;
  if (!inItem && inText().some((r) => r.key === key && r.start >= lead.from && r.start < lead.to))
    return false;
  const reported = inText().filter(
    (r) => !isSiteLicence(mainText, r) && (kind[1] !== undefined || reportedNew(mainText, r, inText())),
  );
  const documents = new Set(reported.map((r) => r.key)).size;
  return documents >= ROUNDUP_DOCUMENTS || (documents > 1 && itemsApart(mainText, reported, inText()));
}

/** A round-up's numbered item opening its line: "1. Tiêu chí xác định …", "2) Quy định mua, bán nợ". */
const NUMBERED_ITEM = /^[ \t]*\d{1,2}[.)][ \t]+\p{Lu}/gmu;

/** Where the text's first numbered item opens, or its length. */
function firstItem(text: string): number {
  const at = text.search(NUMBERED_ITEM);
  return at < 0 ? text.length : at;
}

/**
 * Whether two documents stand in two numbered items of a round-up, neither citing the other's:
 * each item is a document's (audit 101: "1. …" on a decree, "2. …" on a bank's circular), where
 * one article on a decree and the circular guiding it ("2. Hướng dẫn thực hiện … theo Nghị định
 * 73/2024/NĐ-CP"; review 44) is about the decree.
 */
function itemsApart(
  text: string,
  reported: readonly DocumentReference[],
  references: readonly DocumentReference[],
): boolean {
  const items = [...text.matchAll(NUMBERED_ITEM)].map((item) => item.index);
  const itemOf = (r: DocumentReference) => items.filter((start) => start < r.start).length;
  const byItem = new Map<number, string>();
  for (const r of reported) {
    const item = itemOf(r);
    if (item > 0 && !byItem.has(item)) byItem.set(item, r.key);
  }
  const cited = (item: number, key: string) => references.some((r) => r.key === key && itemOf(r) === item);
  const entries = [...byItem];
  return entries.some(([item, key]) =>
    entries.some(([other, otherKey]) => otherKey !== key && !cited(item, otherKey) && !cited(other, key)),
  );
}

/**
 * How many documents a round-up reports (or a live blog cites): one document and the circular
 * guiding it, or a background citation ("Theo Nghị định 100/2019/NĐ-CP có hiệu lực từ …"), make
 * an article about one (review 21).
 */
const ROUNDUP_DOCUMENTS = 3;

/** The lead's line: the text's first sentence on a line of its own, not the headline's (review 21). */
function leadLine(text: string, title: string): { from: number; to: number } | null {
  const headline = foldText(title);
  for (const line of text.matchAll(LEAD_LINES)) {
    if (!headline.includes(foldText(line[0]).trim()))
      return { from: line.index, to: line.index + line[0].length };
  }
  return null;
}

/**
 * Whether the page is, by its address or its title, a kind that is about no one document (audit
 * 69): `'always'` for a tag page of news teasers ("…/tags/nghi-dinh-168…", titled by the document
 * its tag names), a site search's results (unless titled by the one document it shows) or a
 * week's work schedule ("Lịch công tác tuần 48"); `'unless reported'` for a topic page
 * ("/chu-de/", which article addresses hold too), a portal's home page ("… - Trang chủ", which
 * some portals write on every page), another schedule ("Lịch tiếp công dân …") or an "about us"
 * page ("Giới thiệu chung" citing the body's founding decision): such a page whose
 * text issues its document, or gives its date and trích yếu, is about it (review 29: an article
 * under a "/chu-de/" address); `'unless issued'` for a "Hỏi đáp" page with two answers or more,
 * whose answers date and describe every document they cite (audit 76), but which may report one
 * issued (review 29: a Q&A on the decree its introduction reports issued); `'section'` for a
 * site's home page at its root (audits 91 and 93); `false` else.
 */
export function noDocumentPage(
  url: string,
  title: string,
  mainText: string,
  /** How many documents the whole page names, each once (its main text may be one teaser's). */
  documents: number,
): 'always' | 'unless reported' | 'unless issued' | 'section' | false {
  let path = '';
  let section = false;
  let routed = false;
  let searched = false;
  try {
    const address = new URL(url);
    path = address.pathname;
    // A site search's results ("/tim-kiem?keyword=…", WordPress's "/?s=…"; audit 102): teasers of
    // whatever matched, each about its own document if any; a search for a document's number lists
    // every page citing it (review 45).
    searched =
      [...address.searchParams].some(([key, value]) => SEARCH_KEYS.test(key) && value.trim() !== '') &&
      (SEARCH_PATH.test(path) || ((path === '/' || path === '') && address.searchParams.has('s')));
    routed = ROUTE.test(address.hash);
    // Not a local server's, whose root serves whatever it is given (a clerk's saved page, a test's).
    section =
      (path === '/' || path === '') &&
      !address.search &&
      (!routed || HOME_ROUTE.test(address.hash)) &&
      !LOCAL_HOST.test(address.hostname);
  } catch {
    // No address to read (a local file, a test's page): the title and the text decide.
  }
  const segments = foldText(title)
    .split(/\s+[-–|]\s+/u)
    .map((segment) => segment.trim());
  const named = segments[0] ?? '';
  // A tag's page lists the articles tagged: about no one document, but for the one its only
  // teaser reports (the writers of audits 103, 107 and 109 read such a page so).
  const tagged = TAG_PATH.test(path);
  if (tagged && documents < 2) return 'unless reported';
  // A news aggregator's topic page, "… - Tin tức mới nhất" under "/chu-de/" (audit 156): its
  // teasers' documents, as a tag page's.
  const topicFeed = TOPIC_PATH.test(path) && segments.includes('tin tuc moi nhat') && documents >= 2;
  // The line of the text's first reference, which both teaser tests ask for: read once.
  let firstLine: number | null | undefined;
  const referenceLine = () => {
    if (firstLine === undefined) firstLine = firstReferenceLine(mainText);
    return firstLine;
  };
  if (
    (searched && !titledByDocument(title)) ||
    tagged ||
    topicFeed ||
    WEEK_SCHEDULE_TITLE.test(named) ||
    teasersPage(mainText, referenceLine) ||
    // A news section's page ("Tin địa phương", "Tin tức - Sự kiện"), its teasers dated (audit 114).
    // Or a numbered page of one ("Chính sách mới - Trang 3"; audit 124).
    // Not one question's page ("… không? - Trang 2"; review 52).
    ((NEWS_SECTION_TITLE.test(named) ||
      (segments.some((segment) => PAGE_NUMBER.test(segment)) && !named.includes('?'))) &&
      inDatedTeaser(mainText, referenceLine))
  )
    return 'always';
  // A site's home page: served at its root ("/", "/#/home"), titled with the site's name
  // ("Website Văn phòng Chính phủ", "Cổng thông tin điện tử huyện Kỳ Anh"; audits 91 and 93),
  // not a document's: the teaser it cites a document in is one of many, reported or not. Not a
  // folder's address: a school's notice at "/thong-bao-khan/" is titled so too (review 39); nor
  // an app's route to an article (review 40); under "#/home", a few words, no headline.
  // `'section'`: about no document, unless the caller finds the document's own one-row table.
  if (
    section &&
    named !== '' &&
    !/\d/.test(named) &&
    (!routed || named.split(/\s+/).length <= MAX_SECTION_NAME_WORDS)
  )
    return 'section';
  // A list of answers: "Hỏi đáp" opening the title or its second part ("Trả lời công dân - Hỏi
  // đáp - …"; audit 91), over answers under their headings or behind their links ("Xem trả lời").
  if (
    (QA_TITLE.test(segments.slice(0, 2).join(' - ')) || QA_TITLE.test(segments[1] ?? '')) &&
    answerCount(foldText(mainText)) >= 2
  )
    return 'unless issued';
  return TOPIC_PATH.test(path) ||
    // A title segment of its own, not an address: any page may be served at "/".
    segments.includes('trang chu') ||
    SCHEDULE_TITLE.test(named) ||
    ABOUT_TITLE.test(named)
    ? 'unless reported'
    : false;
}

/**
 * A title's part numbering a section's page, folded: "Trang 3", "Page 2", "Trang 3/25", "Page 3
 * of 25", or in brackets closing the part ("Chính sách mới (Trang 3)"; review 52).
 */
const PAGE_NUMBER = /(?:^|\()(?:trang|page) \d{1,4}(?: ?(?:\/|of) ?\d{1,4})?\)?$/;

/** A news section's name opening a title, folded ("Tin tức", "Tin địa phương", "Tin hoạt động"). */
const NEWS_SECTION_TITLE = /^\W*tin (?:tuc|dia phuong|hoat dong|trong (?:tinh|nuoc)|noi bat|moi|su kien)\W*$/;
/** A teaser's date on a short line of its own ("21/08/2025", "Ninh Bình   21/08/2025"). */
const DATE_LINE = /^.{0,30}\b\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\b.{0,10}$/;
/** The most lines a teaser takes from its date to the next teaser's (headline, date, lead). */
const TEASER_LINES = 4;

/**
 * The text's first reference in a dated teaser: between two teasers' date lines a few lines
 * apart. A section's page lists its teasers so; an article titled by its section (some portals
 * title every page so) has its own date far above its related teasers' (review 49).
 */
function inDatedTeaser(mainText: string, referenceLine: () => number | null): boolean {
  const line = referenceLine();
  if (line === null) return false;
  const dates = linesMatching(mainText, DATE_LINE);
  const before = dates.filter((index) => index <= line).pop();
  const after = dates.find((index) => index > line);
  return before !== undefined && after !== undefined && after - before <= TEASER_LINES;
}

/** A single-page app's route ("#/tin-tuc/…", "#!/…"), not an anchor in the page ("#noi-dung"). */
const ROUTE = /^#!?\//;
/** An app's home route: "#/", "#/home", "#/trang-chu". */
const HOME_ROUTE = /^#!?\/(?:home|trang-?chu|index)?\/?$/i;
/** A loopback or a bare IP address: no portal's name. */
const LOCAL_HOST = /^(?:localhost|[\d.]+|\[[\da-f:]+\])$/i;
/** A single-page app's home is titled with a few words; an article's route with a headline. */
const MAX_SECTION_NAME_WORDS = 5;
/**
 * A title opening with a document's name ("Quyết định 41/2019/QĐ-UBND quy định …"): a search
 * address that shows one document looked up by its number (review 46), not "Tìm kiếm: …".
 */
function titledByDocument(title: string): boolean {
  const named = withoutSiteName(title);
  const [first] = findReferences(named);
  // With what it is about after its number: "Quyết định 41/2019/QĐ-UBND - Tìm kiếm văn bản" or
  // "Nghị quyết 18-NQ/TW | Sở Tư pháp" name what was searched (review 47).
  return (
    first !== undefined &&
    opensWithReference(named, first.start) &&
    !/tim kiem|ket qua/.test(foldText(title)) &&
    named.slice(first.end).trim().split(/\s+/).length >= 3
  );
}

/** A site search's page, and the parameters of its words. */
const SEARCH_PATH = /\/(?:tim-?kiem|search)(?:\.\w+)?\/?$/i;
const SEARCH_KEYS = /^(?:s|q|query|key|keywords?|tu-?khoa)$/i;
/** A tag's page of a news site or portal. */
const TAG_PATH = /\/tags?\/|-p?tags?\.html?$/i;
/** A topic's or keyword's page, or an article filed under one. */
const TOPIC_PATH = /\/(?:chu-de|tu-khoa|topics?|keywords?)\//i;
/** A week's (day's, month's) work schedule, folded. */
const WEEK_SCHEDULE_TITLE = /^\W*lich (?:cong tac|lam viec) (?:tuan|ngay|thang)\b/;
/** A work or reception schedule's title, folded. */
const SCHEDULE_TITLE = /^\W*lich (?:cong tac|lam viec|tiep (?:cong dan|dan))\b/;
/** An "about us" page's title, folded, whole. */
const ABOUT_TITLE =
  /^\W*(?:gioi thieu(?: chung)?|chuc nang,? nhiem vu(?:,? quyen han)?|lich su hinh thanh(?: va phat trien)?|co cau to chuc|so do to chuc)\W*$/;
/** A questions-and-answers page's title, folded ("Hỏi đáp chính sách", "Hỏi - Đáp"); not an interview's. */
const QA_TITLE = /^\W*(?:hoi\s*[-–]?\s*dap|giai dap)\b/;
/** An answer's heading on a line of its own, folded ("Trả lời:", "Câu trả lời:", "Trả lời" alone: audit 116; "Đáp:": audit 128). */
const ANSWER_HEADINGS = /^[ \t]*(?:(?:cau )?tra loi|dap)[ \t]*(?::|$)/gm;
/** A link to an answer on a line of its own, folded ("Xem trả lời"). */
const ANSWER_LINKS = /^[ \t]*xem (?:cau )?tra loi[ \t]*$/gm;

/**
 * A teaser's "read more" link on a line of its own, folded ("Xem tiếp...", "[Đọc tiếp]", "Xem
 * tiếp →", "Chi tiết »"): a category's page of teasers (Joomla's blog layout; audit 112) shows
 * one under each. Not closing a line of text (an article's "Tin khác" teasers), nor "Chi tiết"
 * without its arrow (a tab: review 49).
 */
const READ_MORE =
  /^[\s[(]*(?:(?:xem|doc) tiep[ \t]*(?:\.{2,}|…|»|>>|›|→)?|chi tiet[ \t]*(?:»|>>|›|→))[ \t)\]]*$/;

/**
 * A category's page of teasers: two "read more" lines or more, and the text's first reference in
 * a teaser (its line or one of the two under it closes with one). An article's related teasers
 * stand under its text, which names its document first (review 48). Compared by line: folding
 * drops an NFD text's combining marks, and with them its offsets.
 */
function teasersPage(mainText: string, referenceLine: () => number | null): boolean {
  const readMore = linesMatching(foldText(mainText), READ_MORE);
  if (readMore.length < 2) return false;
  const line = referenceLine();
  return line !== null && readMore.some((index) => index >= line && index <= line + 2);
}

/** The line index of the text's first reference, or null when it names none. */
function firstReferenceLine(text: string): number | null {
  const first = findReferences(text)[0];
  return first ? text.slice(0, first.end).split('\n').length - 1 : null;
}

/** The indices of the text's lines `pattern` matches. */
function linesMatching(text: string, pattern: RegExp): number[] {
  return text.split('\n').flatMap((line, index) => (pattern.test(line) ? [index] : []));
}

/** Where a list of answers' first question or answer opens its line, or the text's end. */
export function answersStart(mainText: string): number {
  const at = mainText.search(QUESTION_OR_ANSWER);
  return at < 0 ? mainText.length : at;
}

const QUESTION_OR_ANSWER = /^[ \t]*(?:(?:câu\s+)?(?:hỏi|trả\s+lời)|đáp)[ \t]*(?::|$)/imu;

/**
 * A question as a heading of its own, folded ("Sổ BHXH bị rách có được nộp nhận trợ cấp thất
 * nghiệp?"): a list of answers heads each answer with its question (audit 152), its "trả lời"
 * in the answer's first sentence.
 */
const QUESTION_HEADINGS = /^[ \t]*[a-z0-9][^\n?]{10,160}\?[ \t]*$/gm;

/**
 * How many answers a folded text heads (by "Trả lời" lines, or else by their questions' lines),
 * or links to. One answer's page may ask twice, in its headline and in the reader's words, over
 * its one "Trả lời:" (review 61).
 */
function answerCount(folded: string): number {
  const headings = folded.match(ANSWER_HEADINGS)?.length || (folded.match(QUESTION_HEADINGS)?.length ?? 0);
  return headings + (folded.match(ANSWER_LINKS)?.length ?? 0);
}
