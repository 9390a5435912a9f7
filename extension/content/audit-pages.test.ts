/**
 * The portal and news pages of the page audits (realistic layouts written blind, with what a
 * clerk reads on each: testing/audit-pages.jsonl), each through the content script's detection
 * and the background's reading, as the popup gets it. Every page must read as its expectation
 * says, but for the differences listed in KNOWN_DIFFERENCES, each with its reason.
 */
import { describe, expect, it } from 'vitest';
import { readPageReport } from '../background/page-reading';
import type { PageReport, PageScan } from '../lib/page-scan';
import { startPageDetection } from './page-detector';
import { liveRangeFactory } from './ranges';
import { auditDifferences } from './testing/audit-differences';
import { KNOWN_DIFFERENCES } from './testing/audit-known-differences';
import { type AuditPage, readAuditPages } from './testing/audit-pages';
import { setBody, settle } from './testing/dom';
import { ManualIdle } from './testing/manual-idle';
import { recordingHighlights } from './testing/recording-highlights';

const PAGES = readAuditPages();

async function scanOf(page: AuditPage): Promise<PageScan | null> {
  const window = globalThis.window as unknown as { happyDOM?: { setURL(url: string): void } };
  // A page the audit kept no address for was an article's or a document's, not a site's root.
  window.happyDOM?.setURL(page.url ?? 'https://example.gov.vn/trang/bai-viet');
  setBody(page.html, page.title);
  const idle = new ManualIdle();
  const reports: PageReport[] = [];
  const detection = startPageDetection({
    document,
    report: (report) => reports.push(report),
    idle,
    highlightApi: recordingHighlights().api,
    makeRange: liveRangeFactory(document),
  });
  for (let i = 0; i < 3; i++) {
    await settle();
    idle.runAll();
  }
  detection.stop();
  const last = reports[reports.length - 1];
  return last ? readPageReport(last) : null;
}

describe('the page audits’ portal and news pages', () => {
  it('holds every page of the audits', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(3543);
    expect(new Set(PAGES.map((page) => page.id)).size).toBe(PAGES.length);
  });

  it.each(PAGES.map((page) => [page.id, page] as const))('%s', async (_id, page) => {
    expect(auditDifferences(page, await scanOf(page))).toEqual(KNOWN_DIFFERENCES[page.id] ?? []);
  });
});
