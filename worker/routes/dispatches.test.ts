/**
 * POST /api/dispatches: recording, deduplication, Idempotency-Key, số đến, cites both ways,
 * the search index and the audit. Each test records its own symbols (dispatch-fixtures.ts).
 */
import { env } from 'cloudflare:workers';
import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { DispatchCreatedSchema, DispatchDetailSchema } from '../../shared/schemas/dispatch';
import {
  auditLog,
  type DispatchRow,
  dispatchCites,
  dispatches,
  idempotencyKeys,
  recipients,
  units,
} from '../db/schema';
import { createDispatch } from '../dispatches/create';
import { toDispatch } from '../dispatches/present';
import { vietnamDate } from '../lib/dates';
import {
  freshSymbol,
  get,
  post,
  record,
  type SignedInOrganisation,
  signedInOrganisation,
  unique,
} from '../test/dispatch-fixtures';
import { createGroup, createUnit, db } from '../test/fixtures';

let org: SignedInOrganisation;
beforeAll(async () => {
  org = await signedInOrganisation();
});

async function rowsWithKey(key: string) {
  return db().select().from(dispatches).where(eq(dispatches.key, key));
}

describe('POST /api/dispatches records a dispatch', () => {
  it('answers 201 with the dispatch, duplicate: false, and the server’s key', async () => {
    const n = unique();
    const res = await record(org.tokens.clerk, {
      symbol: `${n}/UBND - NC`,
      key: 'WHATEVER/THE-CLIENT-SAYS',
      subject: 'V/v bảo vệ bí mật nhà nước',
      issuedDate: '2020-08-27',
      issuingBody: 'UBND tỉnh Quảng Nam',
      urgency: 'urgent',
      sourceUrl: 'https://example.vn/van-ban/3944',
    });
    expect(res.status).toBe(201);
    const body = DispatchCreatedSchema.parse(res.body);
    expect(body).toMatchObject({
      symbol: `${n}/UBND - NC`,
      key: `${n}/UBND-NC`,
      duplicate: false,
      issuedDate: '2020-08-27',
      urgency: 'urgent',
      confidentiality: 'normal',
      clippedBy: org.clerk.id,
      receivedDate: vietnamDate(new Date()),
    });
    expect(new Date(body.createdAt).toISOString()).toBe(body.createdAt);
    expect(await rowsWithKey(`${n}/UBND-NC`)).toHaveLength(1);
  });

  it('fills the reference fields the clerk left out from the symbol, and keeps those given (null too)', async () => {
    const n = unique();
    const filled = DispatchCreatedSchema.parse(
      (await record(org.tokens.admin, { symbol: `${n}/2012/TT-BCA-V28` })).body,
    );
    expect(filled).toMatchObject({
      number: `${n}`,
      year: 2012,
      typeCode: 'TT',
      typeName: 'Thông tư',
      issuer: 'BCA',
    });
    const given = DispatchCreatedSchema.parse(
      (
        await record(org.tokens.admin, {
          symbol: `${unique()}/QĐ-UBND`,
          typeName: 'Quyết định cá biệt',
          issuer: null,
        })
      ).body,
    );
    expect(given).toMatchObject({ typeCode: 'QĐ', typeName: 'Quyết định cá biệt', issuer: null });
  });

  it('stores SQL and HTML as text and returns them verbatim', async () => {
    const subject = `'); DROP TABLE dispatches; -- <script>alert("x")</script> & "quotes"`;
    const excerpt = '<img src=x onerror=alert(1)> 1 OR 1=1; SELECT * FROM users';
    const res = await record(org.tokens.clerk, { subject, excerpt, issuingBody: "O'Brien & <b>Co</b>" });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ subject, excerpt, issuingBody: "O'Brien & <b>Co</b>" });
    const detail = await get(`/api/dispatches/${res.body.id}`, org.tokens.clerk);
    expect(detail.body).toMatchObject({ subject, excerpt });
  });

  it('writes the folded text to the search index and an audit row in the same batch', async () => {
    const res = await record(org.tokens.clerk, {
      subject: 'Về việc BẢO VỆ Đê điều',
      issuingBody: 'Sở Nông nghiệp',
      typeName: 'Công văn',
    });
    const id = res.body.id as number;
    const fts = await env.DB.prepare('SELECT content FROM dispatches_fts WHERE rowid = ?').bind(id).first<{
      content: string;
    }>();
    expect(fts?.content).toContain('ve viec bao ve de dieu');
    expect(fts?.content).toContain('so nong nghiep');
    expect(fts?.content).toContain('cong van');
    const audit = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'dispatch'), eq(auditLog.entityId, id)));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: org.clerk.id, action: 'create', before: null });
    expect(audit[0]?.after).toMatchObject({
      id,
      symbol: res.body.symbol,
      receivedNumber: res.body.receivedNumber,
    });
  });
});

describe('deduplication on key + issued date', () => {
  it('answers 200 with the existing record and duplicate: true for the same key and date', async () => {
    const symbol = freshSymbol();
    const first = await record(org.tokens.clerk, { symbol, issuedDate: '2024-03-01', subject: 'Lần đầu' });
    // Written differently, from another user, with other details: the same document.
    const again = await record(org.tokens.admin, {
      symbol: symbol.replace('-', ' – '),
      issuedDate: '2024-03-01',
      subject: 'Lần hai',
    });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ ...first.body, duplicate: true });
    expect(await rowsWithKey(first.body.key)).toHaveLength(1);
  });

  it('records the same symbol with another issued date as a new dispatch', async () => {
    const symbol = freshSymbol();
    const a = await record(org.tokens.clerk, { symbol, issuedDate: '2024-03-01' });
    const b = await record(org.tokens.clerk, { symbol, issuedDate: '2025-03-01' });
    const c = await record(org.tokens.clerk, { symbol });
    expect([a.status, b.status, c.status]).toEqual([201, 201, 201]);
    expect(new Set([a.body.id, b.body.id, c.body.id]).size).toBe(3);
  });

  it('counts a missing issued date as one value', async () => {
    const symbol = freshSymbol();
    const a = await record(org.tokens.clerk, { symbol });
    const b = await record(org.tokens.clerk, { symbol, issuedDate: null });
    expect([a.status, b.status]).toEqual([201, 200]);
    expect(b.body).toMatchObject({ id: a.body.id, duplicate: true });
  });

  it('creates one row when the same document arrives many times at once', async () => {
    const symbol = freshSymbol();
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => record(org.tokens.clerk, { symbol, issuedDate: '2024-01-02' })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    const ids = new Set(answers.map((a) => a.body.id));
    expect(ids.size).toBe(1);
    expect(await rowsWithKey(answers[0]?.body.key)).toHaveLength(1);
  });

  it('changes nothing on a duplicate: no new recipients, cites or audit rows', async () => {
    const unit = await createUnit(`DUP${unique()}`);
    const symbol = freshSymbol();
    const first = await record(org.tokens.clerk, { symbol });
    const auditBefore = await db().select().from(auditLog).where(eq(auditLog.entityId, first.body.id));
    const again = await record(org.tokens.clerk, {
      symbol,
      recipientUnitIds: [unit.id],
      cites: ['1/CT-TTg'],
    });
    expect(again.status).toBe(200);
    expect(await db().select().from(recipients).where(eq(recipients.dispatchId, first.body.id))).toEqual([]);
    expect(
      await db().select().from(dispatchCites).where(eq(dispatchCites.dispatchId, first.body.id)),
    ).toEqual([]);
    expect(await db().select().from(auditLog).where(eq(auditLog.entityId, first.body.id))).toEqual(
      auditBefore,
    );
  });
});

describe('Idempotency-Key', () => {
  const withKey = (key: string) => ({ 'Idempotency-Key': key });

  it('gives the first answer again, creating nothing, even for another body', async () => {
    const key = `clip-${unique()}`;
    const first = await record(org.tokens.clerk, { subject: 'Một' }, withKey(key));
    const again = await record(org.tokens.clerk, { subject: 'Hai' }, withKey(key));
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await rowsWithKey(first.body.key)).toHaveLength(1);
    const others = await db().select().from(dispatches).where(eq(dispatches.subject, 'Hai'));
    expect(others).toEqual([]);
  });

  it('keeps a new dispatch’s answer with the key as sent, the row as the API shows it', async () => {
    const key = `kept-${unique()}`;
    const first = await record(
      org.tokens.clerk,
      {
        symbol: `${unique()}/2024/NĐ-CP`,
        subject: 'Về việc “quản lý” văn bản \\ đến \n và đi',
        issuedDate: '2024-02-29',
        issuingBody: 'Chính phủ',
        excerpt: 'Điều 1. <b>Phạm vi</b> & "đối tượng"',
        sourceUrl: 'https://example.vn/nd?id=1&x=2',
        sourceTitle: null,
        year: null,
      },
      withKey(key),
    );
    expect(first.status).toBe(201);
    const [row] = await db().select().from(dispatches).where(eq(dispatches.id, first.body.id));
    expect(first.body).toEqual({ ...toDispatch(row as DispatchRow), duplicate: false });
    const [stored] = await db()
      .select()
      .from(idempotencyKeys)
      .where(
        and(eq(idempotencyKeys.userId, org.clerk.id), eq(idempotencyKeys.key, `POST /api/dispatches ${key}`)),
      );
    expect(stored?.status).toBe(201);
    expect(JSON.parse(stored?.body ?? '')).toEqual(first.body);
  });

  it('remembers a duplicate answer as it was (200, duplicate: true)', async () => {
    const symbol = freshSymbol();
    await record(org.tokens.clerk, { symbol });
    const key = `dup-${unique()}`;
    const first = await record(org.tokens.clerk, { symbol }, withKey(key));
    const again = await record(org.tokens.clerk, { symbol }, withKey(key));
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(again.body).toEqual(first.body);
    expect(again.body.duplicate).toBe(true);
  });

  it('is per user: another user’s same key is another request', async () => {
    const key = `shared-${unique()}`;
    const mine = await record(org.tokens.clerk, {}, withKey(key));
    const theirs = await record(org.tokens.admin, {}, withKey(key));
    expect([mine.status, theirs.status]).toEqual([201, 201]);
    expect(theirs.body.id).not.toBe(mine.body.id);
  });

  it('creates one row when requests with the same key arrive at once, and all get the same answer', async () => {
    const key = `race-${unique()}`;
    const symbol = freshSymbol();
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        record(org.tokens.clerk, { symbol, subject: `Lần ${i}` }, withKey(key)),
      ),
    );
    for (const answer of answers) {
      expect(answer.status).toBe(201);
      expect(answer.body).toEqual(answers[0]?.body);
    }
    expect(await rowsWithKey(answers[0]?.body.key)).toHaveLength(1);
    const [stored] = await db()
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.userId, org.clerk.id), sql`${idempotencyKeys.key} LIKE ${`%${key}`}`));
    expect(stored?.status).toBe(201);
  });

  it('waits for a request still in progress with the key, then gives its answer', async () => {
    const key = `pending-${unique()}`;
    const stored = `POST /api/dispatches ${key}`;
    await db().insert(idempotencyKeys).values({ userId: org.clerk.id, key: stored, status: 0, body: '' });
    const waiting = record(org.tokens.clerk, {}, withKey(key));
    await new Promise((resolve) => setTimeout(resolve, 60));
    const answer = { id: 424242, duplicate: false, note: 'the first request’s answer' };
    await db()
      .update(idempotencyKeys)
      .set({ status: 201, body: JSON.stringify(answer) })
      .where(and(eq(idempotencyKeys.userId, org.clerk.id), eq(idempotencyKeys.key, stored)));
    const res = await waiting;
    expect(res.status).toBe(201);
    expect(res.body).toEqual(answer);
  });

  it('takes over a claim left by a request that died', async () => {
    const key = `stale-${unique()}`;
    await db()
      .insert(idempotencyKeys)
      .values({
        userId: org.clerk.id,
        key: `POST /api/dispatches ${key}`,
        status: 0,
        body: '',
        createdAt: new Date(Date.now() - 120_000),
      });
    const res = await record(org.tokens.clerk, {}, withKey(key));
    expect(res.status).toBe(201);
  });

  it('does not remember a refused request: the corrected retry with the same key is processed', async () => {
    const key = `retry-${unique()}`;
    const symbol = freshSymbol();
    const refused = await record(org.tokens.clerk, { symbol, recipientUnitIds: [987654] }, withKey(key));
    expect(refused.status).toBe(422);
    const retried = await record(org.tokens.clerk, { symbol }, withKey(key));
    expect(retried.status).toBe(201);
    expect(retried.body.symbol).toBe(symbol);
  });

  it('refuses a malformed key with 422 before recording anything', async () => {
    for (const key of ['', 'a'.repeat(101), 'có dấu', 'semi;colon', 'a b', 'slash/no']) {
      const symbol = freshSymbol();
      const res = await record(org.tokens.clerk, { symbol }, withKey(key));
      expect(res.status, JSON.stringify(key)).toBe(422);
      expect(res.body.error.code).toBe('validation_failed');
      expect(await db().select().from(dispatches).where(eq(dispatches.symbol, symbol))).toEqual([]);
    }
    const ok = await record(org.tokens.clerk, {}, withKey(`Az09_-:.${'x'.repeat(92)}`));
    expect(ok.status).toBe(201);
  });
});

describe('số đến (received number)', () => {
  it('runs on by one within the year', async () => {
    const a = await record(org.tokens.clerk);
    const b = await record(org.tokens.admin);
    const c = await record(org.tokens.clerk);
    expect([
      b.body.receivedNumber - a.body.receivedNumber,
      c.body.receivedNumber - b.body.receivedNumber,
    ]).toEqual([1, 1]);
  });

  it('gives concurrent recordings distinct, consecutive numbers', async () => {
    const answers = await Promise.all(Array.from({ length: 8 }, () => record(org.tokens.clerk)));
    expect(answers.every((a) => a.status === 201)).toBe(true);
    const numbers = answers.map((a) => a.body.receivedNumber as number).sort((x, y) => x - y);
    const first = numbers[0] as number;
    expect(numbers).toEqual(Array.from({ length: 8 }, (_, i) => first + i));
  });

  it('restarts each calendar year, in Vietnam’s time (UTC+7)', async () => {
    const input = (n: number) => ({ symbol: `${n}/UBND-VP`, subject: 'Cuối năm' });
    // 17:30 UTC on 31 December is already 1 January in Vietnam.
    const newYear = await createDispatch(
      db(),
      org.clerk.id,
      input(unique()),
      new Date('2031-12-31T17:30:00Z'),
    );
    const lastDay = await createDispatch(
      db(),
      org.clerk.id,
      input(unique()),
      new Date('2031-12-31T16:30:00Z'),
    );
    const next = await createDispatch(db(), org.clerk.id, input(unique()), new Date('2032-03-01T03:00:00Z'));
    expect(newYear.body).toMatchObject({ receivedDate: '2032-01-01', receivedNumber: 1 });
    expect(lastDay.body).toMatchObject({ receivedDate: '2031-12-31', receivedNumber: 1 });
    expect(next.body).toMatchObject({ receivedDate: '2032-03-01', receivedNumber: 2 });
  });
});

describe('cites link both ways', () => {
  it('resolves cites of recorded documents, and links earlier citers when the cited one is recorded', async () => {
    const n = unique();
    const older = await record(org.tokens.clerk, { symbol: `${n}/CT-BCA-V28`, subject: 'Chỉ thị' });
    const citer = await record(org.tokens.clerk, {
      subject: 'Công văn trích dẫn',
      cites: [`${n}/CT-BCA-V28`, `${n}/2012/TT-BCA-V28`, `${n}/2012/TT-BCA–V28`, `${n}/ct-bca-v28`],
    });
    expect(citer.status).toBe(201);
    const before = DispatchDetailSchema.parse(
      (await get(`/api/dispatches/${citer.body.id}`, org.tokens.clerk)).body,
    );
    expect(before.cites).toEqual([
      { symbol: `${n}/CT-BCA-V28`, key: `${n}/CT-BCA-V28`, dispatchId: older.body.id },
      { symbol: `${n}/2012/TT-BCA-V28`, key: `${n}/2012/TT-BCA-V28`, dispatchId: null },
    ]);

    const later = await record(org.tokens.admin, { symbol: `${n}/2012/TT-BCA-V28`, subject: 'Thông tư' });
    const after = DispatchDetailSchema.parse(
      (await get(`/api/dispatches/${citer.body.id}`, org.tokens.clerk)).body,
    );
    expect(after.cites[1]).toEqual({
      symbol: `${n}/2012/TT-BCA-V28`,
      key: `${n}/2012/TT-BCA-V28`,
      dispatchId: later.body.id,
    });

    for (const cited of [older, later]) {
      const detail = DispatchDetailSchema.parse(
        (await get(`/api/dispatches/${cited.body.id}`, org.tokens.clerk)).body,
      );
      expect(detail.citedBy).toEqual([
        { id: citer.body.id, symbol: citer.body.symbol, subject: 'Công văn trích dẫn' },
      ]);
    }
  });
});

describe('distributing while recording', () => {
  it('sends to the units and the groups’ active members, one recipient per unit, and audits it', async () => {
    const [a, b, c, closed] = await Promise.all(
      ['A', 'B', 'C', 'X'].map((p) => createUnit(`REC${p}${unique()}`, `Đơn vị ${p}`)),
    );
    if (!a || !b || !c || !closed) throw new Error('units');
    await db().update(units).set({ active: false }).where(eq(units.id, closed.id));
    const group = await createGroup(`Nhóm ${unique()}`, [b.id, c.id, closed.id]);
    const res = await record(org.tokens.clerk, {
      recipientUnitIds: [a.id, b.id, a.id],
      recipientGroupIds: [group.id],
    });
    expect(res.status).toBe(201);
    const rows = await db().select().from(recipients).where(eq(recipients.dispatchId, res.body.id));
    expect(rows.map((r) => r.unitId).sort()).toEqual([a.id, b.id, c.id].sort());
    expect(rows.every((r) => r.sentBy === org.clerk.id && r.acknowledgedAt === null)).toBe(true);
    const audit = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, res.body.id), eq(auditLog.action, 'distribute')));
    expect(audit[0]?.after).toEqual({
      unitIds: [a.id, b.id, c.id].sort((x, y) => x - y),
      groupIds: [group.id],
    });
  });

  it('refuses unknown or inactive units and unknown groups with 422, recording nothing', async () => {
    const closed = await createUnit(`CLOSED${unique()}`);
    await db().update(units).set({ active: false }).where(eq(units.id, closed.id));
    for (const extra of [
      { recipientUnitIds: [org.police.id, 999_999] },
      { recipientUnitIds: [closed.id] },
      { recipientGroupIds: [999_999] },
    ]) {
      const symbol = freshSymbol();
      const res = await post('/api/dispatches', org.tokens.clerk, { symbol, subject: 'x', ...extra });
      expect(res.status).toBe(422);
      expect(res.body.error.details.length).toBeGreaterThan(0);
      expect(await db().select().from(dispatches).where(eq(dispatches.symbol, symbol))).toEqual([]);
    }
  });
});
