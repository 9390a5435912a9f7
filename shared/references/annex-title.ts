/**
 * The title of the text a document promulgates, when the page is that text: "QUY CHẾ LÀM VIỆC /
 * CỦA ỦY BAN NHÂN DÂN XÃ XUÂN PHÚ … / (Ban hành kèm theo Quyết định số: 59/QĐ-UBND ngày …)"
 * (audit 78). The decision's subject is the annex it promulgates.
 * @module
 */
import type { DocumentReference } from '../schemas/reference';
import { foldText } from './fold';
import { isCapitals, isRepublicOrNumberLine } from './header-lines';
import { BODY_OPENING } from './issuer-names';
import { cleanPhrase, linesBefore } from './text-spans';

/** "(Ban hành kèm theo Quyết định số:" right before the reference, on its line, folded. */
const ANNEXED_BY =
  /\(\s*(?:duoc\s+)?ban hanh kem theo\s+(?:quyet dinh|nghi quyet|thong tu|nghi dinh)\s*(?:so\s*:?)?\s*$/;

/** The most lines a title in capitals takes above its annex line. */
const MAX_TITLE_LINES = 3;

/** The title in capitals over the "(Ban hành kèm theo …)" line that names `reference`, or null. */
export function annexTitle(text: string, reference: DocumentReference): string | null {
  const lineStart = text.lastIndexOf('\n', reference.start - 1) + 1;
  if (!ANNEXED_BY.test(foldText(text.slice(lineStart, reference.start)))) return null;
  const title: string[] = [];
  for (const line of linesBefore(text, reference.start, MAX_TITLE_LINES)) {
    const trimmed = line.trim();
    // Above the title: the header's body ("ỦY BAN NHÂN DÂN XÃ …") or its republic lines.
    if (
      trimmed === '' ||
      !isCapitals(trimmed) ||
      BODY_OPENING.test(foldText(trimmed)) ||
      isRepublicOrNumberLine(trimmed)
    )
      break;
    title.unshift(trimmed);
  }
  return title.length > 0 ? cleanPhrase(title.join(' ')) || null : null;
}
