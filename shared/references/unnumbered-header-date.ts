/**
 * The dating line of a document header whose copy has no "Số:" line at all.
 * @module
 */
import type { DocumentReference } from '../schemas/reference';
import { opensWithReference } from './context';
import { headerDate } from './dates';
import { foldText } from './fold';
import { QUOC_HIEU } from './header-lines';
import { BODY_OPENING, namesIssuer } from './issuer-names';

/** How far into the page's text the header's Quốc hiệu may stand (menus, a heading and tabs first). */
const QUOC_HIEU_REACH = 3_000;
/** How many lines of words above the Quốc hiệu the header's body may take ("ỦY BAN NHÂN DÂN / TỈNH HÀ TĨNH / -----"). */
const BODY_LINES = 2;
/** How many lines above the Quốc hiệu a caption introducing a quoted paper may stand. */
const CAPTION_LINES = 3;
/**
 * A line of prose between the heading and the header: the header is then a paper the article
 * quotes ("Trước đó, Sở … đã gửi thông báo nguyên văn như sau:"; review 61), not the
 * document's own text under its heading, which only tabs and captions stand between.
 */
const PROSE_LINE = 80;

/**
 * A legal database's copy of a document whose header lost its "Số:" line, under a title or a
 * heading that opens with the document ("Công văn 347/TTg-CN năm 2020 …" over "THỦ TƯỚNG CHÍNH
 * PHỦ / CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / V/v ngăn ngừa … / Hà Nội, ngày 18 tháng 3 năm 2020";
 * audit 151): the dating line under the first Quốc hiệu after `from` (the heading's mention, or
 * the text's start when only the title names the document), when the header's issuing unit is
 * the body the symbol's code stands for, or no body line stands there under no caption (not a
 * form, a petition, a unit's own letter or another body's; reviews 61 to 64), nothing but short
 * lines and no other document stand before it, the header has no number field and names no
 * document, no more than a few lines stand between it and the dating line (`headerDate`'s
 * rules), and the date's year is the symbol's when the symbol has one.
 */
export function unnumberedHeaderDate(
  text: string,
  primary: DocumentReference,
  references: readonly DocumentReference[],
  from = 0,
): string | null {
  const { issuer } = primary;
  // Only under the document's own heading: not "Triển khai Kế hoạch 15/KH-VKS …" over a unit's
  // own paper (review 64), nor "Hướng dẫn … theo Công văn 2145/UBND-VX" over a form (review 61).
  if (issuer === null || !headedByDocument(text, primary, from)) return null;
  const lines: string[] = [];
  const reach = Math.min(text.length, from + QUOC_HIEU_REACH);
  for (let at = from; at < reach; ) {
    const newline = text.indexOf('\n', at);
    const to = newline < 0 ? text.length : newline;
    const line = text.slice(at, to);
    const folded = foldText(line).replace(/\s+/g, ' ');
    const quocHieu = folded.indexOf(QUOC_HIEU);
    if (quocHieu >= 0) {
      if (references.some((r) => r.key !== primary.key && r.start >= from && r.start < at)) return null;
      // The body on the lines above, or before the Quốc hiệu on its line (a two-column header read
      // row by row), or none: a copy that lost it too ("Công văn 64/VPHĐBCQG-TT năm 2021 về …"
      // over tabs; audit 129).
      const above = [...lines.slice(-BODY_LINES), folded.slice(0, quocHieu).trim()].filter(Boolean);
      const bodyless = !above.some((part) => BODY_OPENING.test(part));
      // The issuing unit is the body's last line when that line is a body's name ("UBND HUYỆN YÊN
      // DŨNG / TRƯỜNG THCS NHAM SƠN" is the school's; review 64), else the lines together ("ỦY
      // BAN NHÂN DÂN / TỈNH HÀ TĨNH").
      const last = above[above.length - 1] ?? '';
      const body = BODY_OPENING.test(last) ? last : above.join(' ');
      if (!bodyless && !namesIssuer(body, issuer)) return null;
      // Bodyless, not a paper a caption introduces ("Mẫu đơn đăng ký (bản mẫu đã điền):"; review 63).
      if (bodyless && lines.slice(-CAPTION_LINES).some((line) => line.trimEnd().endsWith(':'))) return null;
      if (!ownFields(text, to, references)) return null;
      const date = headerDate(text, to);
      return date && (primary.year === null || date.startsWith(String(primary.year))) ? date : null;
    }
    // Past the heading's own line; above the text's start, whatever a page puts there.
    if (from > 0 && at > from && line.length > PROSE_LINE) return null;
    if (/[a-z]/.test(folded)) lines.push(folded);
    at = to + 1;
  }
  return null;
}

/** How many lines a header's fields take between its Quốc hiệu and its dating line. */
const FIELD_LINES = 6;

/**
 * Whether the lines from `from` to the header's dating line are a header's of its own with no
 * number: no number field ("Số:       /UBND-VX", a letter forwarding the document) and no
 * document named (a correction's "V/v đính chính Công văn số 4555/BGDĐT-GDPT"; review 63).
 */
function ownFields(text: string, from: number, references: readonly DocumentReference[]): boolean {
  let at = from + 1;
  for (let k = 0; k < FIELD_LINES && at < text.length; k++) {
    const newline = text.indexOf('\n', at);
    const to = newline < 0 ? text.length : newline;
    const line = text.slice(at, to).normalize('NFC');
    // Not \b: a JavaScript word boundary knows ASCII letters only, and "ố" is none (review 64).
    if (/^\s*Số(?![\p{L}\d])/u.test(line) || references.some((r) => r.start >= at && r.start < to))
      return false;
    if (/ngày\s+\d/iu.test(line)) return true;
    at = to + 1;
  }
  return true;
}

/**
 * Whether the document's own heading stands over the header: the page's title when the text does
 * not name the document (the caller asks only under a title that opens with it), else the line
 * of the mention, opening with it.
 */
function headedByDocument(text: string, primary: DocumentReference, from: number): boolean {
  if (from === 0) return true;
  const lineStart = text.lastIndexOf('\n', primary.start - 1) + 1;
  return opensWithReference(text.slice(lineStart, primary.end), primary.start - lineStart);
}
