/**
 * The type name and issued date of a reference the content script reported without them
 * (content/references-around.ts): the whole engine read again over the text around it.
 * @module
 */
import { type DocumentReference, findReferences } from '../../shared/references';
import type { ReportedReference } from '../lib/page-scan';

/** The reference with its type name and issued date, without the text it was reported with. */
export function completeReference({ around, at, ...reference }: ReportedReference): DocumentReference {
  if (around === undefined) return reference;
  const same = findReferences(around).find((found) => found.start === at && found.raw === reference.raw);
  return same ? { ...reference, typeName: same.typeName, issuedDate: same.issuedDate } : reference;
}
