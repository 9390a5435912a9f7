/**
 * A document a page issues by its number alone, with no symbol anywhere on the page.
 * @module
 */
import type { DocumentReference } from '../schemas/reference';
import { foldText } from './fold';
import { TYPE_WORDS } from './mention-role';
import { withoutSiteName } from './page-title';

/**
 * "Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 17 về việc …": the issuing verb, a type
 * word, "số" and a number ("1.234" too) that runs on into words or punctuation, not a symbol.
 */
const ISSUED_BY_NUMBER = new RegExp(
  `(?:ban hanh|phat hanh)\\s+(${TYPE_WORDS})\\s+so\\s*:?\\s*(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?=\\s*[,.;:(]|\\s+[a-z])`,
  'g',
);

/**
 * Whether the page is about a document it issues by its number alone before the primary's first
 * mention ("… đã ban
 * hành Chỉ thị số 17 về việc tăng cường …" under the headline "Chỉ thị của Ban Thường vụ Tỉnh ủy
 * về …", over the directive's text citing "Kế hoạch số 25-KH/TU" and "Kết luận số 111-KL/TU";
 * audit 95), a number no reference on the page has: then none of those it cites is its own.
 * Only when the page's title names that type of document and the primary is of another type: a
 * number alone is as often an older document the report recalls before its own ("Chính phủ ban
 * hành Nghị định số 100 ngày 30/12/2019 … Nay Nghị định 168/2024/NĐ-CP …"; review 41).
 */
export function issuedByNumberAlone(
  text: string,
  references: readonly DocumentReference[],
  primary: DocumentReference,
  title: string | undefined,
): boolean {
  if (!title) return false;
  const titled = ` ${foldText(withoutSiteName(title))} `;
  const primaryType = foldText(primary.typeName ?? '');
  const until = (references.find((r) => r.key === primary.key) ?? primary).start;
  const folded = foldText(text.slice(0, until));
  for (const match of folded.matchAll(ISSUED_BY_NUMBER)) {
    const type = match[1] as string;
    // A document of the primary's own type is as likely the one the title means.
    if (primaryType && type.startsWith(primaryType)) continue;
    if (!new RegExp(`[^a-z]${type}[^a-z]`).test(titled)) continue;
    const number = plainNumber(match[2] as string);
    if (!references.some((r) => plainNumber(r.number) === number)) return true;
  }
  return false;
}

/** "0017" and "1.234" as "17" and "1234". */
const plainNumber = (number: string) => number.replaceAll('.', '').replace(/^0+(?=\d)/, '');
