/**
 * What a sentence does with a reference it names: issues it ("ban hành Công văn số …"),
 * cites it as a basis ("căn cứ …", "theo …" and the references joined to those), recalls it
 * as background ("Trước đó, …"), or shows the site's licence.
 * @module
 */
import type { DocumentReference } from '../schemas/reference';
import { foldText } from './fold';
import { sentenceAround } from './text-spans';

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

export function foldedBefore(text: string, reference: DocumentReference): string {
  return foldText(textBefore(text, reference));
}

/** The sentence's text before the reference, its last 80 characters at most, as written. */
function textBefore(text: string, reference: DocumentReference): string {
  const { from } = sentenceAround(text, reference.start, reference.end);
  return text.slice(Math.max(from, reference.start - 80), reference.start);
}

/**
 * The type words a reference is named by, folded ("Thông tư liên tịch", "Công điện khẩn"); a
 * law's name may stand between its type word and "số" ("Luật Đất đai số 31/2024/QH15").
 */
export const TYPE_WORDS =
  '(?:nghi quyet|nghi dinh|quyet dinh|thong tu(?: lien tich)?|cong van|van ban|chi thi|ke hoach|thong bao(?: ket luan)?|cong dien(?: khan)?|bo luat|luat|phap lenh|ket luan|huong dan|to trinh|bao cao|quy dinh|quy che|chuong trinh|de an|thong cao)';

/** The types that open another document's name after a law's, folded. */
const OTHER_TYPES =
  '(?:nghi dinh|nghi quyet|quyet dinh|thong tu|cong van|cong dien|chi thi|ke hoach|thong bao|huong dan)';

/**
 * A type word and its qualifier, or a law's name (which may hold a comma: "Luật Trật tự, an toàn
 * giao thông đường bộ số …"; audit 72), then "số". A law's name runs into no other document's type
 * ("Luật Đường bộ, Nghị định số …", "Luật Căn cước và Thông tư số …"), nor is "luật sư|gia" a law
 * (review 31).
 */
export const NAMED_TYPE = `(?:(?:bo )?luat(?!\\s+(?:su|gia)\\b)(?:(?:\\s+(?!${OTHER_TYPES}\\s)[^\\s;.:]+){1,10}?\\s+so\\s*:?|\\s+so\\s*:?)?|(?!(?:bo )?luat\\b)${TYPE_WORDS}(?:\\s+khan)?(?:(?:\\s+[^\\s,;.:]+){1,8}?\\s+so\\s*:?|\\s+so\\s*:?)?)\\s*`;

/**
 * "… ban hành Công văn số 3944/…": the issuing verb a few words before the number; "(vừa) có|gửi
 * văn bản số …", "thông qua Nghị quyết số …" (a council's or the Quốc hội's), "yêu cầu … tại Công
 * văn số …".
 */
export function issuedInSentence(text: string, reference: DocumentReference): boolean {
  // The sentence's lead read once: folded for the verbs, as written for "ký" and its look-alikes.
  const written = textBefore(text, reference);
  const before = foldText(written);
  return (
    (/(?:ban hanh|phat hanh)\s+(?:\S+\s+){0,4}$/.test(before) ||
      // A type named with its kind after the verb: "… vừa ban hành Chương trình hành động số …"
      // (review 100); not another type named on ("ban hành Kế hoạch thực hiện Nghị quyết 57-NQ/TW").
      ISSUED_NAMED_TYPE.test(before) ||
      ISSUING_TYPE.test(before) ||
      // "ký" (or "kí") is signing, as written, glued or not ("đãký"; review 54); "ký hiệu" (symbol)
      // is not, nor the words that fold the same: "kỷ niệm", "kỳ họp", "đọc kỹ", "Hoa Kỳ" ("… của
      // Ban Tổ chức kỷ niệm; Kế hoạch số 24/KH-BTGTU"; audit 133, review 55).
      (/k[iy](?! hieu)\s+(?:\S+\s+){0,4}$/.test(before) &&
        /k[ýíy](?!\s+hiệu)\s+(?:\S+\s+){0,4}$/u.test(written.normalize('NFC').toLowerCase()))) &&
    !/kem theo\s+(?:\S+\s+){0,4}$/.test(before)
  );
}

const ISSUED_NAMED_TYPE = new RegExp(
  `(?:ban hanh|phat hanh)\\s+${TYPE_WORDS}\\s+(?:(?!${TYPE_WORDS}\\s)\\S+\\s+){0,4}$`,
);

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
export function citedAsBasis(
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
      !/[.!?\n]/.test(gap) &&
      ((gap.length <= JOINED_GAP && JOINED.test(gap)) ||
        (gap.length <= JOINED_FAR_GAP && JOINED_FAR.test(gap)) ||
        (gap.length <= JOINED_ITEM_GAP &&
          JOINED_ITEM.test(gap) &&
          groundsItem(text, previous as DocumentReference, gap))) &&
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
  `(?:^|[\\s,;("“])(?:can cu(?: vao)?|theo|thuc hien|tai|cua|thay the|tren co so|dua tren|trien khai|quan triet|cu the hoa|sua doi(?:,? bo sung)?|bai bo|thi hanh|quy dinh chi tiet(?: thi hanh)?|huong dan thi hanh)\\s+(?:(?:nghiem tuc|nghiem|tot|dung|day du)\\s+)?(?:(?:(?:diem|khoan|dieu|muc|chuong|phu luc)\\s+[^\\s,;]+(?:\\s*,\\s*|\\s+va\\s+|\\s+)){1,5}(?:cua\\s+)?)?(?:cac\\s+)?(?:${NAMED_TYPE})?["“]?$`,
);

/** The longest stretch between two references of one list: the first's date and issuer. */
const JOINED_GAP = 120;
/** The words between two references of one list: the first's date and issuer, then "và", "," or ";". */
const JOINED = new RegExp(`^[^;]{0,80}?(?:,|;|\\s(?:va|hoac|cung))\\s*(?:${NAMED_TYPE})?$`);
/**
 * A list's next reference after a long trích yếu, joined by "và|hoặc" ("… ngày 27/9/2019 của Bộ
 * Chính trị về một số chủ trương, chính sách chủ động tham gia cuộc Cách mạng công nghiệp lần thứ
 * tư và Quyết định số …"; audit 65; "… về việc ban hành Kế hoạch công tác phổ biến, giáo dục pháp
 * luật năm 2024 và Công văn số …", 80 characters and more before its "và": audit 68); a comma or
 * semicolon that far on opens the sentence's own clause ("…, Kế hoạch số 234/KH-UBND … đặt mục
 * tiêu …"; review 26).
 */
const JOINED_FAR_GAP = 200;
const JOINED_FAR = new RegExp(`^[^;]{0,160}?\\s(?:va|hoac)\\s+(?:${NAMED_TYPE})?$`);

/**
 * A list's next item after a semicolon, its type word right after it, however long the first
 * item's trích yếu: "Căn cứ Thông tư số 01/2021/TT-TTCP ngày … quy định … tiếp công dân; Thông tư
 * số 04/2021/TT-TTCP …" (audit 121).
 */
const JOINED_ITEM_GAP = 400;
const JOINED_ITEM = new RegExp(`;\\s*(?:${NAMED_TYPE})$`);

/**
 * Whether the list is a line of grounds ("Căn cứ …" opening its line) and the item before the
 * semicolon is one: no clause of its own after a comma ("…, Sở Y tế đã ban hành …; Kế hoạch số …
 * đặt mục tiêu …" reports the plan; review 51).
 */
function groundsItem(text: string, previous: DocumentReference, gap: string): boolean {
  const line = foldText(text.slice(text.lastIndexOf('\n', previous.start) + 1, previous.start));
  return /^\W*can cu\b/.test(line) && !/,\s+[^,;]*\s(?:da|se|dang)\s/.test(gap);
}

/** "Trước đó, …": a document the report recalls as background, not the one it is about. */
export function inBackground(text: string, reference: DocumentReference): boolean {
  const { from } = sentenceAround(text, reference.start, reference.end);
  return /^[\s"“(-]*truoc do\b/.test(foldText(text.slice(from, reference.start)));
}
