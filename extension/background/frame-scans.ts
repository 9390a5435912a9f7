/**
 * A tab's page from the scans of its frames. The content script runs in every frame, because
 * portals often show a document's full text, or their listing, in an iframe of the page the
 * clerk has open; the popup and the badge speak of the tab as one page.
 * @module
 */
import type { PageScan } from '../lib/page-scan';

/** The frame id of a tab's top-level document (chrome.runtime.MessageSender.frameId). */
export const TOP_FRAME = 0;

/** What a tab shows before its top document has reported: nothing. */
const NOTHING: PageScan = { url: '', title: '', references: [], primary: null, rows: [] };

/**
 * The tab's page, once its top document has reported (a frame counts only within a page the
 * content script scans, so the options' domain list applies to the page's address): the top
 * document's address and title; every distinct reference, top first, then the frames in the
 * order the browser numbered them; the rows of every listing; and one primary dispatch, the
 * first of: a document header's ("Số: 594/KH-UBND": the document itself is on screen) in the
 * page or in a frame of the same site (a portal framing a document's full text), any the page
 * itself gives, any a same-site frame gives, any a frame from elsewhere gives (an embedded
 * widget's header does not outrank the page's own mention).
 */
export function mergeFrameScans(frames: Readonly<Record<string, PageScan>>): PageScan {
  const top = frames[TOP_FRAME];
  if (!top) return NOTHING;
  const ordered = Object.keys(frames)
    .map(Number)
    .sort((a, b) => a - b)
    .map((id) => frames[id] as PageScan);
  if (ordered.length === 1) return top;
  const seen = new Set<string>();
  const sameSite = ordered.filter((scan) => scan === top || isSameSite(scan.url, top.url));
  const elsewhere = ordered.filter((scan) => !sameSite.includes(scan));
  const primaryFrom =
    sameSite.find((scan) => scan.primary && scan.primaryInHeader) ??
    (top.primary ? top : undefined) ??
    sameSite.find((scan) => scan.primary) ??
    elsewhere.find((scan) => scan.primary);
  return {
    url: top.url,
    title: top.title,
    references: ordered.flatMap((scan) =>
      scan.references.filter((reference) => !seen.has(reference.key) && seen.add(reference.key)),
    ),
    primary: primaryFrom?.primary ?? null,
    primaryInHeader: primaryFrom?.primaryInHeader ?? false,
    rows: ordered.flatMap((scan) => scan.rows),
  };
}

/**
 * Whether two addresses are of one site: the same registrable name, read as the last two
 * labels of the host name, or the last three under a second level such as gov.vn or com.vn
 * ("vanban.hatinh.gov.vn" and "hatinh.gov.vn" are one site, "a.gov.vn" and "b.gov.vn" are not).
 */
export function isSameSite(a: string, b: string): boolean {
  const site = (url: string) => {
    let host: string;
    try {
      host = new URL(url).hostname;
    } catch {
      return null;
    }
    if (/^[\d.]+$|:/.test(host)) return host;
    const labels = host.split('.');
    const secondLevel =
      labels.length >= 3 && (labels.at(-1) as string).length === 2 && (labels.at(-2) as string).length <= 3;
    return labels.slice(secondLevel ? -3 : -2).join('.');
  };
  const siteA = site(a);
  return siteA !== null && siteA === site(b);
}
