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
    const date = issuedDateAfter(text, end, header);
    // A symbol's year is its issuing year: a date of another year is a neighbour's ("… Nghị định
    // 97/2023/NĐ-CP | 06/09/2024", a listing row's own date; audit 36).
    reference.issuedDate =
      date && parsed.year !== null && Number(date.slice(0, 4)) !== parsed.year ? null : date;
  },
};

/** Every reference in `text`, in text order; offsets index the string as given. */
export function findReferences(text: string): DocumentReference[] {
  return scanReferences(text, WHOLE_CONTEXT);
}
