/**
 * The issuing date of a reference, read from the text right after it (SYMBOLS.md §5 and
 * the issuedDate rule of §8): `ngày 16/7/2021`, `, ngày 04/7/2025`, `ngày 16 tháng 7 năm 2021`,
 * `ngày 12.9.2023`, `ngày 8-8-1994`, or the dating line under a header "Số:" line.
 * @module
 */
import { foldText } from './fold';

const DATE_NUMERIC = /^ngay\s*(\d{1,2})\s*([/.\-\u2013])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)/;
const DATE_WORDS = /^ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*,?\s*nam\s*(\d{4})(?!\d)/;

/** A full date at the start of folded text ("ngay …"), as YYYY-MM-DD, or null. */
export function leadingDate(folded: string): string | null {
  const numeric = DATE_NUMERIC.exec(folded);
  if (numeric) return isoDate(numeric[4] as string, numeric[3] as string, numeric[1] as string);
  const words = DATE_WORDS.exec(folded);
  if (words) return isoDate(words[3] as string, words[2] as string, words[1] as string);
  return null;
}

export function isoDate(year: string, month: string, day: string): string | null {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > daysInMonth) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** How far past a symbol its own date may stand: ", ngày 14 tháng\n9 năm 2015". */
const DIRECT_WINDOW = 48;

/** The date that directly follows a symbol ending at `end`, or null. */
export function directDate(text: string, end: number): string | null {
  let i = end;
  let breaks = 0;
  while (i < text.length && i < end + 6) {
    const c = text.charCodeAt(i);
    if (c === 10) breaks++;
    if (c === 32 || c === 9 || c === 0xa0 || c === 10 || c === 13 || c === 44) i++;
    else break;
  }
  if (breaks > 1) return null;
  const head = text.charCodeAt(i) | 0x20;
  if (head !== 0x6e /* n */) return null;
  return leadingDate(foldText(text.slice(i, i + DIRECT_WINDOW)));
}

/** How far below a header "Số:" line its dating line may stand (a V/v line may sit between). */
const HEADER_WINDOW = 260;
const DATING_LINE = /(?:^|[\n|]\s*|,\s*)(ngay\s*\d{1,2}\s*(?:thang|\/|-|\.)[^\n]{0,40})/;
const METADATA_DATE = /^\s*[•*\-–]?\s*ngay ban hanh\s*:\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/;

/**
 * The date of a document whose number stands on a header line ("Số: 594/KH-UBND"): the
 * dating line below it ("Nghệ An, ngày 21 tháng 10 năm 2021"), or a "Ngày ban hành" field on
 * the very next line of a metadata block. Null when another reference comes first.
 */
export function headerDate(text: string, end: number, metadata: boolean): string | null {
  const window = text.slice(end, end + HEADER_WINDOW);
  const folded = foldText(window);
  if (metadata) {
    const nextLine = folded.slice(folded.indexOf('\n') + 1);
    if (folded.indexOf('\n') < 0) return null;
    const field = METADATA_DATE.exec(nextLine);
    return field ? isoDate(field[3] as string, field[2] as string, field[1] as string) : null;
  }
  const line = DATING_LINE.exec(folded);
  if (!line) return null;
  const before = folded.slice(0, line.index);
  if (/\d{1,6}\s*[/-]\s*[a-z]/.test(before)) return null;
  if ((before.match(/\n\s*\S/g) ?? []).length > 3) return null;
  return leadingDate(line[1] as string);
}
