/**
 * Which columns of a listing table hold what, read from the header labels portals use:
 * "Số/Ký hiệu", "Ngày ban hành", "Trích yếu", "Cơ quan ban hành" and their variants, compared
 * without case or diacritics ("SỐ KÝ HIỆU", "So/Ky hieu"). The same labels name a card's
 * "Label: value" fields (field-labels.ts).
 * @module
 */
import { foldText } from '../../shared/references/fold';

export interface ListingColumns {
  symbol: number;
  /** The symbol column holds the documents' names ("Tên văn bản"), not their symbols alone. */
  named: boolean;
  issuedDate: number | null;
  subject: number | null;
  issuingBody: number | null;
}

/** What a column or a labelled field holds. */
export type Role = Exclude<keyof ListingColumns, 'named'>;

/**
 * Label phrases (folded, words separated by one space) by role, the strongest first; some only in
 * places (`PHRASE_PLACES`) or as the whole label (`WHOLE_LABELS`).
 */
const PHRASES: Record<Role, readonly string[]> = {
  // English after Vietnamese (ministries' English pages: "Number/Symbol", "Issued date"); "no"
  // last, for a serial-number "No." column yields to any other.
  symbol: [
    'so ky hieu',
    'ky hieu',
    // "Ký, mã hiệu" (a university's table; audit 91).
    'ky ma hieu',
    'so hieu',
    'so',
    'document no',
    'number',
    'symbol',
    'decree',
    'circular',
    'decision',
    'resolution',
    'no',
  ],
  issuedDate: [
    'ngay ban hanh',
    'ngay ky',
    'ngay van ban',
    'ngay vb',
    'ngay',
    'ban hanh',
    'issued date',
    'date of issue',
    'issuing date',
  ],
  subject: [
    'trich yeu',
    'ten van ban',
    'tieu de',
    'noi dung',
    've viec',
    'v v',
    'ten',
    'mo ta',
    'summary',
    'title',
    'description',
  ],
  issuingBody: [
    'co quan ban hanh',
    'cq ban hanh',
    'noi ban hanh',
    'don vi ban hanh',
    'noi gui',
    'co quan',
    'cqbh',
    'issuing agency',
    'issuing body',
  ],
};
const ROLES = Object.keys(PHRASES) as Role[];
/**
 * Where a phrase may stand in a label, for the phrases that may stand only in places: "ngay" only
 * opening a label of no other date (not "hiệu lực", "đăng", an e-office's "Ngày đến"); "so"
 * opening a label of no other number (a register's own, pages, counts, a serial number): "Số",
 * "Số VBHN", "Số quyết định", "Số, ngày văn bản" (the symbol with its date under or after it);
 * "ten" before a document type ("Tên nghị quyết", not "Tên người ký", "Tên cơ quan") or as "Tên
 * tài liệu", "Tên gọi (của văn bản)" (audit 31). Those that must be the whole label are in
 * `WHOLE_LABELS`.
 */
const PHRASE_PLACES: Record<string, RegExp> = {
  ngay: /^ngay(?!.* (hieu luc|dang|cap nhat|nhan|den)( |$))/,
  so: /^so(?! (den|trang|luong|to|luot|lan|ban|tt|thu tu)( |$))/,
  ten: /^ten (nghi|quy|thong|chi|ke|bao|luat|tai lieu|goi)/,
};

/**
 * The phrases that name their role only as the whole label. Listed, not each written as a
 * pattern of its own (`/^ban hanh$/`): the content script is smaller so (its size budget,
 * DESIGN.md §6).
 */
const WHOLE_LABELS: ReadonlySet<string> = new Set([
  // A card's "Ban hành: 05/03/2020", not "Cơ quan ban hành".
  'ban hanh',
  // A commune's table headed "Về việc" or "V/v" over its trích yếu (audit 42).
  've viec',
  'v v',
  // A table of one kind of document headed by its English name ("Decree | Issued Date |
  // Description", audit 80), not a column of that document's other fields ("Decree title").
  'decree',
  'circular',
  'decision',
  'resolution',
  // "Mô tả" whole ("Mô tả | Tệp đính kèm"), not "Mô tả tệp".
  'mo ta',
]);

/**
 * "Số/Ký hiệu" → "so ky hieu". "Sở" (a department: "Sở Tư pháp", a body cell) would fold to the
 * "so" of "Số" (number): it is kept apart.
 */
export function normalizeLabel(label: string): string {
  return foldText(label.normalize('NFC').replace(/sở/giu, 'sx'))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function containsPhrase(label: string, phrase: string): boolean {
  return ` ${label} `.includes(` ${phrase} `);
}

/** How strongly a label names the role: the rank of the first phrase it holds (higher is stronger), 0 for none. */
function strength(label: string, role: Role): number {
  const phrases = PHRASES[role];
  for (let i = 0; i < phrases.length; i++) {
    const phrase = phrases[i] as string;
    if (!containsPhrase(label, phrase)) continue;
    if (WHOLE_LABELS.has(phrase) ? label !== phrase : PHRASE_PLACES[phrase]?.test(label) === false) continue;
    return phrases.length - i;
  }
  return 0;
}

/** The role a label names (normalized: "ngay ban hanh"), the first of the roles that has it; null for none. */
export function labelRole(label: string): Role | null {
  return ROLES.find((role) => strength(label, role) > 0) ?? null;
}

/** Labels of other dates and states a card may add ("Ngày hiệu lực:", "Tình trạng:"). */
const OTHER_LABELS = /^(ngay|hieu luc|tinh trang)( |$)/;

/**
 * Whether a normalized label is one of the known ones, whole: it opens with a phrase of the role
 * it names ("co quan ban hanh", not "quy dinh co quan ban hanh"), or names another date.
 */
export function isKnownLabel(label: string): boolean {
  if (OTHER_LABELS.test(label)) return true;
  const role = labelRole(label);
  return !!role && PHRASES[role].some((phrase) => label === phrase || label.startsWith(`${phrase} `));
}

/**
 * A column of the documents' names: "Tên văn bản", or a whole "Văn bản", "Tiêu đề", "Tên" or
 * "Title" (a CMS's list of articles).
 */
const NAME_LABEL = /(?:^| )ten van ban(?: |$)|^(?:van ban|tieu de|ten|title)$/;

/**
 * The columns of a header row (labels by column position, colspans already spread), or null
 * when no column holds the symbol: then the table is not a listing. The symbol and subject
 * columns may be the same one, a "Tên văn bản" column, when there is no other.
 */
export function listingColumns(labels: readonly string[]): ListingColumns | null {
  const best: Partial<Record<Role, { column: number; strength: number }>> = {};
  const taken = new Set<number>();
  for (const role of ROLES) {
    labels.forEach((raw, column) => {
      if (taken.has(column)) return;
      const found = strength(normalizeLabel(raw), role);
      const current = best[role];
      if (found > 0 && (!current || found > current.strength)) best[role] = { column, strength: found };
    });
    const chosen = best[role];
    if (chosen) taken.add(chosen.column);
  }
  const symbol = best.symbol?.column;
  const columns = {
    issuedDate: best.issuedDate?.column ?? null,
    // "Số hiệu / Trích yếu": one column for both, the trích yếu under the symbol (audit 21).
    subject:
      best.subject?.column ??
      (symbol !== undefined && strength(normalizeLabel(labels[symbol] as string), 'subject') > 0
        ? symbol
        : null),
    issuingBody: best.issuingBody?.column ?? null,
  };
  if (symbol !== undefined) return { symbol, named: false, ...columns };
  // Some portals have no symbol column: the document's name holds it ("Quyết định số
  // 15/2024/QĐ-UBND về việc …"). Not a trích yếu or "Nội dung", which cite other documents.
  const named = labels.findIndex((label) => NAME_LABEL.test(normalizeLabel(label)));
  if (named < 0) return null;
  return { ...columns, symbol: named, named: true };
}
