/**
 * The issuing body written in an official document's header, in its capitals ("ỦY BAN NHÂN
 * DÂN | TỈNH QUẢNG NAM"), the committee with its place, the Party's organs.
 * @module
 */
import type { DocumentReference } from '../schemas/reference';
import { foldText } from './fold';
import { isCapitals, isRepublicLine, isRepublicOrNumberLine, opensBody, YOUTH_UNION } from './header-lines';
import { titleQualifier } from './header-subject';
import { cleanPhrase, findFolded, linesAfter, linesBefore } from './text-spans';

/**
 * The issuer named on the header's first line ("ỦY BAN NHÂN DÂN | CỘNG HÒA …"); under the
 * Central Committee's header, the organ its type title names (`centralOrgan`).
 */
export function headerIssuer(text: string, reference: DocumentReference): string | null {
  const { start, end } = reference;
  const issuer = headerLineIssuer(text, start);
  // A portal's category tag above the "Số:" line ("GDTX" over "Số: 550/SGDĐT-GDTX"; audit 137) is
  // the symbol's own unit, no body; unless it is the symbol's issuer ("VINASME" over "Số:
  // 17/CV-VINASME"; review 56).
  if (
    issuer &&
    /^[\p{Lu}Đ&]{2,8}$/u.test(issuer) &&
    text.slice(start, end).endsWith(`-${issuer}`) &&
    reference.issuer !== issuer
  )
    return null;
  if (!issuer || foldText(issuer) !== 'ban chap hanh trung uong') return issuer;
  // The Youth Union's Central Committee, for its own documents (…/TWĐTN-…; not a Party document
  // a Union site reposts: review 50): its name in capitals beside or under the committee's line.
  const union = /\/twdtn\b/.test(foldText(text.slice(start, end)))
    ? [...linesBefore(text, start + 1, 4), ...linesAfter(text, end, 2)]
        .map((line) => line.trim())
        .find((line) => isCapitals(line) && YOUTH_UNION.test(foldText(line)))
    : undefined;
  return union ? `${issuer} ${union}` : (centralOrgan(text, end) ?? issuer);
}

/**
 * A central Party document's header always names the Central Committee ("BAN CHẤP HÀNH TRUNG
 * ƯƠNG / * / Số 45-CT/TW"), whichever organ issues it; the type title names that organ ("CHỈ
 * THỊ / CỦA BỘ CHÍNH TRỊ" → "BỘ CHÍNH TRỊ"; audit 17). One organ only: a joint title ("CỦA BỘ
 * CHÍNH TRỊ, BAN BÍ THƯ") keeps the Central Committee. (A Party committee's header, "TỈNH ỦY
 * QUẢNG NAM", names the issuer with its place: its "CỦA BAN THƯỜNG VỤ TỈNH ỦY" is not taken.)
 */
function centralOrgan(text: string, end: number): string | null {
  const lines = linesAfter(text, end, 8).map((line) => line.trim());
  const typeLine = lines.findIndex((line) => titleQualifier(line) !== null);
  const organ = typeLine < 0 ? null : /^CỦA\s+(.+)$/u.exec((lines[typeLine + 1] ?? '').normalize('NFC'))?.[1];
  return organ && isCapitals(organ) && !/,|\sVÀ\s/u.test(organ) ? cleanPhrase(organ) : null;
}

const SYMBOL_ALONE = /^\d+\/\S*[A-ZĐ]\S*$/u;
/** "Số 36", "Số: 12": a header's number. */
const NUMBERED = /S[ốỐ]\s*:?\s*\d/u;
const DATED = /^\d\d?[-/.]\d\d?[-/.]\d{2,4}\b/;
/** A table's serial-number column label: "STT", "TT". */
const SERIAL_LABEL = /^S?TT$/;

/** The issuer named on the header's first line ("ỦY BAN NHÂN DÂN | CỘNG HÒA …"). */
function headerLineIssuer(text: string, start: number): string | null {
  const lines = linesBefore(text, start + 1, 8);
  // The header's own line may hold the issuer too: "CHÍNH PHỦ - CỘNG HÒA … - Số: 160/…",
  // "BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 367 - …".
  const current = text
    .slice(text.lastIndexOf('\n', start - 1) + 1, start)
    // "Số" as written in NFD too: its regular expression spells the letter composed.
    .normalize('NFC')
    .replace(/(?<![\s*|\-–])[\s*|\-–]*S[ốỐ]\s*(?::\s*)?$/u, '')
    .replace(/(?<![\s*|\-–])[\s*|\-–]+$/, '');
  if (
    current &&
    current === current.toUpperCase() &&
    !foldText(current).includes('cong h') &&
    /\p{L}{2}/u.test(current)
  ) {
    return cleanPhrase(current);
  }
  const rows = [current, ...lines];
  for (let k = 0; k < rows.length; k++) {
    const line = rows[k] as string;
    // Found in the line as written: folding an NFD line drops its marks, and with them offsets.
    const republic =
      (
        findFolded(line, 'cong hoa', 0, line.length) ??
        // Its spaces lost as a Word header is pasted ("CỘNGHOÀXÃHỘICHỦNGHĨAVIỆTNAM"; audit 113).
        findFolded(line, 'conghoaxahoichunghiavietnam', 0, line.length) ??
        findFolded(line, 'dang cong san viet nam', 0, line.length)
      )?.start ?? -1;
    if (republic > 0) {
      // A line holding a number before its Quốc hiệu is another header's, summed up in one line
      // above this one ("BAN CHẤP HÀNH TRUNG ƯƠNG VĂN PHÒNG * Số 36-HD/VPTW ĐẢNG CỘNG SẢN …", a
      // document site's description; audit 253): the capital lines right above "Số" name the body.
      if (k > 0 && NUMBERED.test(line.slice(0, republic))) break;
      // A table row's cell: "| BỘ TÀI CHÍNH TỔNG CỤC THUẾ ------- | CỘNG HÒA …" (review 33).
      const cell = cleanPhrase(
        line
          .slice(0, republic)
          .replace(/^[\s|]+/, '')
          .replace(/[\s|\-–_*]+$/, ''),
      );
      if (!cell || /^(?:so|doc lap)/.test(foldText(cell))) continue;
      // The rows under it, down to the "Số:" row, may continue or follow the name in their
      // first cell ("THÀNH PHỐ HÀ NỘI | Độc lập - Tự do - Hạnh phúc").
      const block = [cell];
      for (let below = k - 1; below >= 1 && block.length < MAX_ISSUER_LINES; below--) {
        const next = cleanPhrase(
          (rows[below] as string)
            .replace(/\|.*$/, '')
            .normalize('NFC')
            .replace(/\s*Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc.*$/iu, ''),
        );
        if (!next || /^[-_*=\s]+$/.test(next) || isRepublicOrNumberLine(next) || !isCapitals(next)) break;
        block.push(next);
      }
      return bodyOfBlock(block) ?? cell;
    }
  }
  // The issuer block: the capital lines nearest above "Số:", joined (HEADER_BODY).
  // A pdf text layer reads the two columns row by row: the Quốc hiệu and Tiêu ngữ lines stand
  // between the issuer's ("ỦY BAN NHÂN DÂN / CỘNG HÒA … / TỈNH BÌNH ĐỊNH / Độc lập …") and
  // are passed over, like rules and blank lines, until a line opens the body's name.
  const block: string[] = [];
  for (const line of lines) {
    const trimmed = cleanPhrase(line.replace(/\|.*$/, ''));
    const passed = !trimmed || /^[-_*=\s]+$/.test(trimmed) || isRepublicLine(trimmed);
    // The symbol alone, as a portal heads its page with it ("1357/BVHTTDL-VHCS" over "Công văn
    // Số: 1357/BVHTTDL-VHCS …"; audit 175), is no body's name: not "28/7 QUẢNG NINH" (review 73);
    // nor a forum post's date and time ("11-05-2015, 09:17 AM #1"; audit 177).
    // Nor a table's serial column label over a one-row table's "Số …" cell ("STT"; review 89).
    const skipped =
      passed ||
      isRepublicOrNumberLine(trimmed) ||
      SYMBOL_ALONE.test(trimmed) ||
      DATED.test(trimmed) ||
      SERIAL_LABEL.test(trimmed);
    if (block.length === 0) {
      if (skipped) continue;
      if (isCapitals(trimmed)) block.push(trimmed);
      else continue;
      if (opensBody(trimmed) && !isBareUnit(trimmed) && !BARE_COMMITTEE.test(foldText(trimmed))) break;
      continue;
    }
    if (passed) continue;
    if (skipped || !isCapitals(trimmed) || block.length >= MAX_ISSUER_LINES) break;
    block.unshift(trimmed);
    if (opensBody(trimmed)) break;
  }
  if (block.length === 0) return null;
  // No line opens a body name: only the lowest line is surely the issuer's.
  return bodyOfBlock(block) ?? (block[block.length - 1] as string);
}

/** The issuer of a header block's lines, top to bottom: from the lowest line that opens a body's name. */
function bodyOfBlock(block: readonly string[]): string | null {
  for (let i = block.length - 1; i >= 0; i--) {
    if (!opensBody(block[i] as string)) continue;
    // A dependent unit keeps its parent: "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH / VĂN PHÒNG" → "VĂN
    // PHÒNG ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH".
    if (isBareUnit(block[i] as string)) {
      for (let j = i - 1; j >= 0; j--) {
        if (opensBody(block[j] as string)) return [...block.slice(i), ...block.slice(j, i)].join(' ');
      }
    }
    return committeeWithPlace(block, i) ?? block.slice(i).join(' ');
  }
  return null;
}

/**
 * A Party committee named without its place, under its organisation's line (HD 36-HD/VPTW): "ĐẢNG
 * BỘ TỈNH LÂM ĐỒNG / TỈNH ỦY" → "TỈNH ỦY LÂM ĐỒNG", "ĐẢNG BỘ XÃ AN BÌNH / ĐẢNG ỦY" → "ĐẢNG ỦY XÃ AN
 * BÌNH" (audit 19); null for any other line.
 */
function committeeWithPlace(block: readonly string[], at: number): string | null {
  const committee = (block[at] as string).normalize('NFC');
  if (at === 0 || !BARE_COMMITTEE.test(foldText(committee))) return null;
  const organisation = PARTY_ORGANISATION.exec((block[at - 1] as string).normalize('NFC'));
  if (!organisation) return null;
  const [, kind, place] = organisation;
  return /^ĐẢNG/u.test(committee) ? `${committee} ${kind} ${place}` : `${committee} ${place}`;
}

const BARE_COMMITTEE = /^(?:tinh|thanh|huyen|quan|thi|dang) uy$/;

const PARTY_ORGANISATION = /^ĐẢNG BỘ\s+(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\s+(.+)$/u;

/** A unit named only by its kind ("VĂN PHÒNG", "BAN", "PHÒNG"): the body above it is its parent's. */
function isBareUnit(line: string): boolean {
  return /^(?:van phong|ban|phong)$/.test(foldText(line));
}

/**
 * HEADER_BODY. A header's issuer block is the governing body's line, then the issuer's (ND
 * 30/2020, Phụ lục I: "UBND TỈNH QUẢNG NAM" over "SỞ NỘI VỤ"; "BỘ Y TẾ" over "CỤC QUẢN LÝ
 * DƯỢC"): the issuer is the lowest line that opens a body's name ("SỞ", "CỤC", "ỦY BAN NHÂN
 * DÂN", …), with the lines under it that continue that name ("ỦY BAN NHÂN DÂN" over "THÀNH PHỐ
 * HÀ NỘI", one name broken over two lines).
 */
const MAX_ISSUER_LINES = 3;
