/**
 * The user's list of portal domains to detect on (options page). Empty or missing: every
 * site. A host matches an entry equal to it or ending with `.${entry}`, so "gov.vn" covers
 * "hanoi.gov.vn" but not "notgov.vn".
 * @module
 */

/** Where the options page keeps the list (string[]): WXT's `local:detectionDomains`. */
export const DETECTION_DOMAINS_KEY = 'local:detectionDomains';
const STORAGE_KEY = 'detectionDomains';

/** The parts of `browser.storage` read here (the content script does without WXT's storage wrapper: 3 KB less). */
export interface DomainStorage {
  local: { get(key: string): Promise<Record<string, unknown>> };
  onChanged: {
    addListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
    removeListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
  };
}

/** The list as stored: strings only, anything else read as no list. */
function asDomains(value: unknown): string[] | null {
  return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : null;
}

export async function readDetectionDomains(storage: DomainStorage): Promise<string[] | null> {
  return asDomains((await storage.local.get(STORAGE_KEY))[STORAGE_KEY]);
}

/** Calls `onChange` with the new list whenever the user edits it; returns the way to stop listening. */
export function watchDetectionDomains(
  storage: DomainStorage,
  onChange: (domains: string[] | null) => void,
): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[STORAGE_KEY];
    if (area === 'local' && change) onChange(asDomains(change.newValue));
  };
  storage.onChanged.addListener(listener);
  return () => storage.onChanged.removeListener(listener);
}

/**
 * Whether the list lets detection run on `host` (`location.hostname`). The options page stores
 * the entries as such hostnames already (entrypoints/options/domains.ts: lower case, punycode,
 * no scheme, port or wildcard), so they are compared as they are.
 */
export function isHostAllowed(host: string, domains: readonly string[] | null | undefined): boolean {
  const entries = (domains ?? []).filter((entry) => entry !== '');
  return entries.length === 0 || entries.some((entry) => host === entry || host.endsWith(`.${entry}`));
}
