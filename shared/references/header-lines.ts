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

/** The Quốc hiệu, the Tiêu ngữ or the Party's "ĐẢNG CỘNG SẢN VIỆT NAM", beside the issuer's lines. */
export function isRepublicLine(line: string): boolean {
  return /^(?:cong hoa xa hoi|hoa xa hoi chu nghia|cong$|doc lap\s*[-–]\s*tu do|dang cong san viet nam)/.test(
    foldText(line).trim(),
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
