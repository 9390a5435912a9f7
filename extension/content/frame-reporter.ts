/**
 * How a frame's scans reach the background. The content script runs in every frame of a page
 * (portals frame documents and listings); most frames are ads and widgets that hold nothing,
 * and each report costs the background a storage write and a badge update. So the top
 * document always reports (its badge and popup follow it), while an iframe says nothing until
 * it has found something, and then, when it goes away (removed, or navigated elsewhere),
 * reports an empty page so that its references leave the tab's list.
 * @module
 */
import type { PageReport } from '../lib/page-scan';

export interface FrameReporter {
  report(report: PageReport): unknown;
  /** The frame's document is going away (pagehide). */
  gone(): void;
}

// A page without references has no primary dispatch either (but for one in its title: the
// top document, which always reports, may have that).
const isEmpty = (report: PageReport) => report.references.length === 0 && report.rows.length === 0;

export function frameReporter(send: (report: PageReport) => Promise<unknown>, isTop: boolean): FrameReporter {
  let spoken = isTop;
  let last: PageReport | null = null;
  return {
    report(report) {
      if (!spoken && isEmpty(report)) return undefined;
      spoken = true;
      last = report;
      return send(report);
    },
    gone() {
      if (isTop || !last || isEmpty(last)) return;
      // The last report emptied, its url kept (every other field is written here). No title
      // either: the background reads a primary dispatch from the title alone, which would outlive
      // the frame ("Công văn 3944/UBND-NC" in a gone frame's title).
      last = { ...last, title: '', references: [], mainText: '', rows: [] };
      send(last).catch(() => {});
    },
  };
}
