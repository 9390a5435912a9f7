/**
 * A page title naming its document by type and number alone ("Công văn số 59: Nhiệm vụ của …",
 * "Quyết định 2150 về …"), as news headlines shorten a symbol.
 * @module
 */
import type { DocumentReference } from '../schemas/reference';
import { foldText } from './fold';
import { TYPE_WORDS } from './mention-role';

/**
 * "<type> (số) <number>" opening the title, with no symbol after the number, folded. Only at its
 * start: further on, a headline names what its document carries out ("Hà Tĩnh ban hành kế hoạch
 * thực hiện Nghị quyết 57", "… triển khai Nghị định 168 …").
 */
const SHORT_FORM = new RegExp(`^\\W*(${TYPE_WORDS})\\s+(?:so\\s+)?0*(\\d+)(?![\\d/.,-]|\\s*/)`);

/**
 * The one reference the title's short form names: of its type and number, the only such key on
 * the page. None when the text gives that number no symbol, or two documents share it (another
 * body's of the same number).
 */
export function titleShortForm(
  title: string | undefined,
  references: readonly DocumentReference[],
): DocumentReference | undefined {
  const [, type, number] = SHORT_FORM.exec(foldText(title ?? '')) ?? [];
  if (!type || !number) return undefined;
  const named = new Set<string>();
  for (const r of references)
    if (foldText(r.typeName ?? '') === type && r.number.replace(/^0+(?=\d)/, '') === number) named.add(r.key);
  if (named.size !== 1) return undefined;
  const [key] = named;
  return references.find((r) => r.key === key);
}
