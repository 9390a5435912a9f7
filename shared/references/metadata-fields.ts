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
  // Only the window a label can take is read: text without line breaks costs no more.
  const from = Math.max(0, start - LABEL_WINDOW);
  const window = text.slice(from, start);
  const lineStart = window.lastIndexOf('\n') + 1;
  // A label, its separators and a line break at most: the value may be on the next line.
  const labelLineStart =
    window.slice(lineStart).trim() === ''
      ? window.lastIndexOf('\n', Math.max(0, lineStart - 2)) + 1
      : lineStart;
  // A label cut by the window is not at its line's start: the expression needs that start.
  if (labelLineStart === 0 && from > 0 && text.charCodeAt(from - 1) !== 10) return false;
  return SYMBOL_LABEL.test(foldText(window.slice(labelLineStart)));
}

/** Metadata fields are read in this many characters around the document's symbol. */
const FIELDS_BEFORE = 600;

/**
 * The value of the first field with one of `labels` (folded, longest first) in the metadata
 * block around `near` (the document's symbol; another document's block further down the page
 * is not read; the fields after the symbol before those above it): what follows the label on
 * its line after a colon or a bar, or else the next line, unless that is another field's label.
 */
export function metadataField(text: string, labels: readonly string[], near = 0): string | null {
  const from = text.lastIndexOf('\n', Math.max(0, near - FIELDS_BEFORE)) + 1;
  const lines = text.slice(from, near + FIELDS_WINDOW).split('\n');
  // The symbol's own line, then the lines after it, then those above it, nearest first; each
  // way up to another document's symbol label, where another block begins.
  const own = text.slice(from, near).split('\n').length - 1;
  const read = (i: number): string | null | undefined => {
    const line = lines[i] as string;
    if (i !== own && labelOf(line, SYMBOL_LABELS) !== null) return undefined;
    const label = labelOf(line, labels);
    return label === null ? null : valueAfterLabel(line, label.length) || nextLine(lines, i);
  };
  for (let i = own; i < lines.length; i++) {
    const value = read(i);
    if (value === undefined) break;
    if (value) return value;
  }
  for (let i = own - 1; i >= 0; i--) {
    const value = read(i);
    if (value === undefined) break;
    if (value) return value;
  }
  return null;
}

/**
 * The issuing date of the document's metadata block: a "Ngày ban hành:" field anywhere (legal
 * databases glue their fields: "Người ký:Chử Xuân DũngNgày ban hành:04/06/2021"), else a
 * "Ngày ban hành" field of the block around `near`, colon or not, its value on its line or the
 * next ("Ngày ban hành | 05/03/2020" of a portal's table). (findReferences dates a reference
 * under a metadata label more strictly, in dates.ts: the field must be the very next line.)
 */
export function metadataIssuedDate(text: string, near = 0): string | null {
  const glued = /ngay ban hanh\s*:\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/.exec(foldText(text));
  if (glued) return isoDate(Number(glued[3]), Number(glued[2]), Number(glued[1]));
  const value = metadataField(text, DATE_LABELS, near);
  const match = value ? /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/.exec(value) : null;
  return match ? isoDate(Number(match[3]), Number(match[2]), Number(match[1])) : null;
}

/** The labels of a document's symbol: where its metadata block starts. */
const SYMBOL_LABELS = ['so ky hieu', 'so hieu', 'ky hieu'] as const;

/** Every label a metadata block has, so that one field's empty value is not the next label. */
const ANY_LABEL = [
  ...SUBJECT_LABELS,
  ...ISSUER_LABELS,
  ...DATE_LABELS,
  ...SYMBOL_LABELS,
  'loai van ban',
  'nguoi ky',
  'ngay hieu luc',
  'ngay co hieu luc',
  'linh vuc',
  'tinh trang',
] as const;

/** Which of `labels` the line starts with (followed by a separator or nothing), or null. */
function labelOf(line: string, labels: readonly string[]): string | null {
  const folded = foldText(line).trimStart();
  for (const label of labels) {
    if (!folded.startsWith(label)) continue;
    // "Trích yếu nội dung" is not "Trích yếu" followed by a value "nội dung".
    if (/^\s*(?:[:|]|$)/.test(folded.slice(label.length))) return label;
  }
  return null;
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
    const line = (lines[j] as string).replace(/^\s*\|\s*/, '');
    if (labelOf(line, ANY_LABEL) !== null) return null;
    const value = cleanPhrase(line.replace(/\|\s*$/, ''));
    if (value) return value;
  }
  return null;
}
