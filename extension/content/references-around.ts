/**
 * The engine's references as the content script reports them: each with the text around it
 * instead of its issued date, which the background reads (background/reference-dates.ts), so
 * that the engine's date readers stay out of the content script's bundle (DESIGN.md §6).
 * @module
 */
import { scanReferences } from '../../shared/references/scan-references';
import type { ReportedReference } from '../lib/page-scan';

/** What the engine reads before a symbol (its header "Số:" line) and after it (up to the dating line under a header). */
const BEFORE = 64;
const AFTER = 320;

const undated = () => null;

/** Every reference in `text`, in text order, undated, with `around` and `at` set. */
export function findReferencesAround(text: string): ReportedReference[] {
  const references: ReportedReference[] = scanReferences(text, undated);
  for (const reference of references) {
    const from = Math.max(0, reference.start - BEFORE);
    reference.around = text.slice(from, reference.end + AFTER);
    reference.at = reference.start - from;
  }
  return references;
}
