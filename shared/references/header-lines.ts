/**
 * The lines of an official document's header: capitals, the Quốc hiệu, a body's name.
 * @module
 */
import { foldText } from './fold';
import { BODY_OPENING } from './issuer-names';

export function isCapitals(line: string): boolean {
  return line === line.toUpperCase() && /\p{L}/u.test(line);
}

export function isRepublicOrNumberLine(line: string): boolean {
  const folded = foldText(line);
  return (
    folded.startsWith('cong hoa') ||
    folded.startsWith('doc lap') ||
    /^so\s*(?:[:.\d]|$)/.test(folded) ||
    REPUBLIC_WRAPPED.test(folded.trim())
  );
}

/**
 * The Quốc hiệu's lines as a narrow cell wraps it: "CỘNG" alone over "HÒA XÃ HỘI CHỦ NGHĨA VIỆT
 * NAM" (audit 94), "CỘNG HÒA XÃ HỘI" over "CHỦ NGHĨA VIỆT NAM" (audit 97), folded. Not "VIỆT NAM"
 * alone, which may end a body's name ("NGÂN HÀNG NHÀ NƯỚC ⏎ VIỆT NAM").
 */
const REPUBLIC_WRAPPED = /^(?:cong$|(?:hoa )?xa hoi chu nghia(?: |$)|(?:chu )?nghia viet nam$)/;

/** The Quốc hiệu, the Tiêu ngữ or the Party's "ĐẢNG CỘNG SẢN VIỆT NAM", beside the issuer's lines. */
export function isRepublicLine(line: string): boolean {
  const folded = foldText(line).trim();
  return (
    /^(?:cong hoa xa hoi|doc lap\s*[-–]\s*tu do|dang cong san viet nam)/.test(folded) ||
    REPUBLIC_WRAPPED.test(folded)
  );
}

/** Whether a header line opens a body's name, rather than continuing one ("TỈNH QUẢNG NAM"). */
export function opensBody(line: string): boolean {
  const folded = foldText(line);
  if (
    /^(?:tinh|thanh|huyen|quan|thi|xa|phuong|dang) uy\b/.test(folded) &&
    !/^\S+\s+(?:ủy|uỷ)(?!\p{L})/iu.test(line.normalize('NFC'))
  )
    return false;
  return BODY_OPENING.test(folded);
}
