/**
 * A document a page issues by its number alone, with no symbol anywhere on the page.
 * @module
 */
import type { DocumentReference } from '../schemas/reference';
import { foldText } from './fold';
import { TYPE_WORDS } from './mention-role';

/**
 * "Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 17 về việc …": the issuing verb, a type
 * word, "số" and digits that run on into words or punctuation, not into a symbol.
 */
const ISSUED_BY_NUMBER = new RegExp(
  `(?:ban hanh|phat hanh)\\s+${TYPE_WORDS}\\s+so\\s*:?\\s*(\\d+)(?=\\s*[,.;:(]|\\s+[a-z])`,
  'g',
);

/**
 * Whether the text issues a document by its number alone before `until` ("… đã ban hành Chỉ thị
 * số 17 về việc tăng cường …", over the directive's text citing "Kế hoạch số 25-KH/TU" and
 * "Kết luận số 111-KL/TU"; audit 95), and no reference on the page has that number: the page is
 * about a document whose symbol it never gives, so none of those it cites is its own.
 */
export function issuedByNumberAlone(
  text: string,
  references: readonly DocumentReference[],
  until: number,
): boolean {
  const folded = foldText(text.slice(0, until));
  for (const match of folded.matchAll(ISSUED_BY_NUMBER)) {
    const number = withoutLeadingZeros(match[1] as string);
    if (!references.some((r) => withoutLeadingZeros(r.number) === number)) return true;
  }
  return false;
}

const withoutLeadingZeros = (number: string) => number.replace(/^0+(?=\d)/, '');
