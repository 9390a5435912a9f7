/**
 * Links the extension makes from stored addresses (a dispatch's source page, in the side panel
 * and on the dashboard): only http(s) ones, since a recorded `javascript:` URL must never run
 * in an extension page.
 * @module
 */

/** The URL, normalised, when it is http(s); else null. */
export function webAddress(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
