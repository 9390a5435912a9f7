/**
 * The page's primary dispatch, as a clerk would record it: which reference the page is
 * about, when and by whom it was issued, its subject (trích yếu), its addressees and the
 * other documents it cites.
 * @module
 */
import type { DispatchDraft, DocumentReference } from '../schemas/reference';
import { isSymbolLetter } from './chars';
import { headerKind } from './context';
import { dateAt, isoDate } from './dates';
import { findReferences } from './find-references';
import { foldCode, foldText, matchFoldedWord } from './fold';
import { issuerName } from './issuer-names';
import {
  documentHeaderKind,
  ISSUER_LABELS,
  metadataField,
  metadataIssuedDate,
  SUBJECT_LABELS,
} from './metadata-fields';
import { cleanPhrase, linesAfter, linesBefore, type Span, sentenceAround } from './text-spans';

export interface PageInfo {
  url?: string;
  title?: string;
}

const MAX_EXCERPT = 500;

/** The primary dispatch of `text` (the page's main text), or null when it cites none. */
export function extractDispatch(text: string, page: PageInfo = {}): DispatchDraft | null {
  const references = findReferences(text);
  const titleReferences = page.title ? findReferences(page.title) : [];
  if (references.length === 0 && titleReferences.length === 0) return null;
  const primary = choosePrimary(text, references, titleReferences);
  const inText = references.includes(primary);
  const header = inText ? documentHeaderKind(text, primary.start) : null;
  const sentence = inText ? sentenceAround(text, primary.start, primary.end) : { from: 0, to: 0 };

  const issuedDate =
    primary.issuedDate ??
    (header === 'metadata' ? metadataIssuedDate(text, primary.start) : null) ??
    (inText && !header ? sentenceDate(text, sentence, primary) : null);
  // Other mentions of the same document may say more ("Quyết định 2435/QĐ-UBND của … về việc …"
  // above a metadata block); the primary mention is read first.
  const mentions = [primary, ...references.filter((r) => r.key === primary.key && r !== primary)].map(
    (r) => ({
      reference: r,
      sentence: sentenceAround(text, r.start, r.end),
    }),
  );
  const fromMentions = (read: (reference: DocumentReference, sentence: Span) => string | null) => {
    if (!inText) return null;
    for (const { reference, sentence: around } of mentions) {
      const found = read(reference, around);
      if (found) return found;
    }
    return null;
  };
  const subject =
    fromMentions((r, s) => subjectAfter(text, r.end, s.to)) ??
    (header === 'metadata' ? metadataField(text, SUBJECT_LABELS, primary.start) : null) ??
    (header ? headerSubject(text, primary.end) : null) ??
    fromMentions((r, s) => aboutPhraseAfter(text, r.end, s.to)) ??
    titleSubject(page.title, titleReferences);
  const issuingBody =
    (header === 'header' ? headerIssuer(text, primary.start) : null) ??
    fromMentions((r, s) => issuerBeforeVerb(text, s.from, r.start)) ??
    fromMentions((r, s) => issuerAfterOf(text, r.end, s.to)) ??
    (header === 'metadata' ? metadataField(text, ISSUER_LABELS, primary.start) : null) ??
    issuerName(primary.issuer);

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
    issuedDate,
    issuingBody,
    subject,
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
 * A document page's own header ("Số: 594/KH-UBND") wins, then a legal database's "Số hiệu",
 * then the reference in the page title, then the one the text says was issued ("UBND tỉnh
 * đã ban hành Công văn số …"), then the first one not cited as a basis ("Căn cứ …").
 */
function choosePrimary(
  text: string,
  references: DocumentReference[],
  titleReferences: DocumentReference[],
): DocumentReference {
  const header = references.find((r) => headerKind(text, r.start) === 'header');
  if (header) return header;
  const metadata = references.find((r) => documentHeaderKind(text, r.start) === 'metadata');
  if (metadata) return metadata;
  const titleKey = titleReferences[0]?.key;
  if (titleKey)
    return references.find((r) => r.key === titleKey) ?? (titleReferences[0] as DocumentReference);
  const issued = references.find((r) => issuedInSentence(text, r));
  if (issued) return issued;
  return references.find((r) => !citedAsBasis(text, r)) ?? (references[0] as DocumentReference);
}

function foldedBefore(text: string, reference: DocumentReference): string {
  const { from } = sentenceAround(text, reference.start, reference.end);
  return foldText(text.slice(Math.max(from, reference.start - 80), reference.start));
}

/** "… ban hành Công văn số 3944/…": the issuing verb a few words before the number. */
function issuedInSentence(text: string, reference: DocumentReference): boolean {
  return (
    // "ký" is signing; "ký hiệu" (symbol) is not.
    /(?:ban hanh|ky(?! hieu)|phat hanh)\s+(?:\S+\s+){0,4}$/.test(foldedBefore(text, reference)) &&
    !/kem theo\s+(?:\S+\s+){0,4}$/.test(foldedBefore(text, reference))
  );
}

function citedAsBasis(text: string, reference: DocumentReference): boolean {
  return /(?:can cu|theo|thuc hien|tai|cua|thay the)\b/.test(foldedBefore(text, reference));
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

/** "… về việc đẩy mạnh …" after the reference, to the end of its sentence. */
function subjectAfter(text: string, from: number, to: number): string | null {
  const about = findFolded(text, 've viec', from, to);
  if (!about) return null;
  const subject = cleanPhrase(text.slice(about.start, to));
  return subject.length > 'về việc'.length ? subject : null;
}

/** "Nghị định 30/2020/NĐ-CP về công tác văn thư do Chính phủ ban hành …" → "về công tác văn thư". */
function aboutPhraseAfter(text: string, from: number, to: number): string | null {
  const rest = text.slice(from, Math.min(to, from + 400));
  const match =
    /^(?:\s*,?\s*ng\S{2,3}\s+[\d/.\-\s]+(?:th\S{3}\s+\d+\s+n\S{2}\s+\d{4})?)?\s*(?:năm\s+\d{4}\s+)?(v[ềỀ]\s.+?)(?:\s+(?:do|của)\s|$)/u.exec(
      rest.normalize('NFC'),
    );
  return match ? cleanPhrase(match[1] as string) : null;
}

/** Under a header: the "V/v …" line, or the title lines under the type name ("QUYẾT ĐỊNH"). */
function headerSubject(text: string, end: number): string | null {
  const lines = linesAfter(text, end, 12).map((line) => line.trim());
  const vv = lines.find((line) => /^V\/v\b/i.test(line));
  if (vv) return cleanPhrase(vv.replace(/^V\/v\.?\s*/i, 'V/v '));
  const typeLine = lines.findIndex((line) => TITLE_TYPES.test(foldText(line)));
  if (typeLine < 0) return null;
  const title: string[] = [];
  for (const line of lines.slice(typeLine + 1)) {
    if (line === '' || /^[-_*]+$/.test(line)) {
      if (title.length > 0) break;
      continue;
    }
    // The title is the capitals under the type name; the body starts with "Căn cứ …".
    const capitals = line === line.toUpperCase();
    if (line.includes('|') || /^(?:can cu|xet|theo de nghi)\b/.test(foldText(line))) break;
    if (title.length > 0 && !capitals) break;
    title.push(line);
  }
  return title.length > 0 ? cleanPhrase(title.join(' ')) : null;
}

const TITLE_TYPES =
  /^(?:quyet dinh|nghi quyet|chi thi|ke hoach|thong bao|huong dan|cong dien|cong van|thong tu|nghi dinh|to trinh|bao cao|chuong trinh|quy che|quy dinh|ket luan)$/;

function titleSubject(title: string | undefined, titleReferences: DocumentReference[]): string | null {
  if (!title) return null;
  const last = titleReferences[0];
  const rest = last ? title.slice(last.end) : title;
  const cleaned = cleanPhrase(rest.replace(/^\s*(?:năm\s+\d{4}\s*)?/, ''));
  return cleaned || null;
}

/** The issuer named on the header's first line ("ỦY BAN NHÂN DÂN | CỘNG HÒA …"). */
function headerIssuer(text: string, start: number): string | null {
  const lines = linesBefore(text, start + 1, 8);
  // The header's own line may hold the issuer too: "CHÍNH PHỦ - CỘNG HÒA … - Số: 160/…",
  // "BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 367 - …".
  const current = text
    .slice(text.lastIndexOf('\n', start - 1) + 1, start)
    .replace(/[\s*|\-–]*S[ốỐ]\s*:?\s*$/u, '')
    .replace(/[\s*|\-–]+$/, '');
  if (
    current &&
    current === current.toUpperCase() &&
    !foldText(current).includes('cong h') &&
    /\p{L}{2}/u.test(current)
  ) {
    return cleanPhrase(current);
  }
  for (const line of [current, ...lines]) {
    const folded = foldText(line);
    const republic = folded.indexOf('cong h');
    if (republic > 0) {
      const cell = cleanPhrase(line.slice(0, republic).replace(/[|\-–]+\s*$/, ''));
      if (cell && !/^(?:so|doc lap)/.test(foldText(cell))) return cell;
    }
  }
  for (const line of lines) {
    const trimmed = cleanPhrase(line.replace(/\|.*$/, ''));
    if (!trimmed || /^[-_*=\s]+$/.test(trimmed)) continue;
    const folded = foldText(trimmed);
    if (folded.startsWith('cong hoa') || folded.startsWith('doc lap') || folded.startsWith('so')) continue;
    if (trimmed === trimmed.toUpperCase() && /\p{L}/u.test(trimmed)) return trimmed;
  }
  return null;
}

const VERB_PREFIX =
  /(?:^|[,;:]\s*)([^,;:]{2,80}?)\s+(?:đã\s+|vừa\s+|mới\s+|chính thức\s+)?(?:ký\s+)?ban hành\s+\S*(?:\s+\S+){0,3}\s*$/iu;

/** "Ngày 27/8/2020, UBND tỉnh đã ban hành Công văn số …" → "UBND tỉnh". */
function issuerBeforeVerb(text: string, from: number, start: number): string | null {
  const before = text.slice(from, start).normalize('NFC');
  const match = VERB_PREFIX.exec(before);
  if (!match) return null;
  const body = cleanPhrase(
    (match[1] as string).replace(/^(?:(?:đêm|ngày|sáng|chiều|tối)\s+[\d/.-]+\s*)/iu, ''),
  );
  return body && !/\d/.test(body) ? body : null;
}

/** "… 04/2022/QĐ-TTg ngày 18/2/2022 của Thủ tướng Chính phủ về …" → "Thủ tướng Chính phủ". */
function issuerAfterOf(text: string, end: number, to: number): string | null {
  const rest = text.slice(end, Math.min(to, end + 160)).normalize('NFC');
  const match =
    /^(?:[\s,]*ng\S{2,3}\s*[^a-zA-ZÀ-ỹ]*(?:th\S{3}\s+\d+\s+n\S{2}\s+\d{4})?)?\s*của\s+(.+?)(?=\s+(?:về|quy định|hướng dẫn|ban hành|phê duyệt|v\/v)(?:\s|$)|[,;.(]|$)/iu.exec(
      rest,
    );
  return match ? cleanPhrase(match[1] as string) : null;
}

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
  const block = text.slice(respectfully.end, respectfully.end + 600).replace(/^\s*:?\s*/, '');
  const lines: string[] = [];
  for (const line of block.split('\n')) {
    if (line.trim() === '') {
      if (lines.length > 0) break;
      continue;
    }
    lines.push(line);
  }
  return splitAddressees(lines.join(';'));
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
function sentenceDate(text: string, sentence: Span, primary: DocumentReference): string | null {
  const before = firstDate(text, sentence.from, primary.start);
  if (before?.iso) return before.iso;
  const after = firstDate(text, primary.end, sentence.to);
  const issuedAfter = after?.iso && /ban hanh\s*$/.test(foldText(text.slice(primary.end, after.start)));
  if (issuedAfter) return after.iso;
  const partial =
    (after && after.start <= primary.end + 3 ? yearlessDate(text, after.start, sentence.to) : null) ??
    yearlessDate(text, sentence.from, primary.start);
  if (!partial) return null;
  const year = /\b(?:19|20)\d{2}\b/.exec(text)?.[0];
  return year ? isoDate(Number(year), partial.month, partial.day) : null;
}

function firstDate(text: string, from: number, to: number): ReturnType<typeof dateAt> {
  for (let i = from; i < to; i++) {
    if (foldCode(text.charCodeAt(i)) !== 0x6e || (i > 0 && isSymbolLetter(foldCode(text.charCodeAt(i - 1)))))
      continue;
    const date = dateAt(text, i);
    if (date) return date;
  }
  return null;
}

function yearlessDate(text: string, from: number, to: number): { day: number; month: number } | null {
  const match = /(?:ngay|dem|sang|chieu|toi|trua)\s*(\d{1,2})\s*[/-]\s*(\d{1,2})(?![/\d])/.exec(
    foldText(text.slice(from, to)),
  );
  return match ? { day: Number(match[1]), month: Number(match[2]) } : null;
}
