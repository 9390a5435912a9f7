/**
 * How a frame's scans reach the background. The content script runs in every frame of a page
 * (portals frame documents and listings); most frames are ads and widgets that hold nothing,
 * and each report costs the background a storage write and a badge update. So the top
 * document always reports (its badge and popup follow it), while an iframe says nothing until
 * it has found something, and then, when it goes away (removed, or navigated elsewhere),
 * reports an empty page so that its references leave the tab's list.
 * @module
 */
import type { PageScan } from '../lib/page-scan';

export interface FrameReporter {
  report(scan: PageScan): unknown;
  /** The frame's document is going away (pagehide). */
  gone(): void;
}

const isEmpty = (scan: PageScan) => scan.references.length === 0 && scan.rows.length === 0 && !scan.primary;

export function frameReporter(send: (scan: PageScan) => Promise<unknown>, isTop: boolean): FrameReporter {
  let spoken = isTop;
  let last: PageScan | null = null;
  return {
    report(scan) {
      if (!spoken && isEmpty(scan)) return undefined;
      spoken = true;
      last = scan;
      return send(scan);
    },
    gone() {
      if (isTop || !last || isEmpty(last)) return;
      last = { url: last.url, title: last.title, references: [], primary: null, rows: [] };
      send(last).catch(() => {});
    },
  };
}
