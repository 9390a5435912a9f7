/**
 * The pages of the page audits (audit-pages.jsonl beside this file): realistic portal and news
 * layouts written blind, each with what a clerk reads on it.
 * @module
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** "*": a field the page's expectation leaves unchecked. */
export type Field = string | null;

export interface AuditPage {
  id: string;
  url: string | null;
  title: string;
  html: string;
  expect: {
    refs: string[];
    primary:
      | 'unchecked'
      | null
      | { symbol: string; issuedDate?: Field; subject?: Field; issuingBody?: Field };
    rows: 'unchecked' | Field[][];
  };
}

/**
 * Every audit page of `file` (by default the happy-dom audit's audit-pages.jsonl beside this
 * module; the end-to-end pages that change after load are a file of their own), in its order.
 */
export function readAuditPages(
  // happy-dom's import.meta.url is not a file URL; vitest runs from the repository's root.
  file: string | URL = join(process.cwd(), 'extension/content/testing/audit-pages.jsonl'),
): AuditPage[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as AuditPage);
}
