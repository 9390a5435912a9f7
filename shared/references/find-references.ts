/**
 * `findReferences`: every document reference in a text with its type name and issued date
 * (SYMBOLS.md §8).
 * @module
 */
import type { DocumentReference } from '../schemas/reference';
import { typeNameFor } from './context';
import { issuedDateAfter } from './dates';
import { type ContextReader, scanReferences } from './scan-references';

const WHOLE_CONTEXT: ContextReader = {
  issuedDate: issuedDateAfter,
  typeName: (parsed, text, header) =>
    typeNameFor(parsed.shape, parsed.typeCode, parsed.codeName, text, parsed.start, parsed.end, header),
};

/** Every reference in `text`, in text order; offsets index the string as given. */
export function findReferences(text: string): DocumentReference[] {
  return scanReferences(text, WHOLE_CONTEXT);
}
