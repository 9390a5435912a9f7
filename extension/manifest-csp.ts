/**
 * The extension pages' Content Security Policy: their own scripts and stylesheets only (no
 * inline code or styles, no eval), images from the package or data URLs, no plugins, frames,
 * forms or <base>; network calls to the server the user configures, which can be any http(s)
 * URL. Nothing from a web page is ever inserted as HTML, so this is defence in depth.
 */
export const EXTENSION_PAGES_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  'connect-src http: https:',
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
