/**
 * A document's metadata as portals and legal databases lay it out: label, then value —
 * "Số ký hiệu | 30/2020/NĐ-CP", "Ngày ban hành: 05/03/2020", "Trích yếu" with the value on the
 * next line (a two-column table's cells become lines of the page text). Labels are compared
 * folded (no case, no diacritics), and only at the start of a line or after a table's bar, so
 * that prose ("… có số ký hiệu 30/2020/NĐ-CP …") is not read as a field.
 * @module
 */

import { dateValue, isoDate } from './dates';
import { englishDate } from './english-date';
import { foldText } from './fold';
import { type HeaderKind, headerKind, SYMBOL_LABEL } from './header-kind';
import { cleanPhrase, SUBJECT_VERBS } from './text-spans';
import { TYPE_NAMES } from './type-name';

/** How far back the label of a value may start (a line's label and separators). */
const LABEL_WINDOW = 40;
/** Metadata sits at the top of a page's main text; fields are not looked for past this. */
const FIELDS_WINDOW = 6000;

// Each with the English labels of translated portals ("Summary", "Issuing agency", "Issued date").
export const SUBJECT_LABELS = ['trich yeu noi dung', 'trich yeu', 'summary'] as const;
/**
 * "Tóm tắt (nội dung)", "Tiêu đề": what some portals name the trích yếu (audit 24), read where no
 * "Trích yếu" is; a news page's "Tiêu đề" or a summary paragraph may stand beside one (after
 * its review). Not a bare "Nội dung", a section's heading over a NukeViet document's text.
 */
export const OTHER_SUBJECT_LABELS = ['tom tat noi dung', 'tom tat', 'tieu de van ban', 'tieu de'] as const;
export const ISSUER_LABELS = [
  'co quan ban hanh',
  'noi ban hanh',
  'don vi ban hanh',
  // An e-office's incoming document: its sender issued it (audit 21).
  'noi gui',
  'co quan gui',
  'issuing agency',
  // vbpl.vn's English attributes: "Issuing body/ Office/ Signer" (audit 131).
  'issuing body/ office/ signer',
  'issuing body/office/signer',
  'issuing body',
] as const;
/**
 * The issuing date's labels: "Ngày ban hành", "Ngày ký", "Ngày ký ban hành", "Ngày văn bản"
 * (e-office and HĐND portals) and "Ngày thông qua" (the day Quốc hội or a council passes a law
 * or resolution, its date); not "Ngày (có) hiệu lực", "Ngày đăng", "Ngày đến", "Ngày nhận",
 * "Ngày cập nhật".
 */
const DATE_LABELS = [
  'ngay ky ban hanh',
  'ngay ban hanh',
  'ngay ky',
  'ngay van ban',
  'ngay thong qua',
  'issued date',
  'date of issue',
  'issuing date',
] as const;

/**
 * What stands before a reference at `start`: a document's header ("Số: 594/KH-UBND"), a
 * metadata field ("Số hiệu:", "Số ký hiệu:" on the reference's line: context.ts's `headerKind`;
 * a symbol label on the line above, its value below: `symbolLabelBefore`), or neither.
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
  const label = withoutSeparator(foldLabel(window.slice(labelLineStart)));
  return SYMBOL_LABEL.test(label) || OTHER_SYMBOL_LABEL.test(label) || ENGLISH_SYMBOL_LABEL.test(label);
}

/**
 * "Số văn bản", "Số VB", "Số hiệu VB" heading their line or cell (moet.gov.vn, e-office portals;
 * not "Số quyết định", a field other documents' records give too: review 11),
 * beside context.ts's "Số hiệu", "Số ký hiệu"; not in a sentence ("… số văn bản 12/…").
 */
const OTHER_SYMBOL_LABEL = /(?:^|[\n|])[ \t*\-_>•]*so (?:van ban|vb|hieu vb)$/;
/**
 * "Number/Symbol", "Number", "Symbol", "Document No.", "Official Number" (vbpl.vn's English
 * attributes; audit 131) heading their line or cell (context.ts reads Vietnamese only).
 */
const ENGLISH_SYMBOL_LABEL =
  /(?:^|[\n|])[ \t*\-_>•]*(?:number ?\/ ?symbol|(?:official )?number|symbol|document (?:no\.?|number))$/;

/** A label without the separator after it: a colon or a bar at most, spaces and a line break. */
function withoutSeparator(label: string): string {
  let end = label.length;
  while (end > 0 && /\s/.test(label[end - 1] as string)) end--;
  if (label[end - 1] === ':' || label[end - 1] === '|') {
    end--;
    while (end > 0 && (label[end - 1] === ' ' || label[end - 1] === '\t')) end--;
  }
  return label.slice(0, end);
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
  const lines = fieldLines(text.slice(from, near + FIELDS_WINDOW));
  // The symbol's own line, then the lines after it, then those above it, nearest first; each
  // way up to another document's symbol label, where another block begins.
  const own = fieldLines(text.slice(from, near)).length - 1;
  // A label on its own line over the value ("Số hiệu / 1406/SGDĐT-TCHC": audit 82) is the own one.
  const ownLabel = labelOf(lines[own] ?? '', SYMBOL_LABELS) === null ? own - 1 : own;
  const read = (i: number): string | null | undefined => {
    const line = lines[i] as string;
    if (i !== own && i !== ownLabel && labelOf(line, SYMBOL_LABELS) !== null) return undefined;
    const label = labelOf(line, labels);
    // LuatVietnam's section heading "SUMMARY" stands over a teaser's headline (audit 131).
    if (label === null || line.trim() === 'SUMMARY') return null;
    const value = valueAfterLabel(line, label.length) || nextLine(lines, i);
    // "Cơ quan ban hành/Người ký: Bộ Y tế / Trần Văn Thuấn": the label's own part (review 13).
    return label.includes('/') && value ? (value.split(' / ')[0] as string) : value;
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
 * The issuing date of the document's metadata block: a "Ngày ban hành:" or "Ngày ký:" field
 * anywhere (legal databases glue their fields: "Người ký:Chử Xuân DũngNgày ban hành:04/06/2021"),
 * else such a field of the block around `near`, colon or not, its value on its line or the next
 * ("Ngày ban hành | 05/03/2020" of a portal's table), else the label inside a line of the block
 * ("Số ký hiệu 30/2020/NĐ-CP Ngày ban hành 05/03/2020", a table row flattened to one line). The
 * value is "05/03/2020" or "5 tháng 3 năm 2020". (findReferences dates a reference under a
 * metadata label more strictly, in dates.ts: the field must be the very next line.)
 */
export function metadataIssuedDate(text: string, near = 0): string | null {
  // The glued field from the symbol's line on, not anywhere in the text (another document's line
  // has a date of its own: "Văn bản mới: Nghị định … - Ngày ban hành: 30/07/2024"; review 12);
  // then the block's lines above the symbol ("Loại văn bản:Quyết địnhNgày ban hành:…" over "Số
  // ký hiệu:…"; review 13), up to a line that names another document. Below first: a line above
  // may be another document's (review 14).
  const line = text.lastIndexOf('\n', near) + 1;
  let above = line;
  for (let count = 0; count < 3 && above > 0; count++) {
    const previous = text.lastIndexOf('\n', above - 2) + 1;
    if (/\d\s*[/-]\s*\p{L}/u.test(text.slice(previous, above))) break;
    above = previous;
  }
  const below = foldLabel(text.slice(line, near + GLUED_REACH));
  const gluedBelow = GLUED_DATE.exec(below);
  // The document's own field with its label over its value, read before a related document's
  // "Ngày ban hành: 28/08/2020" further down; left empty ("Ngày ban hành / Ngày hiệu lực / …"),
  // no date (audit 82).
  const own = ownDateField(text.slice(line, near + GLUED_REACH));
  if (own && !(gluedBelow && below.slice(0, gluedBelow.index).split('\n').length - 1 < own.line))
    return own.date;
  const glued = gluedBelow ?? GLUED_DATE.exec(foldLabel(text.slice(above, line)));
  if (glued) return dateOfMatch(glued);
  // "Ngày ký: ngày 25 tháng 3 năm 2024", "Ngày ban hành: Thứ Hai, 25/03/2024" (audit 24).
  const value = metadataField(text, DATE_LABELS, near)
    ?.normalize('NFC')
    .replace(/^(?:(?:thứ\s+[\p{L}\d]+|chủ\s+nhật)\s*,?\s*)?(?:ngày\s+)?/iu, '');
  // "Issued date: September 25, 2024" on a translated page (audit 66).
  const iso = value ? (dateValue(value, 0) ?? englishDate(value)) : null;
  if (iso) return iso;
  // The symbol's line and the few after it, where a flattened row holds several fields.
  const block = foldLabel(text.slice(line, Math.min(text.length, near + FIELDS_NEARBY)));
  const inLine = INLINE_DATE.exec(block) ?? SPLIT_LABEL_DATE.exec(block);
  return inLine ? dateOfMatch(inLine) : null;
}

/** How far after the symbol a glued "Ngày ban hành:" field is looked for. */
const GLUED_REACH = 1500;
/** How far after the symbol a flattened row's date field is looked for. */
const FIELDS_NEARBY = 300;
/** A date's value, folded: day, then month and year by slashes, dots or dashes, or in words (four groups: `dateOfMatch`). */
export const DATE_VALUE = String.raw`(\d{1,2})(?:\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*|\s+thang\s+(\d{1,2}),?\s+nam\s+)(\d{4})`;
/** DATE_LABELS's Vietnamese labels after "ngay ". */
const DATE_LABEL_WORDS = `(?:${DATE_LABELS.filter((label) => label.startsWith('ngay '))
  .map((label) => label.slice('ngay '.length))
  .join('|')})`;
/**
 * The first issuing-date label alone on its line, with the date on the next line, or another
 * field's label there (a field left empty: date null); its line. Null when there is none.
 */
function ownDateField(block: string): { line: number; date: string | null } | null {
  const lines = block.split('\n');
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!DATE_LABEL_LINE.test(foldLabel(lines[i] as string))) continue;
    const next = lines[i + 1] as string;
    if (isFieldLabel(next)) return { line: i, date: null };
    const date = dateValue(next.replace(/^[\s|]+/, ''), 0);
    if (date) return { line: i, date };
  }
  return null;
}
const DATE_LABEL_LINE = new RegExp(String.raw`^[ \t|]*ngay ${DATE_LABEL_WORDS}[ \t]*:?[ \t|]*$`);
const GLUED_DATE = new RegExp(String.raw`ngay ${DATE_LABEL_WORDS}\s*:\s*(?:\|\s*)?${DATE_VALUE}`);
/** A "Ngày" cell over its rows, "Ban hành: 15/10/2024" the first (merged cells; audit 56). */
const SPLIT_LABEL_DATE = new RegExp(String.raw`\nngay\s*:?[ \t]*\n[ \t]*ban hanh\s*:\s*${DATE_VALUE}`);
const INLINE_DATE = new RegExp(
  String.raw`(?:^|[\s|:])ngay ${DATE_LABEL_WORDS}\s*(?:[:|]\s*(?:\|\s*)?)?${DATE_VALUE}`,
);

function dateOfMatch(match: RegExpExecArray): string | null {
  return isoDate(Number(match[4]), Number(match[2] ?? match[3]), Number(match[1]));
}

/** The labels of a document's symbol: where its metadata block starts. */
const SYMBOL_LABELS = [
  'so ky hieu',
  // "Số/Ký hiệu", "Số, ký hiệu", as header-kind.ts's SYMBOL_LABEL reads them.
  'so/ky hieu',
  'so / ky hieu',
  'so, ky hieu',
  'so hieu van ban',
  'so hieu vb',
  'so hieu',
  'so van ban',
  'so vb',
  // NukeViet's dispatch module ("Số công văn", audit 26).
  'so cong van',
  'ky hieu',
  'number/symbol',
  'official number',
  'document no.',
  'document number',
  'number',
  'symbol',
] as const;

/** Every label a metadata block has, so that one field's empty value is not the next label. */
const ANY_LABEL = [
  ...SUBJECT_LABELS,
  ...OTHER_SUBJECT_LABELS,
  ...ISSUER_LABELS,
  ...DATE_LABELS,
  ...SYMBOL_LABELS,
  'loai van ban',
  'nguoi ky',
  'ngay hieu luc',
  'ngay co hieu luc',
  'linh vuc',
  'tinh trang',
  'ngay dang cong bao',
  'ngay dang',
  'ngay cap nhat',
  'ngay het hieu luc',
  'so cong bao',
  'nguon thu thap',
  'nganh',
  'chuc danh',
  // English attribute tables and their tabs (LuatVietnam, vbpl.vn; audit 131).
  'effective date',
  'expiry date',
  'effect status',
  'legislation type',
  'signer',
  'type',
  'fields',
  'content',
  'status',
] as const;

/**
 * The lines of `text`, a line that opens with a field split before each further label followed
 * by a colon ("Số hiệu: 08/CT-UBND Ngày ban hành: 19/08/2024 Cơ quan ban hành: UBND …", fields
 * laid out inline): each field then reads as a line of its own.
 */
function fieldLines(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line) => (labelOf(line, ANY_LABEL) === null ? [line] : splitAtLabels(line)));
}

function splitAtLabels(line: string): string[] {
  const fields: string[] = [];
  let from = 0;
  for (let i = 1; i < line.length; i++) {
    if (!/\s/.test(line[i - 1] as string) || line[i] === (line[i] as string).toLowerCase()) continue;
    const span = foldLabel(labelSpan(line, i));
    const label = labelOf(span, ANY_LABEL);
    if (label !== null && /^\s*:/.test(span.slice(label.length))) {
      fields.push(line.slice(from, i));
      from = i;
    }
  }
  fields.push(line.slice(from));
  return fields;
}

/**
 * A label's text folded for comparing, "kí" read as "ký" ("Số kí hiệu", "Ngày kí", "Người kí":
 * both spellings are standard, NukeViet portals write "kí"; audit 21). Same length as folded.
 */
function foldLabel(text: string): string {
  return foldText(text).replace(/\bki\b/g, 'ky');
}

/**
 * Which of `labels` the line starts with (followed by a separator or nothing), folded as the line
 * writes it (with another wording and a slash before it), or null.
 */
function labelOf(line: string, labels: readonly string[]): string | null {
  const folded = foldLabel(line).trimStart();
  // "Cơ quan/Đơn vị ban hành": another wording and a slash before the label (audit 22).
  const slashed = SLASHED_WORDING.exec(folded)?.[0].length ?? 0;
  for (const start of slashed > 0 ? [0, slashed] : [0]) {
    for (const label of labels) {
      if (!folded.startsWith(label, start)) continue;
      // "Trích yếu nội dung" is not "Trích yếu" followed by a value "nội dung". Other wordings
      // may follow the label (vbpl.vn's "Cơ quan ban hành/ Chức danh / Người ký | <body> | …").
      const end =
        start + label.length + (TRAILING_WORDINGS.exec(folded.slice(start + label.length))?.[0].length ?? 0);
      if (/^\s*(?:[:|]|$)/.test(folded.slice(end))) return folded.slice(0, end);
    }
  }
  return null;
}

/** The next cells' labels after a slash: "/ Chức danh / Người ký", folded. */
const TRAILING_WORDINGS = /^(?:\s*\/\s*[a-z]+(?: [a-z]+){0,2})+/;

/** Another wording of the same field, before a slash: "Cơ quan/Đơn vị", "Số/Ký hiệu", "Ngày ký/Ban hành". */
const SLASHED_WORDING = /^(?:co quan|don vi|noi|so|ngay ky|ngay ban hanh|ngay)\s*\/\s*/;

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
    withoutGluedField(line.slice(i))
      // "Cơ quan ban hành: | Bộ …": a colon, then a table's bar.
      .replace(/^\s*[:|]\s*(?:\|\s*)?/, '')
      // A flattened row's next cell: "Bộ Giáo dục và Đào tạo | Người ký: | …".
      .replace(/\s*\|.*$/, ''),
  );
}

/**
 * A value up to the next field glued to it, as legal databases print their fields ("Ủy ban
 * nhân dân TP. Hà NộiSố công báo:Đang cập nhật" → "Ủy ban nhân dân TP. Hà Nội"): a capital
 * right after a letter, where a field's label opens.
 */
function withoutGluedField(value: string): string {
  for (let i = 1; i < value.length; i++) {
    const c = value[i] as string;
    if (c === c.toLowerCase() || foldText(value[i - 1] as string) === ' ') continue;
    const before = value[i - 1] as string;
    if (before === before.toUpperCase() && foldText(before) !== '') continue;
    if (labelOf(labelSpan(value, i), ANY_LABEL) !== null) return value.slice(0, i);
  }
  return value;
}

/**
 * The part of `value` from `i` that a label and the separator after it can take: a bounded slice
 * (the longest label is 18 letters, 54 characters with NFD marks), carried on over the spaces
 * it ends in and the character after them, so that `labelOf` answers as on the whole rest.
 */
function labelSpan(value: string, i: number): string {
  let end = Math.min(value.length, i + LABEL_SPAN);
  while (end < value.length && /\s/.test(value[end] as string)) end++;
  return value.slice(i, end + 1);
}

const LABEL_SPAN = 60;

function nextLine(lines: readonly string[], index: number): string | null {
  for (let j = index + 1; j < Math.min(lines.length, index + 3); j++) {
    const line = (lines[j] as string).replace(/^\s*\|\s*/, '');
    if (labelOf(line, ANY_LABEL) !== null) return null;
    const value = cleanPhrase(line.replace(/\|\s*$/, ''));
    if (value) return value;
  }
  return null;
}

/** Whether `line` opens with a metadata field's label ("Loại văn bản", "Ngày có hiệu lực: …"). */
export function isFieldLabel(line: string): boolean {
  return labelOf(line.replace(/^\s*\|\s*/, ''), ANY_LABEL) !== null;
}

/** How many field lines may stand between a block's heading and the document's symbol. */
const HEADING_LINES = 6;

/**
 * A metadata block without a "Trích yếu" field under a heading that reads as one ("Về công tác
 * văn thư" above "Số ký hiệu | 30/2020/NĐ-CP …", a legal database's "Thuộc tính" page): the
 * line above the block's fields, when it opens with "Về", "V/v" or a trích yếu's verb
 * (SUBJECT_VERBS). A site's heading ("Cổng thông tin", "Chi tiết văn bản") is no subject.
 * A law's or an ordinance's trích yếu is its name: for a symbol of Quốc hội or its Standing
 * Committee (`issuer` QH15, UBTVQH15) a heading naming one ("Luật Nhà ở", "Bộ luật Lao động",
 * "Pháp lệnh Chi phí tố tụng", "Luật sửa đổi, bổ sung …"; not "Luật số …") is the subject whole.
 */
export function metadataHeading(text: string, near: number, issuer: string | null = null): string | null {
  const lineStart = text.lastIndexOf('\n', near - 1) + 1;
  const above = text.slice(Math.max(0, lineStart - 1000), lineStart).split('\n');
  above.pop(); // the empty piece after the line break before the symbol's line
  const own = text.slice(lineStart, near);
  let fieldAbove = labelOf(own, ANY_LABEL) !== null;
  for (let k = 0; k < HEADING_LINES && above.length > 0; k++) {
    const line = cleanPhrase((above.pop() as string).replace(/^\s*\|\s*|\|\s*$/g, ''));
    if (line === '') continue;
    if (labelOf(line, ANY_LABEL) !== null) {
      fieldAbove = true;
      continue;
    }
    // The value of a field whose label, bare, is the line above it; not a line under a field
    // with its value on its own line ("Ngày có hiệu lực: 01/07/2024" of a status box above).
    const previous = above[above.length - 1];
    if (previous !== undefined && isBareLabel(previous)) continue;
    if (!fieldAbove) return null;
    // "Thông tư Quy định chế độ báo cáo …": a legal database heads the table with the type and
    // the trích yếu.
    const heading = line.normalize('NFC');
    if (issuer !== null && LAW_ISSUER.test(issuer) && LAW_NAME.test(heading)) return heading;
    const subject = heading.replace(TYPE_NAME_OPENING, '');
    return SUBJECT_OPENING.test(subject) ? subject : null;
  }
  return null;
}

/** A line holding a field's label and no value ("Ngày ban hành", "Trích yếu:", "Số ký hiệu |"). */
function isBareLabel(line: string): boolean {
  const label = labelOf(line, ANY_LABEL);
  return label !== null && valueAfterLabel(line, label.length) === '';
}

/** Quốc hội and its Standing Committee, which pass laws and ordinances ("QH15", "UBTVQH14"). */
const LAW_ISSUER = /^(?:UBTV)?QH\d*$/;
/** A law's or an ordinance's name: its type word, then a word that is no number ("số …", "27/…"). */
const LAW_NAME = /^(?:bộ\s+luật|luật|pháp\s+lệnh)\s+(?!số(?:[\s:.]|$)|\d)\S/iu;
const SUBJECT_OPENING = new RegExp(`^(?:về\\s|v\\s*/\\s*v\\b|(?:${SUBJECT_VERBS})[\\s,])`, 'iu');
/** A document type's name opening a heading, longest first ("Thông tư liên tịch" before "Thông tư"). */
const TYPE_NAME_OPENING = new RegExp(
  `^(?:${[...new Set(TYPE_NAMES.values())].sort((a, b) => b.length - a.length).join('|')})\\s+(?=\\S)`,
  'iu',
);
