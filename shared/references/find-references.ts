/**
 * `findReferences`: every document reference in a text with its type name and issued date
 * (SYMBOLS.md §8).
 * @module
 */
import type { DocumentReference } from '../schemas/reference';
import { issuedDateAfter } from './dates';
import { headerKind } from './header-kind';
import { type ContextReader, scanReferences } from './scan-references';
import { typeNameFor } from './type-name';

const WHOLE_CONTEXT: ContextReader = {
  read(text, parsed, reference) {
    const { start, end } = parsed;
    const header = headerKind(text, start);
    reference.typeName = typeNameFor(parsed.shape, parsed.typeCode, text, start, end, header);
    reference.issuedDate = issuedDateAfter(text, end, header);
  },
};

/** Every reference in `text`, in text order; offsets index the string as given. */
export function findReferences(text: string): DocumentReference[] {
  return scanReferences(text, WHOLE_CONTEXT);
}
