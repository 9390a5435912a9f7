/**
 * Firefox's part of the manifest: a fixed add-on id (extension storage is kept under it, and the
 * end-to-end test addresses the extension's pages through it) and the first version with the
 * CSS Custom Highlight API, which the content script paints with.
 * @module
 */
export const FIREFOX_SETTINGS = {
  id: 'theo-doi-cong-van@dispatch-tracker.vn',
  strict_min_version: '140.0',
} as const;
