/**
 * What each reference of the page is recorded with: the primary dispatch with everything the
 * engine read from the page, a listing row with its row's fields and link, any other reference
 * with what its symbol says and the page it was found on.
 * @module
 */
import type { FieldEdits } from '../../lib/drafts';
import type { PageScan } from '../../lib/page-scan';
import { applyEdits, type DispatchFields, referenceFields, type SaveSource } from './dispatch-body';
import type { PageItems } from './page-items';

/** A row's link when it is a web address (a page may put anything in an href). */
export function webLink(url: string | null | undefined): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

/** The page's values of the reference `key`, before the clerk's edits; null if not on the page. */
export function pageSource(scan: PageScan, items: PageItems, key: string): SaveSource | null {
  const page = { sourceUrl: scan.url, sourceTitle: scan.title || null };
  const draft = items.primary?.draft;
  if (draft && draft.key === key) {
    // A primary that is also a listing row: the row's cells say more surely than the text
    // around it what the document's date, subject and issuer are, and its link is its page.
    const row = items.primary?.row ?? null;
    const fields: DispatchFields = {
      ...referenceFields(draft.reference, {
        issuingBody: row?.issuingBody ?? draft.issuingBody,
        issuedDate: row?.issuedDate ?? draft.issuedDate,
        subject: row?.subject ?? draft.subject,
      }),
      symbol: draft.symbol,
      typeName: draft.typeName ?? '',
    };
    return {
      key,
      reference: draft.reference,
      fields,
      sourceUrl: webLink(row?.url) ?? draft.sourceUrl ?? page.sourceUrl,
      sourceTitle: draft.sourceTitle ?? page.sourceTitle,
      excerpt: draft.excerpt,
      cites: draft.cites,
    };
  }
  const row = items.rows.find((candidate) => candidate.reference.key === key);
  if (row) {
    return {
      key,
      reference: row.reference,
      fields: referenceFields(row.reference, row),
      // The row's own document page is the source; the listing only when the row has no link.
      sourceUrl: webLink(row.url) ?? page.sourceUrl,
      sourceTitle: page.sourceTitle,
      excerpt: null,
      cites: [],
    };
  }
  const reference = items.others.find((candidate) => candidate.key === key);
  if (!reference) return null;
  return { key, reference, fields: referenceFields(reference), ...page, excerpt: null, cites: [] };
}

/** The reference `key` with the clerk's edits applied. */
export function saveSource(
  scan: PageScan,
  items: PageItems,
  key: string,
  edits: FieldEdits | undefined,
): SaveSource | null {
  const source = pageSource(scan, items, key);
  return source && { ...source, fields: applyEdits(source.fields, edits) };
}
