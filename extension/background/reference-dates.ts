/**
 * The issued date of a reference the content script reported undated (content/references-around.ts):
 * the engine read again over the text around it.
 * @module
 */
import { type DocumentReference, findReferences } from '../../shared/references';
import type { ReportedReference } from '../lib/page-scan';

/** The reference with its issued date, without the text it was reported with. */
export function withIssuedDate({ around, at, ...reference }: ReportedReference): DocumentReference {
  if (around === undefined || reference.issuedDate !== null) return reference;
  const same = findReferences(around).find((found) => found.start === at && found.raw === reference.raw);
  return { ...reference, issuedDate: same?.issuedDate ?? null };
}
