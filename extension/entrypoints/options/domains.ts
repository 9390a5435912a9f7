/**
 * The detection allow-list as the user types it (one domain a line, pasted URLs welcome) and
 * as it is stored: lower-case ASCII hostnames, the form `location.hostname` has, so the content
 * script compares like with like.
 * @module
 */

const HOSTNAME =
  /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** The hostname a line names, or null. "https://a.gov.vn/x", "*.a.gov.vn", "A.gov.vn." → "a.gov.vn". */
export function parseDomain(line: string): string | null {
  let text = line.trim().replace(/^\*\./, '');
  if (!text) return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) text = `http://${text}`;
  let host: string;
  try {
    // The URL parser also turns Vietnamese domain names into their punycode (xn--) form.
    host = new URL(text).hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '');
  return HOSTNAME.test(host) ? host : null;
}

export function parseDomains(text: string): { domains: string[]; invalid: string[] } {
  const domains = new Set<string>();
  const invalid: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const domain = parseDomain(line);
    if (domain) domains.add(domain);
    else invalid.push(line.trim());
  }
  return { domains: [...domains], invalid };
}
