/**
 * Which columns of a listing table hold what, read from the header labels portals use:
 * "Số/Ký hiệu", "Ngày ban hành", "Trích yếu", "Cơ quan ban hành" and their variants, compared
 * without case or diacritics ("SỐ KÝ HIỆU", "So/Ky hieu").
 * @module
 */
import { foldText } from '../../shared/references/fold';

export interface ListingColumns {
  symbol: number;
  issuedDate: number | null;
  subject: number | null;
  issuingBody: number | null;
}

type Role = keyof ListingColumns;

/** Label phrases (folded, words separated by one space) by role, the strongest first. */
const PHRASES: Record<Role, readonly string[]> = {
  symbol: ['so ky hieu', 'ky hieu', 'so hieu', 'so van ban'],
  issuedDate: ['ngay ban hanh', 'ngay ky', 'ngay'],
  subject: ['trich yeu', 'ten van ban', 'noi dung'],
  issuingBody: ['co quan ban hanh', 'noi ban hanh', 'don vi ban hanh', 'co quan'],
};
const ROLES = Object.keys(PHRASES) as Role[];
/** The strength of "ten van ban" for the subject: a label at least this strong names documents. */
const NAMED_SUBJECT = 2;
/** Dates that are not the issuing date. */
const OTHER_DATES = / (hieu luc|het hieu luc|dang|cap nhat|nhan)( |$)/;

/** "Số/Ký hiệu" → "so ky hieu". */
export function normalizeLabel(label: string): string {
  return foldText(label)
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
    if (role === 'issuedDate' && phrase === 'ngay') {
      if (!label.startsWith('ngay') || OTHER_DATES.test(label)) continue;
    }
    return phrases.length - i;
  }
  return 0;
}

/**
 * The columns of a header row (labels by column position, colspans already spread), or null
 * when no column holds the symbol: then the table is not a listing. The symbol and subject
 * columns are the same one when the symbol is read from the document's name.
 */
export function listingColumns(labels: readonly string[]): ListingColumns | null {
  const best: Record<Role, { column: number; strength: number } | null> = {
    symbol: null,
    issuedDate: null,
    subject: null,
    issuingBody: null,
  };
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
  // Some portals have no symbol column: the document's name ("Quyết định số 15/2024/QĐ-UBND
  // về việc …") or trích yếu holds it. Not a generic "Nội dung", which schedules and reports use.
  const symbol =
    best.symbol ?? (best.subject && best.subject.strength >= NAMED_SUBJECT ? best.subject : null);
  if (!symbol) return null;
  return {
    symbol: symbol.column,
    issuedDate: best.issuedDate?.column ?? null,
    subject: best.subject?.column ?? null,
    issuingBody: best.issuingBody?.column ?? null,
  };
}
