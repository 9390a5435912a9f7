/**
 * "Label: value" fields, as cards write them ("Ban hành: 05/03/2020", "Trích yếu nội dung: …")
 * and as cells repeat or add them ("Ngày ban hành: …" under a trích yếu), read with the same
 * label phrases as the listing tables' headers (listing-columns.ts).
 * @module
 */
import { isKnownLabel, labelRole, normalizeLabel, type Role } from './listing-columns';
import { parseListingDate } from './listing-date';

const LABELED = /^([\p{L}\p{M} ]{2,40}?)\s*:\s*(.*)$/u;
const LABEL_CHAR = /[\p{L}\p{M} ]/u;
/** In brackets, as listing-cards.ts's LETTER: a literal in the build, not a `new RegExp`. */
const UPPER = /[\p{Lu}]/u;
/** What may stand before a label's capital inside the letters before its colon: a space, or a word it is glued to. */
const BEFORE_LABEL = /[\s\p{Ll}\p{M}]/u;
const MAX_LABEL = 40;
/**
 * "Số hiệu:", "Số ký hiệu:", "Số/Ký hiệu:", "Ký hiệu:", "Số KH:", "Số:", "Số hiệu văn bản:"; without the colon before a number
 * ("<span>Số hiệu</span><span>3321/UBND-VP</span>", spaced by the layout's CSS).
 */
const SYMBOL_LABEL =
  /^\s*(?:số\s*(?:hiệu|kh|\/?\s*k[ýí]\s*hiệu)?|k[ýí]\s*hiệu)(?: văn bản| vb)?(?:\s*:\s*|\s+(?=\d))/iu;

/** A "Label: value" line as the role its label names (null for a label of none) and its value; null for any other line. */
export function labeledField(line: string): [role: Role | null, value: string] | null {
  const labeled = LABELED.exec(line.trim());
  return labeled ? [labelRole(normalizeLabel(labeled[1] as string)), labeled[2] as string] : null;
}

/**
 * Every "Label: value" field of a line, each value ending at " | " or where the next known
 * label starts, even glued to it ("Ngày ban hành: 26/12/2024Cơ quan ban hành: Chính phủ", from
 * spans with no space between); none for a line that opens with no label.
 */
export function labeledFields(line: string): [role: Role | null, value: string][] {
  const fields: [Role | null, string][] = [];
  const [head, ...rest] = line.split(' | ');
  if (!labeledField(head as string)) return fields;
  // "Số hiệu: … | Ngày ban hành: … | Trích yếu: …": each part a field of its own.
  for (const part of [head as string, ...rest]) fieldsOfPart(part, fields);
  return fields;
}

function fieldsOfPart(part: string, fields: [Role | null, string][]): void {
  for (let field = labeledField(part); field; ) {
    const [role, value] = field;
    const next = nextLabelStart(value);
    fields.push([role, (next < 0 ? value : value.slice(0, next)).trim()]);
    field = next < 0 ? null : labeledField(value.slice(next));
  }
}

/**
 * A label naming the symbol before an item's reference ("Số hiệu: 05/2024/TT-BNV", "Số:"): its
 * length, or 0. An item or card that opens with it opens with its reference.
 */
export function symbolLabelLength(text: string): number {
  return SYMBOL_LABEL.exec(text)?.[0].length ?? 0;
}

/** Where the first known label in a value starts (a capital opening it, after no letter or glued to a word), or -1. */
function nextLabelStart(value: string): number {
  for (let colon = value.indexOf(':'); colon >= 0; colon = value.indexOf(':', colon + 1)) {
    let start = colon;
    while (start > 0 && colon - start < MAX_LABEL && LABEL_CHAR.test(value[start - 1] as string)) start--;
    for (let at = start; at < colon; at++) {
      if (!UPPER.test(value[at] as string) || (at > start && !BEFORE_LABEL.test(value[at - 1] as string)))
        continue;
      if (isKnownLabel(normalizeLabel(value.slice(at, colon)))) return at;
    }
  }
  return -1;
}

/** The date a "Ngày ban hành: 12/06/2024" line gives, or null when the line gives none. */
export function labeledDate(line: string): string | null {
  for (const [role, value] of labeledFields(line)) if (role === 'issuedDate') return parseListingDate(value);
  return null;
}

/** The text without a leading copy of its column's label ("Trích yếu: …": responsive tables repeat it in each cell, hidden by CSS). */
export function withoutLabel(text: string, label = ''): string {
  const name = label.replace(/\s*:$/, '');
  if (name === '' || text.slice(0, name.length).toLowerCase() !== name.toLowerCase()) return text;
  const colon = /^\s*:\s*/.exec(text.slice(name.length));
  return colon ? text.slice(name.length + colon[0].length) : text;
}
