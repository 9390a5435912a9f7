/**
 * The portal and news pages of the page audits (realistic layouts written blind, with what a
 * clerk reads on each: testing/audit-pages.jsonl), each through the content script's detection
 * and the background's reading, as the popup gets it. Every page must read as its expectation
 * says, but for the differences listed in KNOWN_DIFFERENCES, each with its reason.
 */
import { describe, expect, it } from 'vitest';
import { auditDifferences } from './testing/audit-differences';
import { KNOWN_DIFFERENCES } from './testing/audit-known-differences';
import { type AuditPage, readAuditPages } from './testing/audit-pages';
import { readPage } from './testing/read-page';

const PAGES = readAuditPages();

// A page the audit kept no address for was an article's or a document's, not a site's root.
const scanOf = (page: AuditPage) =>
  readPage(page.html, page.title, page.url ?? 'https://example.gov.vn/trang/bai-viet');

describe('the page audits’ portal and news pages', () => {
  it('holds every page of the audits', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(4733);
    expect(new Set(PAGES.map((page) => page.id)).size).toBe(PAGES.length);
  });

  it.each(PAGES.map((page) => [page.id, page] as const))('%s', async (_id, page) => {
    expect(auditDifferences(page, await scanOf(page))).toEqual(KNOWN_DIFFERENCES[page.id] ?? []);
  });
});
