/**
 * Which columns of a listing table hold what, read from the header labels portals use:
 * "Số/Ký hiệu", "Ngày ban hành", "Trích yếu", "Cơ quan ban hành" and their variants, compared
 * without case or diacritics ("SỐ KÝ HIỆU", "So/Ky hieu").
 * @module
 */
import { foldText } from '../../shared/references/fold';
import { parseListingDate } from './listing-date';

export interface ListingColumns {
  symbol: number;
  /** The symbol column holds the documents' names ("Tên văn bản"), not their symbols alone. */
  named: boolean;
  issuedDate: number | null;
  subject: number | null;
  issuingBody: number | null;
}

type Role = Exclude<keyof ListingColumns, 'named'>;

/** Label phrases (folded, words separated by one space) by role, the strongest first. */
const PHRASES: Record<Role, readonly string[]> = {
  symbol: ['so ky hieu', 'ky hieu', 'so hieu', 'so van ban'],
  issuedDate: ['ngay ban hanh', 'ngay ky', 'ngay'],
  subject: ['trich yeu', 'ten van ban', 'tieu de', 'noi dung'],
  issuingBody: ['co quan ban hanh', 'cq ban hanh', 'noi ban hanh', 'don vi ban hanh', 'noi gui', 'co quan'],
};
const ROLES = Object.keys(PHRASES) as Role[];
/** Dates that are not the issuing date. */
const OTHER_DATES = / (hieu luc|het hieu luc|dang|cap nhat|nhan)( |$)/;

/** "Số/Ký hiệu" → "so ky hieu". */
export function normalizeLabel(label: string): string {
  return foldText(label)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const LABELED = /^([\p{L}\p{M} ]{2,40}?)\s*:\s*(.*)$/u;
/** Labels of the issuing date on a line of its own (a card's "Ban hành: 05/03/2020", a cell's "Ngày ban hành: …"). */
const DATE_LABELS = ['ban hanh', 'ngay ban hanh', 'ngay'];

/** A "Label: value" line as its label, normalized, and its value; null for any other line. */
export function labeledField(line: string): [label: string, value: string] | null {
  const labeled = LABELED.exec(line.trim());
  return labeled ? [normalizeLabel(labeled[1] as string), labeled[2] as string] : null;
}

/** The date a "Ngày ban hành: 12/06/2024" line gives, or null when the line gives none. */
export function labeledDate(line: string): string | null {
  const field = labeledField(line);
  return field && DATE_LABELS.includes(field[0]) ? parseListingDate(field[1]) : null;
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
 * columns may be the same one, a "Tên văn bản" column, when there is no other.
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
  const columns = {
    issuedDate: best.issuedDate?.column ?? null,
    subject: best.subject?.column ?? null,
    issuingBody: best.issuingBody?.column ?? null,
  };
  if (best.symbol) return { symbol: best.symbol.column, named: false, ...columns };
  // Some portals have no symbol column: the document's name holds it ("Quyết định số
  // 15/2024/QĐ-UBND về việc …"). Not a trích yếu or "Nội dung", which cite other documents.
  const named = labels.findIndex((label) => containsPhrase(normalizeLabel(label), 'ten van ban'));
  if (named < 0) return null;
  return { ...columns, symbol: named, named: true };
}
