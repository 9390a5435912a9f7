/**
 * GET /api/dispatches (search, filters, pagination, unit heads' view) and
 * GET /api/dispatches/lookup. Each test tags its dispatches with a unique word or unit.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { DispatchPageSchema, LookupResponseSchema } from '../../shared/schemas/dispatch';
import { dispatches, tasks } from '../db/schema';
import { vietnamDate } from '../lib/dates';
import {
  freshSymbol,
  get,
  post,
  record,
  type SignedInOrganisation,
  signedInOrganisation,
  unique,
  unitWithHead,
} from '../test/dispatch-fixtures';
import { db } from '../test/fixtures';

let org: SignedInOrganisation;
beforeAll(async () => {
  org = await signedInOrganisation();
});

/** A word no other dispatch has, to search a test's own dispatches by. */
const tag = () => `zq${unique()}x`;

async function list(token: string, query: Record<string, string | number>) {
  const params = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
  const res = await get(`/api/dispatches?${params}`, token);
  return { status: res.status, body: res.status === 200 ? DispatchPageSchema.parse(res.body) : res.body };
}

async function ids(token: string, query: Record<string, string | number>): Promise<number[]> {
  const res = await list(token, query);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return (res.body as { items: { id: number }[] }).items.map((item) => item.id);
}

describe('q: full-text search', () => {
  it('finds a dispatch with or without diacritics, in any case', async () => {
    const word = tag();
    const hit = await record(org.tokens.clerk, {
      subject: `Về việc bảo vệ bí mật nhà nước ${word}`,
      issuingBody: 'UBND tỉnh Quảng Nam',
    });
    await record(org.tokens.clerk, { subject: `Về việc phòng cháy ${word}` });
    for (const q of [
      `bao ve ${word}`,
      `bảo vệ ${word}`,
      `BẢO VỆ ${word}`,
      `Bao Ve Bi Mat ${word}`,
      `quang nam ${word}`,
      `Quảng Nam ${word}`,
      `bao ${word}`, // a prefix of "bảo vệ"
    ]) {
      expect(await ids(org.tokens.clerk, { q }), q).toEqual([hit.body.id]);
    }
    expect(await ids(org.tokens.clerk, { q: `bảo vệ chống ${word}` })).toEqual([]);
  });

  it('folds đ, so "de dieu" finds "đê điều" and the other way round', async () => {
    const word = tag();
    const hit = await record(org.tokens.clerk, { subject: `Đê điều mùa lũ ${word}` });
    expect(await ids(org.tokens.clerk, { q: `de dieu ${word}` })).toEqual([hit.body.id]);
    expect(await ids(org.tokens.clerk, { q: `ĐÊ ĐIỀU ${word}` })).toEqual([hit.body.id]);
  });

  it('finds by symbol, by key and by number', async () => {
    const n = unique();
    const hit = await record(org.tokens.clerk, { symbol: `${n}/QĐ-UBND`, subject: 'Quyết định' });
    for (const q of [`${n}/QĐ-UBND`, `${n}/QD-UBND`, `${n}/qd-ubnd`, `${n}`, `${n} qđ`]) {
      expect(await ids(org.tokens.clerk, { q }), q).toEqual([hit.body.id]);
    }
  });

  it('never lets the user’s text act as FTS syntax, and never fails', async () => {
    const word = tag();
    await record(org.tokens.clerk, { subject: `Văn bản ${word}` });
    // An FTS OR would find the dispatch; quoted, "or" and "nothing" are words it lacks.
    expect(await ids(org.tokens.clerk, { q: `${word} OR nothing` })).toEqual([]);
    for (const q of [
      '"',
      '""',
      `"${word}`,
      `${word}"*`,
      '*',
      '* OR *',
      'NEAR(a b, 2)',
      'a AND',
      'NOT',
      '-x',
      '^start',
      'content:x',
      '{a b}',
      '(',
      "' OR 1=1 --",
      '%_\\',
      '🙂',
      'ʼ',
      '\u0301',
    ]) {
      const res = await list(org.tokens.clerk, { q });
      expect(res.status, q).toBe(200);
    }
  });

  it('treats a query without a letter or digit as no filter', async () => {
    const res = await list(org.tokens.clerk, { q: '--- ***', limit: 1 });
    expect(res.status).toBe(200);
    expect((res.body as { items: unknown[] }).items).toHaveLength(1);
  });
});

describe('pagination', () => {
  it('walks newest first over (created_at, id), stable while new dispatches arrive', async () => {
    const { unit } = await unitWithHead('PG');
    const made: number[] = [];
    for (let i = 0; i < 7; i++) {
      made.push((await record(org.tokens.clerk, { recipientUnitIds: [unit.id] })).body.id);
    }
    // Mix the times: created_at ties are broken by id; an older timestamp sorts last.
    const [first, second, third] = made as [number, number, number];
    const base = new Date('2026-01-01T00:00:00Z');
    await db().update(dispatches).set({ createdAt: base }).where(eq(dispatches.id, first));
    await db().update(dispatches).set({ createdAt: base }).where(eq(dispatches.id, third));
    await db()
      .update(dispatches)
      .set({ createdAt: new Date(base.getTime() - 86_400_000) })
      .where(eq(dispatches.id, second));
    const expected = [...made.slice(3).reverse(), third, first, second];

    const seen: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await list(org.tokens.clerk, { unitId: unit.id, limit: 3, ...(cursor ? { cursor } : {}) });
      expect(res.status).toBe(200);
      const page = res.body as { items: { id: number }[]; nextCursor: string | null };
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
      pages++;
      // A dispatch arriving meanwhile is newer than every cursor: it never shows on later pages.
      if (pages === 1) await record(org.tokens.clerk, { recipientUnitIds: [unit.id] });
    } while (cursor);
    expect(seen).toEqual(expected);
    expect(pages).toBe(3);
  });

  it('answers nextCursor null on the last page', async () => {
    const { unit } = await unitWithHead('PL');
    await record(org.tokens.clerk, { recipientUnitIds: [unit.id] });
    const res = await list(org.tokens.clerk, { unitId: unit.id, limit: 1 });
    expect(res.body).toMatchObject({ nextCursor: null });
  });
});

describe('filters', () => {
  it('status: pending, acknowledged, overdue, over all recipients or for one unit', async () => {
    const word = tag();
    const one = await unitWithHead('S1');
    const two = await unitWithHead('S2');
    const both = [one.unit.id, two.unit.id];
    const noneAcked = await record(org.tokens.clerk, { subject: word, recipientUnitIds: both });
    const allAcked = await record(org.tokens.clerk, { subject: word, recipientUnitIds: [one.unit.id] });
    const halfAcked = await record(org.tokens.clerk, { subject: word, recipientUnitIds: both });
    const unsent = await record(org.tokens.clerk, { subject: word });
    for (const d of [allAcked, halfAcked]) {
      expect((await post(`/api/dispatches/${d.body.id}/ack`, one.token, {})).status).toBe(200);
    }
    const q = { q: word };
    expect(await ids(org.tokens.clerk, { ...q, status: 'pending' })).toEqual([
      halfAcked.body.id,
      noneAcked.body.id,
    ]);
    expect(await ids(org.tokens.clerk, { ...q, status: 'acknowledged' })).toEqual([allAcked.body.id]);
    expect(await ids(org.tokens.clerk, { ...q, status: 'pending', unitId: one.unit.id })).toEqual([
      noneAcked.body.id,
    ]);
    expect(await ids(org.tokens.clerk, { ...q, status: 'acknowledged', unitId: one.unit.id })).toEqual([
      halfAcked.body.id,
      allAcked.body.id,
    ]);
    expect(await ids(org.tokens.clerk, q)).toContain(unsent.body.id);

    // Overdue: marked by the scheduler, or past due and not done; a done task is not.
    const late = await record(org.tokens.clerk, { subject: word, recipientUnitIds: [two.unit.id] });
    const marked = await record(org.tokens.clerk, { subject: word });
    const finished = await record(org.tokens.clerk, { subject: word });
    await db()
      .insert(tasks)
      .values([
        {
          dispatchId: late.body.id,
          title: 'Báo cáo',
          leadUnitId: two.unit.id,
          dueDate: '2020-01-01',
          createdBy: org.admin.id,
        },
        {
          dispatchId: marked.body.id,
          title: 'Báo cáo',
          leadUnitId: one.unit.id,
          status: 'overdue',
          createdBy: org.admin.id,
        },
        {
          dispatchId: finished.body.id,
          title: 'Báo cáo',
          leadUnitId: one.unit.id,
          dueDate: '2020-01-01',
          status: 'done',
          createdBy: org.admin.id,
        },
        {
          dispatchId: noneAcked.body.id,
          title: 'Chưa hạn',
          leadUnitId: one.unit.id,
          dueDate: '2999-01-01',
          createdBy: org.admin.id,
        },
      ]);
    expect(await ids(org.tokens.clerk, { ...q, status: 'overdue' })).toEqual([marked.body.id, late.body.id]);
    expect(await ids(org.tokens.clerk, { ...q, status: 'overdue', unitId: two.unit.id })).toEqual([
      late.body.id,
    ]);
  });

  it('from/to on the issued date, or the received date when it is unknown', async () => {
    const word = tag();
    const old = await record(org.tokens.clerk, { subject: word, issuedDate: '2019-05-01' });
    const undated = await record(org.tokens.clerk, { subject: word });
    const today = vietnamDate(new Date());
    expect(await ids(org.tokens.clerk, { q: word, from: '2019-01-01', to: '2019-12-31' })).toEqual([
      old.body.id,
    ]);
    expect(await ids(org.tokens.clerk, { q: word, from: '2019-05-01', to: '2019-05-01' })).toEqual([
      old.body.id,
    ]);
    expect(await ids(org.tokens.clerk, { q: word, from: today })).toEqual([undated.body.id]);
    expect(await ids(org.tokens.clerk, { q: word, to: '2019-04-30' })).toEqual([]);
  });

  it('unitId: dispatches addressed to that unit', async () => {
    const { unit } = await unitWithHead('UF');
    const sent = await record(org.tokens.clerk, { recipientUnitIds: [unit.id, org.police.id] });
    await record(org.tokens.clerk, { recipientUnitIds: [org.police.id] });
    expect(await ids(org.tokens.admin, { unitId: unit.id })).toEqual([sent.body.id]);
  });

  it('items carry the recipients and acknowledgement counts', async () => {
    const one = await unitWithHead('C1');
    const two = await unitWithHead('C2');
    const d = await record(org.tokens.clerk, { recipientUnitIds: [one.unit.id, two.unit.id] });
    await post(`/api/dispatches/${d.body.id}/ack`, one.token, {});
    const res = await list(org.tokens.clerk, { unitId: one.unit.id });
    expect((res.body as { items: unknown[] }).items[0]).toMatchObject({
      id: d.body.id,
      symbol: d.body.symbol,
      counts: { recipients: 2, acknowledged: 1 },
    });
  });
});

describe('unit heads', () => {
  it('see only their unit’s dispatches, with their unit’s counts', async () => {
    const word = tag();
    const mine = await unitWithHead('M');
    const other = await unitWithHead('O');
    const addressed = await record(org.tokens.clerk, {
      subject: word,
      recipientUnitIds: [mine.unit.id, other.unit.id],
    });
    await record(org.tokens.clerk, { subject: word, recipientUnitIds: [other.unit.id] });
    await record(org.tokens.clerk, { subject: word });
    await post(`/api/dispatches/${addressed.body.id}/ack`, other.token, {});
    const res = await list(mine.token, { q: word });
    expect((res.body as { items: unknown[] }).items).toEqual([
      expect.objectContaining({ id: addressed.body.id, counts: { recipients: 1, acknowledged: 0 } }),
    ]);
    expect(await ids(mine.token, { q: word, unitId: mine.unit.id })).toEqual([addressed.body.id]);
  });

  it('are refused (403) a unitId filter for another unit', async () => {
    const mine = await unitWithHead('M');
    const res = await list(mine.token, { unitId: org.police.id });
    expect(res.status).toBe(403);
  });
});

describe('GET /api/dispatches/lookup', () => {
  const lookup = async (token: string, keys: string) => {
    const res = await get(`/api/dispatches/lookup?keys=${encodeURIComponent(keys)}`, token);
    return { status: res.status, body: res.status === 200 ? LookupResponseSchema.parse(res.body) : res.body };
  };

  it('answers which references are recorded, for keys or symbols written any way', async () => {
    const n = unique();
    const a = await record(org.tokens.clerk, { symbol: `${n}/QĐ-UBND`, issuedDate: '2020-01-01' });
    const a2 = await record(org.tokens.clerk, { symbol: `${n}/QĐ-UBND`, issuedDate: '2021-01-01' });
    const b = await record(org.tokens.clerk, { symbol: `${n}/UBND-NC` });
    const res = await lookup(org.tokens.admin, `${n}/QD-UBND, ${n}/ubnd – nc,${n}/KHONG-CO,${n}/QĐ-UBND`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      items: [
        { key: `${n}/QD-UBND`, id: a.body.id, symbol: `${n}/QĐ-UBND`, issuedDate: '2020-01-01' },
        { key: `${n}/QD-UBND`, id: a2.body.id, symbol: `${n}/QĐ-UBND`, issuedDate: '2021-01-01' },
        { key: `${n}/UBND-NC`, id: b.body.id, symbol: `${n}/UBND-NC`, issuedDate: null },
      ],
    });
  });

  it('tells a unit head only about dispatches addressed to their unit', async () => {
    const mine = await unitWithHead('LK');
    const sent = await record(org.tokens.clerk, { recipientUnitIds: [mine.unit.id] });
    const notSent = await record(org.tokens.clerk);
    const res = await lookup(mine.token, `${sent.body.symbol},${notSent.body.symbol}`);
    expect(res.body).toEqual({ items: [expect.objectContaining({ id: sent.body.id })] });
  });

  it('takes up to 200 references; more, or an over-long one, is a 422', async () => {
    const symbol = freshSymbol();
    await record(org.tokens.clerk, { symbol });
    const filler = Array.from({ length: 199 }, (_, i) => `${i + 1}/LK-${i}`);
    const ok = await lookup(org.tokens.clerk, [...filler, symbol].join(','));
    expect(ok.status).toBe(200);
    expect((ok.body as { items: unknown[] }).items).toHaveLength(1);
    expect((await lookup(org.tokens.clerk, [...filler, symbol, '1/X-Y'].join(','))).status).toBe(422);
    expect((await lookup(org.tokens.clerk, `1/${'A'.repeat(150)}`)).status).toBe(422);
  });

  it('answers an empty list for no references, and 422 without keys or with other parameters', async () => {
    expect((await lookup(org.tokens.clerk, ' , ,')).body).toEqual({ items: [] });
    expect((await get('/api/dispatches/lookup', org.tokens.clerk)).status).toBe(422);
    expect((await get('/api/dispatches/lookup?keys=1/A-B&x=1', org.tokens.clerk)).status).toBe(422);
    expect((await get(`/api/dispatches/lookup?keys=${'1'.repeat(10_001)}`, org.tokens.clerk)).status).toBe(
      422,
    );
  });
});
