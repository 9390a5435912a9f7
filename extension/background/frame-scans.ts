/**
 * A tab's page from the scans of its frames. The content script runs in every frame, because
 * portals often show a document's full text, or their listing, in an iframe of the page the
 * clerk has open; the popup and the badge speak of the tab as one page.
 * @module
 */
import type { PageScan } from '../lib/page-scan';

/** The frame id of a tab's top-level document (chrome.runtime.MessageSender.frameId). */
export const TOP_FRAME = 0;

/**
 * The tab's page: the top frame's address and title (a frame's until the top has reported),
 * every distinct reference, top frame first, then the frames in the order the browser numbered
 * them; the rows of every listing; and one primary dispatch: the first given by a document
 * header ("Số: 594/KH-UBND": the document itself is on screen, as when a portal frames a
 * document's full text), else the first found at all (a mention in the portal's own text).
 */
export function mergeFrameScans(frames: Readonly<Record<string, PageScan>>): PageScan {
  const ordered = Object.keys(frames)
    .map(Number)
    .sort((a, b) => a - b)
    .map((id) => frames[id] as PageScan);
  const [first] = ordered;
  if (!first) throw new Error('a tab state has at least one frame scan');
  if (ordered.length === 1) return first;
  const seen = new Set<string>();
  return {
    url: first.url,
    title: first.title,
    references: ordered.flatMap((scan) =>
      scan.references.filter((reference) => !seen.has(reference.key) && seen.add(reference.key)),
    ),
    primary:
      (ordered.find((scan) => scan.primary && scan.primaryInHeader) ?? ordered.find((scan) => scan.primary))
        ?.primary ?? null,
    primaryInHeader: ordered.some((scan) => scan.primary && scan.primaryInHeader),
    rows: ordered.flatMap((scan) => scan.rows),
  };
}
