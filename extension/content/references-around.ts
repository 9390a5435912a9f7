/**
 * The engine's references as the content script reports them: each with the text around it
 * instead of its type name and issued date, which the background reads
 * (background/reference-completion.ts), so that the engine's readers of the words around a
 * symbol stay out of the content script's bundle (DESIGN.md §6). Only whether it is a form's
 * number ("Mẫu số 01/TNDN") is read here: a form is no reference.
 * @module
 */
import { formNumber } from '../../shared/references/context';
import { DATING_LINE_REACH } from '../../shared/references/dates';
import { type ContextReader, scanReferences } from '../../shared/references/scan-references';
import type { ReportedReference } from '../lib/page-scan';

/**
 * What the engine reads before a symbol (its type word, eight words back at most; its header
 * "Số:" line) and after it (up to the dating line under a header, or the title line of one).
 */
const BEFORE = 120;
/** The dating line may open at the reach's end: its date goes on after it. */
const AFTER = DATING_LINE_REACH + 40;
/** A page's source may indent a line deeply ("Thông báo⏎            số 45/…"): then further back. */
const WIDE_GAP = /\s{16}/;
const BEFORE_WIDE = 600;

const FORMS_ONLY: ContextReader = {
  read(text, parsed, reference) {
    reference.typeName = formNumber(parsed.shape, parsed.typeCode, text, parsed.start);
  },
};

/** Every reference in `text`, in text order, without type name and date, with `around` and `at` set. */
export function findReferencesAround(text: string): ReportedReference[] {
  const references: ReportedReference[] = scanReferences(text, FORMS_ONLY);
  for (const reference of references) {
    let from = Math.max(0, reference.start - BEFORE);
    if (WIDE_GAP.test(text.slice(from, reference.start))) from = Math.max(0, reference.start - BEFORE_WIDE);
    reference.around = text.slice(from, reference.end + AFTER);
    reference.at = reference.start - from;
  }
  return references;
}
