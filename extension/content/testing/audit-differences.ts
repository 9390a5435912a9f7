/**
 * What differs between an audit page's reading (the popup's scan) and its expectation, one line
 * each: the words the page test and `npm run audit:chromium` compare with KNOWN_DIFFERENCES.
 * @module
 */
import type { PageScan } from '../../lib/page-scan';
import type { AuditPage, Field } from './audit-pages';

/**
 * Compares without case, spacing, tone placement, kinds of dash, a leading "về việc" or trailing punctuation, with the
 * abbreviated body types written out (the background writes "Ủy ban nhân dân tỉnh Quảng Ninh"
 * where a page says "UBND tỉnh Quảng Ninh"); one may contain the other.
 */
const normal = (text: unknown) =>
  String(text ?? '')
    .normalize('NFC')
    .toLowerCase()
    // Old and new tone placement are one spelling ("hoá"/"hóa", "Toà"/"Tòa", "uỷ"/"ủy"; audit 113).
    .replace(/u([ỷýỳỹỵ])/g, (_, y: string) => `${'ủúùũụ'['ỷýỳỹỵ'.indexOf(y)]}y`)
    .replace(/o([àáảãạ])/g, (_, a: string) => `${'òóỏõọ'['àáảãạ'.indexOf(a)]}a`)
    .replace(/o([èéẻẽẹ])/g, (_, e: string) => `${'òóỏõọ'['èéẻẽẹ'.indexOf(e)]}e`)
    .replace(/\bubnd\b/g, 'ủy ban nhân dân')
    .replace(/\bhđnd\b/g, 'hội đồng nhân dân')
    // A dash is a dash: "2021–2025" as "2021-2025" (audit 143), "2022 – 2025" too (audit 250).
    .replace(/\s*[-‐‑–—]\s*/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^(về việc|v\/v|về)\s*/, '')
    .replace(/[\s.;:,]+$/, '')
    .trim();
function sameText(expected: Field | undefined, actual: string | null): boolean {
  if (expected === undefined || expected === '*') return true;
  if (expected === null) return actual === null || actual === '';
  const [e, a] = [normal(expected), normal(actual)];
  return e === a || (a !== '' && (a.includes(e) || e.includes(a)));
}

/** What differs between the page's reading and its expectation, one line each. */
export function auditDifferences(page: AuditPage, scan: PageScan | null): string[] {
  const found: string[] = [];
  const refs = (scan?.references ?? []).map((r) => r.symbol);
  const missing = page.expect.refs.filter((symbol) => !refs.includes(symbol));
  const extra = refs.filter((symbol) => !page.expect.refs.includes(symbol));
  if (missing.length > 0) found.push(`references missing ${missing.join(', ')}`);
  if (extra.length > 0) found.push(`references extra ${extra.join(', ')}`);
  const expected = page.expect.primary;
  const primary = scan?.primary ?? null;
  if (expected === null && primary) found.push(`primary ${primary.symbol}, none expected`);
  if (expected !== null && expected !== 'unchecked') {
    if (!primary) found.push(`primary missing ${expected.symbol}`);
    else {
      if (primary.symbol !== expected.symbol) found.push(`primary ${primary.symbol}, not ${expected.symbol}`);
      if (
        expected.issuedDate !== undefined &&
        expected.issuedDate !== '*' &&
        primary.issuedDate !== expected.issuedDate
      )
        found.push(`primary date ${primary.issuedDate}`);
      if (!sameText(expected.subject, primary.subject)) found.push(`primary subject ${primary.subject}`);
      if (!sameText(expected.issuingBody, primary.issuingBody))
        found.push(`primary body ${primary.issuingBody}`);
    }
  }
  if (page.expect.rows !== 'unchecked') {
    const rows = scan?.rows ?? [];
    if (rows.length !== page.expect.rows.length)
      found.push(`${rows.length} rows, not ${page.expect.rows.length}`);
    page.expect.rows.forEach(([symbol, date, subject, body, url], i) => {
      const row = rows[i];
      if (!row) return;
      if (row.reference.symbol !== symbol) found.push(`row ${i + 1} ${row.reference.symbol}, not ${symbol}`);
      if (date !== '*' && row.issuedDate !== date) found.push(`row ${i + 1} date ${row.issuedDate}`);
      if (!sameText(subject, row.subject)) found.push(`row ${i + 1} subject ${row.subject}`);
      if (!sameText(body, row.issuingBody)) found.push(`row ${i + 1} body ${row.issuingBody}`);
      if (
        url !== '*' &&
        url !== null &&
        url !== undefined &&
        !(row.url ?? '').endsWith(url) &&
        !decodedUrl(row.url).endsWith(url)
      )
        found.push(`row ${i + 1} link ${row.url}`);
    });
  }
  return found;
}

/** A row's link as written: the DOM gives "808q%C4%91.pdf" for the page's "808qđ.pdf" (audit 84). */
function decodedUrl(url: string | null): string {
  if (!url) return '';
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
