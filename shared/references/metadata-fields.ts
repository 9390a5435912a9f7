/**
 * A document's metadata as portals and legal databases lay it out: label, then value —
 * "Số ký hiệu | 30/2020/NĐ-CP", "Ngày ban hành: 05/03/2020", "Trích yếu" with the value on the
 * next line (a two-column table's cells become lines of the page text). Labels are compared
 * folded (no case, no diacritics), and only at the start of a line or after a table's bar, so
 * that prose ("… có số ký hiệu 30/2020/NĐ-CP …") is not read as a field.
 * @module
 */
import { type HeaderKind, headerKind } from './context';
import { isoDate } from './dates';
import { foldText } from './fold';
import { cleanPhrase } from './text-spans';

/** How far back the label of a value may start (a line's label and separators). */
const LABEL_WINDOW = 40;
/** Metadata sits at the top of a page's main text; fields are not looked for past this. */
const FIELDS_WINDOW = 6000;

/** "Số ký hiệu", "Số/Ký hiệu", "Số, ký hiệu", "Ký hiệu văn bản" (the "Số hiệu" field is context.ts's). */
const SYMBOL_LABEL = /(?:^|[\n|])[ \t]*(?:so[ \t]*[/,]?[ \t]*)?ky hieu(?: van ban)?[ \t]*[:|]?\s*$/;

export const SUBJECT_LABELS = ['trich yeu noi dung', 'trich yeu'] as const;
export const ISSUER_LABELS = ['co quan ban hanh', 'noi ban hanh', 'don vi ban hanh'] as const;
const DATE_LABELS = ['ngay ban hanh'] as const;

/**
 * What stands before a reference at `start`: a document's header ("Số: 594/KH-UBND"), a
 * metadata field ("Số hiệu:", context.ts; "Số ký hiệu", here), or neither.
 */
export function documentHeaderKind(text: string, start: number): HeaderKind {
  return headerKind(text, start) ?? (symbolLabelBefore(text, start) ? 'metadata' : null);
}

/** Whether a symbol label of a metadata block stands just before `start`, on its line. */
export function symbolLabelBefore(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  // A label, its separators and a line break at most: the value may be on the next line.
  const labelLineStart = text.lastIndexOf('\n', Math.max(0, lineStart - 2)) + 1;
  const from = text.slice(lineStart, start).trim() === '' ? labelLineStart : lineStart;
  if (start - from > LABEL_WINDOW) return false;
  return SYMBOL_LABEL.test(foldText(text.slice(from, start)));
}

/**
 * The value of the first field with one of `labels` (folded, longest first): what follows the
 * label on its line after a colon or a bar, or else the next non-empty line.
 */
export function metadataField(text: string, labels: readonly string[]): string | null {
  const lines = text.slice(0, FIELDS_WINDOW).split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const folded = foldText(line).trimStart();
    const label = labels.find((candidate) => folded.startsWith(candidate));
    if (!label) continue;
    const rest = folded.slice(label.length);
    // "Trích yếu nội dung" is not "Trích yếu" followed by a value "nội dung".
    if (!/^\s*(?:[:|]|$)/.test(rest)) continue;
    const value = valueAfterLabel(line, label.length) || nextLine(lines, i);
    if (value) return value;
  }
  return null;
}

/** The issuing date of a metadata block ("Ngày ban hành: 05/03/2020", or on the next line). */
export function metadataDate(text: string): string | null {
  const value = metadataField(text, DATE_LABELS);
  const match = value ? /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/.exec(value) : null;
  return match ? isoDate(Number(match[3]), Number(match[2]), Number(match[1])) : null;
}

/** The line's text after its label of `foldedLength` folded characters and a separator. */
function valueAfterLabel(line: string, foldedLength: number): string {
  // Folding drops combining marks: walk the original line until as many letters are passed.
  let passed = 0;
  let i = 0;
  const leading = line.length - line.trimStart().length;
  for (i = leading; i < line.length && passed < foldedLength; i++) {
    if (foldText(line[i] as string) !== '') passed++;
  }
  while (i < line.length && foldText(line[i] as string) === '') i++;
  return cleanPhrase(
    line
      .slice(i)
      .replace(/^\s*[:|]\s*/, '')
      .replace(/\|\s*$/, ''),
  );
}

function nextLine(lines: readonly string[], index: number): string | null {
  for (let j = index + 1; j < Math.min(lines.length, index + 3); j++) {
    const value = cleanPhrase((lines[j] as string).replace(/^\s*\|\s*/, '').replace(/\|\s*$/, ''));
    if (value) return value;
  }
  return null;
}
