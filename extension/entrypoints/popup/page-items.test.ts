import { describe, expect, it } from 'vitest';
import type { PageScan, ReferenceStatus } from '../../lib/page-scan';
import { canSave, pageItems, statusOf } from './page-items';
import { articleScan, listingScan, reference } from './test-fixtures';

const keysOf = (scan: PageScan) => {
  const items = pageItems(scan);
  return [
    ...(items.primary ? [items.primary.draft.key] : []),
    ...items.rows.map((row) => row.reference.key),
    ...items.others.map((other) => other.key),
  ];
};

describe('pageItems', () => {
  it('puts the primary dispatch first and the documents it cites in the other list', () => {
    const items = pageItems(articleScan());
    expect(items.primary?.draft.symbol).toBe('3944/UBND-NC');
    expect(items.primary?.row).toBeNull();
    expect(items.others.map((r) => r.symbol)).not.toContain('3944/UBND-NC');
    expect(items.others.map((r) => r.symbol)).toContain('07/CT-BCA-V28');
    expect(items.count).toBe(1 + items.others.length);
  });

  it('shows a listing row reference in its row only', () => {
    const items = pageItems(listingScan());
    expect(items.rows.map((row) => row.reference.symbol)).toEqual([
      '125/UBND-VX',
      '88/2014/QĐ-UBND',
      '30/2020/NĐ-CP',
    ]);
    expect(items.others.map((r) => r.symbol)).toEqual(['19/CT-TTg']);
    expect(items.count).toBe(4);
  });

  it('shows every key once, even when rows repeat and the primary is a row', () => {
    const listing = listingScan();
    const first = listing.rows[0];
    if (!first) throw new Error('fixture');
    const article = articleScan();
    const primary = article.primary && {
      ...article.primary,
      key: first.reference.key,
      symbol: first.reference.symbol,
    };
    const scan: PageScan = {
      ...listing,
      primary,
      rows: [...listing.rows, { ...first, subject: 'again' }],
      references: [...listing.references, reference('Công văn 125/UBND-VX'), ...article.references],
    };
    const keys = keysOf(scan);
    expect(new Set(keys).size).toBe(keys.length);
    const items = pageItems(scan);
    expect(items.primary?.row).toBe(first);
    expect(items.rows.map((row) => row.reference.symbol)).toEqual(['88/2014/QĐ-UBND', '30/2020/NĐ-CP']);
    expect(items.count).toBe(keys.length);
  });

  it('has nothing to show for an empty page', () => {
    expect(pageItems({ url: 'https://x.vn', title: '', references: [], primary: null, rows: [] })).toEqual({
      primary: null,
      rows: [],
      others: [],
      count: 0,
    });
  });
});

describe('statusOf', () => {
  const status = (state: ReferenceStatus['state'], dispatchId: number | null = null): ReferenceStatus => ({
    key: 'K',
    state,
    dispatchId,
    error: null,
  });

  it('is new when nobody knows anything', () => {
    expect(statusOf('K', {}, {})).toEqual(status('new'));
  });

  it("takes the popup's own answer until the background knows more", () => {
    expect(statusOf('K', { K: status('new') }, { K: status('pending') }).state).toBe('pending');
    expect(statusOf('K', { K: status('saved', 4) }, { K: status('pending') })).toEqual(status('saved', 4));
  });
});

describe('canSave', () => {
  it('allows saving new and failed documents only', () => {
    expect(
      ['new', 'saved', 'pending', 'error'].filter((s) => canSave(s as ReferenceStatus['state'])),
    ).toEqual(['new', 'error']);
  });
});
