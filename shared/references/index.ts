/**
 * The document-reference engine: finds Vietnamese document numbers and symbols in page
 * text and extracts a page's primary dispatch. Pure TypeScript: no DOM, no I/O.
 *
 * The content script imports `scanReferences` from './scan-references' itself, not from here:
 * extractDispatch's modules build tables when loaded, which a bundler cannot drop, and the
 * content script has a size budget (it does not need them: the background reads the primary).
 * @module
 */
export type { DispatchDraft, DocumentReference } from '../schemas/reference';
export { extractDispatch, type PageInfo } from './extract-dispatch';
export { findReferences } from './find-references';
export { symbolKey } from './fold';
