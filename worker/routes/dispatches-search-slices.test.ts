/**
 * GET /api/dispatches?q= reads the full-text index a slice at a time (MATCH_SLICE ids, newest
 * first): a word in thousands of dispatches, with a filter that keeps few of them, must still
 * page through every match once, in order, across slice boundaries.
 */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { MATCH_SLICE } from '../dispatches/list';
import { bearer, call, organisation, signIn } from '../test/fixtures';

const COUNT = 2 * MATCH_SLICE + 500;
let token: string;
let unitId: number;

beforeAll(async () => {
  const org = await organisation();
  token = await signIn('admin@example.vn');
  unitId = org.police.id;
  await env.DB.batch([
    env.DB.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${COUNT})
       INSERT INTO dispatches (symbol, key, subject, received_number, received_date, clipped_by, created_at)
       SELECT i || '/UBND-VP', i || '/ubnd-vp', 'về việc bảo đảm an ninh số ' || i, i, '2026-01-05', ?, 1767225600 + i FROM n`,
    ).bind(org.clerk.id),
    // Every dispatch matches "an ninh"; only the odd ones below 40 also match "dien tap".
    env.DB.prepare(
      `INSERT INTO dispatches_fts (rowid, content)
       SELECT id, key || ' ve viec bao dam an ninh so ' || received_number
              || CASE WHEN received_number % 2 = 1 AND received_number < 40 THEN ' dien tap' ELSE '' END
       FROM dispatches`,
    ),
    // One dispatch in 300 is sent to the police: a handful per slice, none in some.
    env.DB.prepare(
      `INSERT INTO recipients (dispatch_id, unit_id, sent_by, sent_at)
       SELECT id, ?, ?, 1767225600 FROM dispatches WHERE received_number % 300 = 0`,
    ).bind(unitId, org.clerk.id),
  ]);
});

async function allPages(query: string, limit: number): Promise<number[]> {
  const ids: number[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 100; pages++) {
    const res = await call(
      `/api/dispatches?${query}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      bearer(token),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: { id: number }[]; nextCursor: string | null };
    ids.push(...body.items.map((item) => item.id));
    cursor = body.nextCursor;
    if (!cursor) return ids;
  }
  throw new Error('did not reach the last page');
}

const descending = (ids: number[]) => ids.every((id, i) => i === 0 || (ids[i - 1] as number) > id);

describe('GET /api/dispatches?q= over more matches than one slice', () => {
  it('fills a page from the newest slice when the word is everywhere', async () => {
    const res = await call('/api/dispatches?q=an%20ninh&limit=50', bearer(token));
    const body = (await res.json()) as { items: { id: number }[]; nextCursor: string | null };
    expect(body.items).toHaveLength(50);
    expect(body.items[0]?.id).toBe(COUNT);
    expect(descending(body.items.map((item) => item.id))).toBe(true);
    expect(body.nextCursor).not.toBeNull();
  });

  it('pages through a filtered search across slice boundaries, each match once and in order', async () => {
    const ids = await allPages(`q=bao%20dam&unitId=${unitId}`, 3);
    const expected = Array.from({ length: Math.floor(COUNT / 300) }, (_, i) => (i + 1) * 300).reverse();
    expect(ids).toEqual(expected);
    expect(descending(ids)).toBe(true);
  });

  it('finds rare matches far below the newest slice', async () => {
    const ids = await allPages('q=dien%20tap', 7);
    expect(ids).toEqual(Array.from({ length: 20 }, (_, i) => 39 - 2 * i));
  });
});
