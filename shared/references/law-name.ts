/**
 * A law's or a code's name as its subject ("Luật Đất đai"), from its enacting clause or title.
 * @module
 */
import type { DocumentReference } from '../schemas/reference';
import type { HeaderKind } from './header-kind';

/**
 * A law's trích yếu is its name: from the enacting clause that ends every law's preamble ("Quốc
 * hội ban hành Luật Thủ đô."), or the page title's name before its number ("Luật Thủ đô số
 * 39/2024/QH15"; audit 36).
 */
export function lawName(
  text: string,
  title: string | undefined,
  primary: DocumentReference,
  header: HeaderKind,
): string | null {
  if (!/^QH\d/.test(primary.issuer ?? '') || primary.typeCode) return null;
  // The clause on a line of its own, under the law's own header (not prose: "Năm 2013, Quốc hội
  // ban hành Luật Đất đai với …"; review 13).
  const enacting =
    header === 'header' ? ENACTING_CLAUSE.exec(text.slice(primary.end).normalize('NFC')) : null;
  if (enacting) return enacting[1] as string;
  // The name right before the number: "Luật Thủ đô số 39/2024/QH15", not "… theo Luật số …".
  const named = title
    ? new RegExp(`((?:Bộ )?[Ll]uật (?!số)[^\\n]{2,150}?)\\s+(?:số:?\\s*)?${primary.number}/`, 'u').exec(
        title.normalize('NFC'),
      )
    : null;
  // "… theo Luật số 43/2024/QH15": a name ending in "Luật" is none (an amending law's, "Luật sửa
  // đổi … của Luật Đất đai, Luật Nhà ở", is whole: review 14).
  return named && !/\s[Ll]uật$/u.test(named[1] as string) ? (named[1] as string) : null;
}

const ENACTING_CLAUSE =
  /(?:^|\n)[ \t]*Quốc hội ban hành ((?:Bộ )?[Ll]uật [^.;\n]{2,150})\.[ \t]*(?:\r?\n|$)/u;
