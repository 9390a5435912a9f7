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
    // The Quốc hiệu broken after its first word, as a narrow cell wraps it ("CỘNG ⏎ HÒA XÃ HỘI …"; audit 94).
    /^(?:cong$|hoa xa hoi chu nghia(?: |$))/.test(folded.trim())
  );
}

/** The Quốc hiệu on one line, folded: a document header's motto. */
export const QUOC_HIEU = 'cong hoa xa hoi chu nghia viet nam';

/**
 * The Quốc hiệu's lines as a narrow cell wraps it: "CỘNG" alone over "HÒA XÃ HỘI CHỦ NGHĨA VIỆT
 * NAM" (audit 94), "CỘNG HÒA XÃ HỘI" over "CHỦ NGHĨA VIỆT NAM" (audit 97), "CỘNG HÒA XÃ" over "HỘI
 * CHỦ NGHĨA …", folded. Not "VIỆT NAM" alone, which may end a body's name ("NGÂN HÀNG NHÀ NƯỚC ⏎
 * VIỆT NAM"). Only above a header's number, where the issuer is read: in a subject's or a title's
 * lines, "… nước Cộng hòa ⏎ xã hội chủ nghĩa Việt Nam" goes on (review 42).
 */
const REPUBLIC_WRAPPED = /^(?:cong$|(?:hoa )?(?:xa )?hoi chu nghia(?: |$)|(?:chu )?nghia viet nam$)/;

/**
 * The Quốc hiệu, the Tiêu ngữ, the Party's "ĐẢNG CỘNG SẢN VIỆT NAM" or the Youth Union's "ĐOÀN
 * TNCS HỒ CHÍ MINH" (`YOUTH_UNION`), beside the issuer's lines.
 */
export function isRepublicLine(line: string): boolean {
  const folded = foldText(line).trim();
  return (
    /^(?:cong hoa xa hoi|doc lap\s*[-–]\s*tu do|dang cong san viet nam)/.test(folded) ||
    YOUTH_UNION.test(folded) ||
    REPUBLIC_WRAPPED.test(folded)
  );
}

/**
 * The Youth Union's name, folded, as its documents' headers write it beside the issuing
 * committee ("BAN CHẤP HÀNH TRUNG ƯƠNG | ĐOÀN TNCS HỒ CHÍ MINH", "TỈNH ĐOÀN … | ĐOÀN TNCS HỒ CHÍ
 * MINH"), where other documents write the Quốc hiệu (audit 119).
 */
export const YOUTH_UNION = /^doan (?:tncs|thanh nien cong san) ho chi minh$/;

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
