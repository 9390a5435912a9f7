/**
 * `findReferences`: every document reference in a text with its issued date (SYMBOLS.md §8).
 * @module
 */
import type { DocumentReference } from '../schemas/reference';
import { issuedDateAfter } from './dates';
import { scanReferences } from './scan-references';

/** Every reference in `text`, in text order; offsets index the string as given. */
export function findReferences(text: string): DocumentReference[] {
  return scanReferences(text, issuedDateAfter);
}
