/**
 * The dating line of a document header whose copy has no "Số:" line at all.
 * @module
 */
import type { DocumentReference } from '../schemas/reference';
import { headerDate } from './dates';
import { foldText } from './fold';

/** How far into the page's text the header's Quốc hiệu may stand (menus, a heading and tabs first). */
const QUOC_HIEU_REACH = 3_000;
const QUOC_HIEU = 'cong hoa xa hoi chu nghia viet nam';

/**
 * A legal database's copy of a document whose header lost its "Số:" line, under a title or a
 * heading that gives the number ("Công văn 347/TTg-CN năm 2020 …" over "THỦ TƯỚNG CHÍNH PHỦ /
 * CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / V/v ngăn ngừa … / Hà Nội, ngày 18 tháng 3 năm 2020";
 * audit 151): the dating line under the first Quốc hiệu after `from` (the heading's mention, or
 * the text's start when only the title names the document), when no other document is named
 * before it, no reference and no more than a few lines stand between them (`headerDate`'s
 * rules), and its year is the symbol's when the symbol has one.
 */
export function unnumberedHeaderDate(
  text: string,
  primary: DocumentReference,
  references: readonly DocumentReference[],
  from = 0,
): string | null {
  const reach = Math.min(text.length, from + QUOC_HIEU_REACH);
  for (let at = from; at < reach; ) {
    const newline = text.indexOf('\n', at);
    const to = newline < 0 ? text.length : newline;
    if (foldText(text.slice(at, to)).replace(/\s+/g, ' ').includes(QUOC_HIEU)) {
      if (references.some((r) => r.key !== primary.key && r.start >= from && r.start < at)) return null;
      const date = headerDate(text, to);
      return date && (primary.year === null || date.startsWith(String(primary.year))) ? date : null;
    }
    at = to + 1;
  }
  return null;
}
