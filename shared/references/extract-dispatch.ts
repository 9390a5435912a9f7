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
  isFieldLabel,
  metadataField,
  metadataHeading,
  metadataIssuedDate,
  SUBJECT_LABELS,
} from './metadata-fields';
import { cleanPhrase, linesAfter, linesBefore, type Span, SUBJECT_VERBS, sentenceAround } from './text-spans';

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
    (header === 'metadata' ? metadataHeading(text, primary.start) : null) ??
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

/**
 * The subject right after the reference, its date and "của <issuer>": "Nghị định 30/2020/NĐ-CP
 * về công tác văn thư do Chính phủ ban hành …" → "về công tác văn thư" (a "về" phrase ends at
 * "do"/"của"); "… 1234/QĐ-UBND ngày 5/4/2024 phê duyệt quy hoạch chung …" → "phê duyệt quy
 * hoạch chung …" (a trích yếu's opening verb, SUBJECT_VERBS: to the sentence's end or a ";").
 */
function aboutPhraseAfter(text: string, from: number, to: number): string | null {
  const rest = text.slice(from, Math.min(to, from + 400)).normalize('NFC');
  const lead = PHRASE_LEAD.exec(rest);
  const start = lead ? lead[0].length : 0;
  const about = ABOUT_PHRASE.exec(rest.slice(start));
  if (about) return cleanPhrase(about[1] as string);
  // "… ngày 12/3/2024 của UBND tỉnh ban hành Quy chế …": the issuer, then the verb.
  const of = OF_ISSUER.exec(rest.slice(start));
  const verbAt = start + (of ? of[0].length : 0);
  const verb = VERB_PHRASE.exec(rest.slice(verbAt));
  if (verb) return cleanPhrase(verb[1] as string);
  if (!of) return null;
  const aboutAfterOf = ABOUT_PHRASE.exec(rest.slice(verbAt));
  return aboutAfterOf ? cleanPhrase(aboutAfterOf[1] as string) : null;
}

/** The reference's own date ("ngày 5/4/2024", "ngày 5 tháng 4 năm 2024") and a year after it. */
const PHRASE_LEAD =
  /^(?:\s*,?\s*ng\S{2,3}\s+[\d/.\-\s]+(?:th\S{3}\s+\d+\s+n\S{2}\s+\d{4})?)?\s*(?:năm\s+\d{4}\s+)?/u;
const ABOUT_PHRASE = /^(v[ềỀ]\s.+?)(?:\s+(?:do|của)\s|$)/u;
// The verb after an issuer is written in lower case: "Thi đua - Khen thưởng" is part of a name.
const OF_ISSUER = new RegExp(`^,?\\s*của\\s+[^,;:()]{2,80}?\\s+(?=(?:về|${SUBJECT_VERBS})[\\s,])`, 'u');
/**
 * A verb phrase ends at the sentence's end, a ";", a clause that comments on it (", trong đó …")
 * or "do <issuer> ban hành". "ban hành kèm theo …", "ban hành ngày …" describe the document,
 * they do not open its subject.
 */
const VERB_PHRASE = new RegExp(
  `^((?!ban hành\\s+(?:kèm|ngày|tại|theo|năm|từ)\\s)(?:${SUBJECT_VERBS})[\\s,].+?)(?:\\s*;|,\\s*(?:trong đó|theo đó|qua đó|đồng thời|nhằm|từ đó|tuy nhiên)\\s|,?\\s+do\\s+[^,;]{2,60}?\\s+ban hành\\b|$)`,
  'iu',
);

/** Under a header: the "V/v …" line, or the title lines under the type name ("QUYẾT ĐỊNH"). */
function headerSubject(text: string, end: number): string | null {
  const lines = linesAfter(text, end, 12).map((line) => line.trim());
  const vv = lines.find((line) => /^V\/v\b/i.test(line));
  if (vv) return cleanPhrase(vv.replace(/^V\/v\.?\s*/i, 'V/v '));
  // A metadata value ("Loại văn bản | Nghị định") is no type title: the line before it is a label.
  const typeLine = lines.findIndex(
    (line, i) => TITLE_TYPES.test(foldText(line)) && !(i > 0 && isFieldLabel(lines[i - 1] as string)),
  );
  if (typeLine < 0) return null;
  const title: string[] = [];
  for (const line of lines.slice(typeLine + 1)) {
    if (line === '' || /^[-_*]+$/.test(line)) {
      if (title.length > 0) break;
      continue;
    }
    // The title is the capitals under the type name; the body starts with "Căn cứ …".
    const capitals = line === line.toUpperCase();
    if (line.includes('|') || /^(?:can cu|xet|theo de nghi)\b/.test(foldText(line)) || isFieldLabel(line))
      break;
    if (title.length > 0 && !capitals) break;
    title.push(line);
  }
  return title.length > 0 ? cleanPhrase(title.join(' ')) : null;
}

const TITLE_TYPES =
  /^(?:quyet dinh|nghi quyet|chi thi|ke hoach|thong bao|huong dan|cong dien|cong van|thong tu|nghi dinh|to trinh|bao cao|chuong trinh|quy che|quy dinh|ket luan)$/;

/**
 * What the page title says after the reference it names ("Quyết định 12/QĐ-UBND năm 2024 quy
 * định chế độ báo cáo" → "quy định chế độ báo cáo"), without a site name's tail (" - Báo Hà
 * Tĩnh", " | Cổng TTĐT …"). A title naming no reference is a headline or a site's page name
 * ("Văn bản đến"), not a trích yếu: null.
 */
function titleSubject(title: string | undefined, titleReferences: DocumentReference[]): string | null {
  const first = titleReferences[0];
  if (!title || !first) return null;
  const rest = withoutSiteName(title.slice(first.end));
  const cleaned = cleanPhrase(rest.replace(/^\s*(?:năm\s+\d{4}\s*)?/, ''));
  return cleaned || null;
}

/** " - Báo Hà Tĩnh", " | thuvienphapluat.vn": a last segment naming a site, dropped. */
function withoutSiteName(title: string): string {
  const tail = /\s+[-–|]\s+([^-–|]{2,60})$/u.exec(title);
  if (!tail) return title;
  const site = (tail[1] as string).trim();
  const folded = foldText(site);
  const words = site.split(/\s+/);
  const named =
    /^(?:bao|cong thong tin|cong ttdt|trang thong tin|thu vien|tap chi|dai|website|www\.)/.test(folded) ||
    /\.(?:vn|com|net|org)$/.test(folded) ||
    (words.length <= 5 && words.every((word) => /^[\p{Lu}\d]/u.test(word.normalize('NFC'))));
  return named ? title.slice(0, tail.index) : title;
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
  const rows = [current, ...lines];
  for (let k = 0; k < rows.length; k++) {
    const line = rows[k] as string;
    const folded = foldText(line);
    const republic = folded.indexOf('cong h');
    if (republic > 0) {
      const cell = cleanPhrase(line.slice(0, republic).replace(/[|\-–]+\s*$/, ''));
      if (!cell || /^(?:so|doc lap)/.test(foldText(cell))) continue;
      // The rows under it, down to the "Số:" row, may continue or follow the name in their
      // first cell ("THÀNH PHỐ HÀ NỘI | Độc lập - Tự do - Hạnh phúc").
      const block = [cell];
      for (let below = k - 1; below >= 1 && block.length < MAX_ISSUER_LINES; below--) {
        const next = cleanPhrase((rows[below] as string).replace(/\|.*$/, ''));
        if (!next || /^[-_*=\s]+$/.test(next) || isRepublicOrNumberLine(next) || !isCapitals(next)) break;
        block.push(next);
      }
      return bodyOfBlock(block) ?? cell;
    }
  }
  // The issuer block: the capital lines nearest above "Số:", joined (HEADER_BODY).
  const block: string[] = [];
  for (const line of lines) {
    const trimmed = cleanPhrase(line.replace(/\|.*$/, ''));
    const skipped = !trimmed || /^[-_*=\s]+$/.test(trimmed) || isRepublicOrNumberLine(trimmed);
    if (block.length === 0) {
      if (skipped) continue;
      if (isCapitals(trimmed)) block.push(trimmed);
      else continue;
      if (opensBody(trimmed)) break;
      continue;
    }
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
    if (opensBody(block[i] as string)) return block.slice(i).join(' ');
  }
  return null;
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

/** Whether a header line opens a body's name, rather than continuing one ("TỈNH QUẢNG NAM"). */
function opensBody(line: string): boolean {
  return BODY_OPENING.test(foldText(line));
}

const BODY_OPENING =
  /^(?:uy ban|ubnd|hoi dong|hdnd|so|bo|cuc|tong cuc|chi cuc|vu|vien|ban|phong|van phong|trung tam|truong|cong an|(?:tinh|thanh|huyen|quan|thi|xa|phuong|dang) uy|dang bo|toa an|tand|vien kiem sat|kho bac|thanh tra|kiem toan|bao hiem|ngan hang|chinh phu|quoc hoi|thu tuong|chu tich|bo chi huy|bo tu lenh|bo doi|mat tran|lien doan|lien hiep|hoi|doan|dai hoc|hoc vien|benh vien|cong ty|tap doan|tong cong ty|chi nhanh|ban chap hanh|bch|bql|ban quan ly)\b/;

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
  const year = /\b(?:19|20)\d{2}\b/.exec(text)?.[0];
  const own = after && after.start <= primary.end + 3 ? yearlessDate(text, after.start, sentence.to) : null;
  if (own) return year ? isoDate(Number(year), own.month, own.day) : null;
  const timed = TIME_OF_DAY_DATE.exec(text.slice(sentence.from, primary.start).normalize('NFC'));
  if (timed) {
    const iso = isoDate(Number(timed[3]), Number(timed[2]), Number(timed[1]));
    if (iso) return iso;
  }
  const partial = yearlessDate(text, sentence.from, primary.start);
  if (!partial) return null;
  return year ? isoDate(Number(year), partial.month, partial.day) : null;
}

/**
 * A news report's date led by a time of day rather than "ngày", opening the sentence: "Chiều
 * 14/9/2024, …", "Sáng nay 3/2/2023", "Vào tối 5/6/2024", "Hôm nay (14/9/2024), …". Compared
 * with diacritics ("sang 14/9" is no morning).
 */
const TIME_OF_DAY_DATE =
  /^[\s"“(-]*(?:\([^)]{1,20}\)\s*[-–]\s*)?(?:vào\s+|trong\s+)?(?:sáng|chiều|tối|trưa|đêm|hôm nay|hôm qua)(?:\s+nay|\s+qua)?\s*\(?\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/iu;

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
