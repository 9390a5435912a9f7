/**
 * The session checked inside the work's batch (clip, acknowledge): one D1 round trip for the
 * usual request, and for every refused session the same answer as requireAuth gives, with
 * nothing written.
 */
import { env } from 'cloudflare:workers';
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog as audit, dispatches, recipients, sessions, users } from '../db/schema';
import { runBatch } from '../dispatches/sql';
import { app } from '../index';
import { sha256Hex } from '../lib/tokens';
import { bearer, call, db, json, organisation, signIn } from '../test/fixtures';
import { addRecipients, createDispatch } from '../test/task-fixtures';
import { batchSession, guardedUser, isSessionRefusal } from './session-in-batch';

let org: Awaited<ReturnType<typeof organisation>>;
/** Addressed to the police, not acknowledged; made before any clip takes a số đến. */
let toAcknowledge: { id: number };
let notToAcknowledge: { id: number };

beforeAll(async () => {
  org = await organisation();
  toAcknowledge = await createDispatch(org.clerk.id);
  notToAcknowledge = await createDispatch(org.clerk.id);
  await addRecipients(toAcknowledge.id, [org.police.id], org.clerk.id);
  await addRecipients(notToAcknowledge.id, [org.police.id], org.clerk.id);
});

/** env with a D1 binding that counts round trips (batches and single statements). */
function countingEnv() {
  const counter = { calls: 0 };
  const count = <T extends object>(target: T, methods: string[]): T =>
    new Proxy(target, {
      get(object, name, receiver) {
        const value = Reflect.get(object, name, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          if (methods.includes(String(name))) counter.calls++;
          const result = value.apply(object, args);
          // Statements are bound and then run: count the run, wherever the chain ends.
          return name === 'prepare' || name === 'bind'
            ? count(result, ['first', 'all', 'run', 'raw'])
            : result;
        };
      },
    });
  return { env: { ...env, DB: count(env.DB, ['batch', 'exec']) }, counter };
}

async function countRows(table: typeof dispatches | typeof audit) {
  const [row] = await db().select({ n: sql<number>`count(*)` }).from(table);
  return row?.n ?? 0;
}

describe('the guard statement', () => {
  it('lets the batch through for a live session of an allowed role and names its user', async () => {
    const token = await signIn('vanthu@example.vn');
    const session = batchSession(await sha256Hex(token), ['admin', 'clerk']);
    const results = await runBatch(db(), [
      session.guard,
      sql`SELECT ${session.userId} AS id, ${session.unitId} AS unit, ${session.hasRole(['clerk'])} AS clerk,
        ${session.hasRole(['unit_head'])} AS head`,
    ]);
    expect(guardedUser(results[0])).toEqual({
      sessionId: expect.any(Number),
      id: org.clerk.id,
      email: 'vanthu@example.vn',
      name: 'vanthu',
      role: 'clerk',
      unitId: org.office.id,
    });
    expect(results[1]?.results).toEqual([{ id: org.clerk.id, unit: org.office.id, clerk: 1, head: 0 }]);
  });

  it('fails the whole batch, writing nothing, for every session that may not do this', async () => {
    const live = await signIn('ca@example.vn');
    const revoked = await signIn('ca@example.vn');
    await call('/api/auth/logout', bearer(revoked, { method: 'POST' }));
    const expired = await signIn('ca@example.vn');
    await db()
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.tokenHash, await sha256Hex(expired)));
    const cases: [string, string, ('admin' | 'clerk' | 'unit_head')[]][] = [
      ['unknown token', 'x'.repeat(43), ['unit_head']],
      ['signed out', revoked, ['unit_head']],
      ['expired', expired, ['unit_head']],
      ['wrong role', live, ['admin', 'clerk']],
    ];
    for (const [name, token, roles] of cases) {
      const session = batchSession(await sha256Hex(token), roles);
      const before = await countRows(audit);
      const refusal = await runBatch(db(), [
        session.guard,
        sql`INSERT INTO audit_log (actor_id, action, entity, at) VALUES (NULL, 'probe', 'test', 0)`,
      ]).then(
        () => null,
        (error: unknown) => error,
      );
      expect(isSessionRefusal(refusal), name).toBe(true);
      expect(await countRows(audit), name).toBe(before);
    }
  });

  it('refuses a deactivated user at once', async () => {
    const token = await signIn('sgd@example.vn');
    const session = batchSession(await sha256Hex(token), ['unit_head']);
    await expect(runBatch(db(), [session.guard])).resolves.toHaveLength(1);
    await db().update(users).set({ active: false }).where(eq(users.id, org.educationHead.id));
    await expect(runBatch(db(), [session.guard])).rejects.toThrow();
    await db().update(users).set({ active: true }).where(eq(users.id, org.educationHead.id));
  });
});

describe('clip and acknowledge', () => {
  it('take one D1 round trip in the usual case, with or without an Idempotency-Key', async () => {
    const token = await signIn('vanthu@example.vn');
    const { env: counted, counter } = countingEnv();
    const plain = await app.request(
      '/api/dispatches',
      json('POST', { symbol: '101/UBND-NC', subject: 'Một' }, token),
      counted,
    );
    expect(plain.status).toBe(201);
    expect(counter.calls).toBe(1);
    counter.calls = 0;
    const keyed = await app.request(
      '/api/dispatches',
      json('POST', { symbol: '102/UBND-NC', subject: 'Hai' }, token, {
        'idempotency-key': 'one-trip-key-0001',
      }),
      counted,
    );
    expect(keyed.status).toBe(201);
    expect(counter.calls).toBe(1);

    const dispatch = toAcknowledge;
    const head = await signIn('ca@example.vn');
    counter.calls = 0;
    const ack = await app.request(
      `/api/dispatches/${dispatch.id}/ack`,
      json('POST', { note: 'Đã nhận' }, head),
      counted,
    );
    expect(ack.status).toBe(200);
    expect(await ack.json()).toMatchObject({ acknowledgedBy: { id: org.policeHead.id }, note: 'Đã nhận' });
    expect(counter.calls).toBe(1);
  });

  it('records the clerk as the one who clipped and audits under their name', async () => {
    const token = await signIn('vanthu@example.vn');
    const res = await call('/api/dispatches', json('POST', { symbol: '103/UBND-NC', subject: 'Ba' }, token));
    const { id, clippedBy } = (await res.json()) as { id: number; clippedBy: number };
    expect(clippedBy).toBe(org.clerk.id);
    const rows = await db().select().from(audit).where(eq(audit.entityId, id));
    expect(rows.map((row) => [row.action, row.actorId])).toEqual([['create', org.clerk.id]]);
  });

  it('answer a refused session as requireAuth does, whatever the body, and write nothing', async () => {
    const dispatch = notToAcknowledge;
    const head = await signIn('ca@example.vn');
    const clerk = await signIn('vanthu@example.vn');
    const signedOut = await signIn('vanthu@example.vn');
    await call('/api/auth/logout', bearer(signedOut, { method: 'POST' }));
    const before = await countRows(dispatches);
    const clip = async (token: string | undefined, body: unknown) =>
      (await call('/api/dispatches', json('POST', body, token))).status;
    const good = { symbol: '104/UBND-NC', subject: 'Bốn' };
    expect(await clip(undefined, good)).toBe(401);
    expect(await clip(undefined, { symbol: 5 })).toBe(401);
    expect(await clip(signedOut, good)).toBe(401);
    expect(await clip(head, good)).toBe(403);
    expect(await clip(head, { nonsense: true })).toBe(403);
    expect(await clip(clerk, { nonsense: true })).toBe(422);
    expect(await countRows(dispatches)).toBe(before);

    const ack = async (token: string | undefined, path: string, body: unknown) =>
      (await call(path, json('POST', body, token))).status;
    const path = `/api/dispatches/${dispatch.id}/ack`;
    expect(await ack(undefined, path, {})).toBe(401);
    expect(await ack(undefined, '/api/dispatches/abc/ack', {})).toBe(401);
    expect(await ack(clerk, path, {})).toBe(403);
    expect(await ack(clerk, path, { note: 7 })).toBe(403);
    expect(await ack(head, path, { note: 7 })).toBe(422);
    const [row] = await db().select().from(recipients).where(eq(recipients.dispatchId, dispatch.id));
    expect(row?.acknowledgedAt).toBeNull();
  });

  it('list: one round trip for staff, two for a unit head held to their unit, 401 before any word on the query', async () => {
    const { env: counted, counter } = countingEnv();
    const list = async (token: string | undefined, query = '') => {
      counter.calls = 0;
      const res = await app.request(`/api/dispatches${query}`, token ? bearer(token) : {}, counted);
      return {
        status: res.status,
        calls: counter.calls,
        body: (await res.json()) as { items: { id: number }[] },
      };
    };
    const admin = await list(await signIn('admin@example.vn'), '?limit=50');
    expect(admin).toMatchObject({ status: 200, calls: 1 });
    expect(admin.body.items.map((item) => item.id)).toEqual(
      expect.arrayContaining([toAcknowledge.id, notToAcknowledge.id]),
    );
    const police = await list(await signIn('ca@example.vn'));
    expect(police).toMatchObject({ status: 200, calls: 2 });
    expect(police.body.items.map((item) => item.id).sort()).toEqual(
      [toAcknowledge.id, notToAcknowledge.id].sort(),
    );
    // The education head's unit received nothing: their page is empty, not the staff's page.
    const education = await list(await signIn('sgd@example.vn'));
    expect(education).toMatchObject({ status: 200, calls: 2, body: { items: [] } });
    expect((await list(await signIn('sgd@example.vn'), `?unitId=${org.police.id}`)).status).toBe(403);
    expect((await list(undefined)).status).toBe(401);
    expect((await list(undefined, '?limit=abc')).status).toBe(401);
    expect((await list(undefined, '?cursor=bm90LWpzb24')).status).toBe(401);
    expect((await list(await signIn('admin@example.vn'), '?cursor=bm90LWpzb24')).status).toBe(422);
    // A unit head asking for another unit is refused for that first, whatever the cursor.
    expect(
      (await list(await signIn('sgd@example.vn'), `?unitId=${org.police.id}&cursor=bm90LWpzb24`)).status,
    ).toBe(403);
    expect((await list(await signIn('sgd@example.vn'), '?cursor=bm90LWpzb24')).status).toBe(422);
  });
});
