/**
 * The document-reference engine: finds Vietnamese document numbers and symbols in page
 * text and extracts a page's primary dispatch. Pure TypeScript: no DOM, no I/O.
 * @module
 */
export type { DispatchDraft, DocumentReference } from '../schemas/reference';
export { extractDispatch, type PageInfo } from './extract-dispatch';
export { findReferences } from './find-references';
export { symbolKey } from './fold';
