/**
 * A page read once as the popup gets it: the content script's detection over happy-dom's
 * document, idle slices run by hand, then the background's reading of its last report.
 * @module
 */
import { readPageReport } from '../../background/page-reading';
import type { PageReport, PageScan } from '../../lib/page-scan';
import { startPageDetection } from '../page-detector';
import { liveRangeClass } from '../ranges';
import { setBody, settle } from './dom';
import { ManualIdle } from './manual-idle';
import { recordingHighlights } from './recording-highlights';

/** Idle rounds: the first scan, then the card and table listings it marked, then the report. */
const ROUNDS = 3;

/** The page's reading, or null when it reported nothing; `url` sets the document's address first. */
export async function readPage(html: string, title: string, url?: string): Promise<PageScan | null> {
  const window = globalThis.window as unknown as { happyDOM?: { setURL(url: string): void } };
  if (url !== undefined) window.happyDOM?.setURL(url);
  setBody(html, title);
  const idle = new ManualIdle();
  const reports: PageReport[] = [];
  const detection = startPageDetection({
    document,
    report: (report) => reports.push(report),
    idle,
    highlightApi: recordingHighlights().api,
    rangeClass: liveRangeClass(document),
  });
  for (let i = 0; i < ROUNDS; i++) {
    await settle();
    idle.runAll();
  }
  detection.stop();
  const last = reports[reports.length - 1];
  return last ? readPageReport(last) : null;
}
