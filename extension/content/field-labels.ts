/**
 * "Label: value" fields, as cards write them ("Ban hành: 05/03/2020", "Trích yếu nội dung: …")
 * and as cells repeat or add them ("Ngày ban hành: …" under a trích yếu), read with the same
 * label phrases as the listing tables' headers (listing-columns.ts).
 * @module
 */
import { labelRole, normalizeLabel, type Role } from './listing-columns';
import { parseListingDate } from './listing-date';

const LABELED = /^([\p{L}\p{M} ]{2,40}?)\s*:\s*(.*)$/u;

/** A "Label: value" line as the role its label names (null for a label of none) and its value; null for any other line. */
export function labeledField(line: string): [role: Role | null, value: string] | null {
  const labeled = LABELED.exec(line.trim());
  return labeled ? [labelRole(normalizeLabel(labeled[1] as string)), labeled[2] as string] : null;
}

/** The date a "Ngày ban hành: 12/06/2024" line gives, or null when the line gives none. */
export function labeledDate(line: string): string | null {
  const field = labeledField(line);
  return field?.[0] === 'issuedDate' ? parseListingDate(field[1]) : null;
}

/** The text without a leading copy of its column's label ("Trích yếu: …": responsive tables repeat it in each cell, hidden by CSS). */
export function withoutLabel(text: string, label = ''): string {
  const name = label.replace(/\s*:$/, '');
  if (name === '' || text.slice(0, name.length).toLowerCase() !== name.toLowerCase()) return text;
  const colon = /^\s*:\s*/.exec(text.slice(name.length));
  return colon ? text.slice(name.length + colon[0].length) : text;
}
