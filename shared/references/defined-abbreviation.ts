/**
 * A body's name written with an abbreviation the text itself defines, written out: news names a
 * body in full once, with its short form in brackets, and by the short form after that
 * ("Sở Giáo dục và Đào tạo (GD&ĐT) Lạng Sơn vừa có văn bản …" over "… Công văn số
 * 1856/SGDĐT-KHTC ngày 04/9/2024 của Sở GD&ĐT …"). A clerk records the full name.
 * @module
 */
import { escapedPattern } from './escaped-pattern';
import { foldText } from './fold';
import { isPersonalName, spellsCode } from './issuer-names';

/** The first abbreviation in a name, after the body type it follows ("Sở GD&ĐT", "Bộ NN&PTNT"). */
const ABBREVIATED = /^(\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)*)\s+(\p{Lu}[\p{Lu}&-]*\p{Lu})(?:\s+(.+))?$/u;

/**
 * A place name after a definition: two or three capitalised words ("Lạng Sơn", "Thừa Thiên Huế"),
 * then a word in lower case or a mark: not part of a longer name ("Bà Rịa - Vũng Tàu", "TP Hồ
 * Chí Minh", "Hà Nội Trần Thế Cương").
 */
const PLACE = /^\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){1,2})(?=\s+\p{Ll}|[,.;:]|$)/u;

/**
 * `body` with its abbreviation written out as the text defines it, and the place the definition
 * names after its brackets when the body names none; `body` as given when the text defines no
 * such abbreviation, or defines it by words whose initials are not its letters.
 */
export function withDefinedAbbreviation(text: string, body: string | null): string | null {
  if (!body) return body;
  const parts = ABBREVIATED.exec(body.normalize('NFC'));
  if (!parts) return body;
  const [, type, abbreviation, rest] = parts as unknown as [string, string, string, string | undefined];
  const nfc = text.normalize('NFC');
  const definition = new RegExp(
    `(?:^|[\\s(])${escapedPattern(type)}\\s+([^()\\n]{3,60}?)\\s*\\(${escapedPattern(abbreviation)}\\)`,
    'u',
  ).exec(nfc);
  if (!definition) return body;
  const words = definition[1] as string;
  if (!spellsCode(foldText(words), abbreviation, true)) return body;
  // A ministry names no place; a person's name after the brackets is none ("Thứ trưởng Bộ Giáo dục
  // và Đào tạo (GD&ĐT) Phạm Ngọc Thưởng", "Sở … (GD&ĐT) Hà Nội Trần Thế Cương"; review 22).
  const after = /^Bộ(?!\p{L})/u.test(type)
    ? undefined
    : PLACE.exec(nfc.slice(definition.index + definition[0].length))?.[1];
  const place = rest ?? (after && !isPersonalName(after) ? after : undefined);
  return [type, words, place].filter(Boolean).join(' ');
}
