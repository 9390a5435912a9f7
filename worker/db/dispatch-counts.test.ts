/**
 * The per-dispatch recipient counts kept by triggers (migrations/0006_dispatch_counts.sql):
 * whatever happens to recipients — sent, acknowledged (twice at once), un-acknowledged, moved,
 * deleted — each dispatch's counts equal a fresh count of its recipients.
 */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { bearer, call, json, organisation, signIn } from '../test/fixtures';
import { createDispatch } from '../test/task-fixtures';

let org: Awaited<ReturnType<typeof organisation>>;
let tokens: Record<'admin' | 'police' | 'education', string>;

beforeAll(async () => {
  org = await organisation();
  tokens = {
    admin: await signIn('admin@example.vn'),
    police: await signIn('ca@example.vn'),
    education: await signIn('sgd@example.vn'),
  };
});

/** Rows whose kept counts differ from a fresh count of their recipients. */
async function drift() {
  const { results } = await env.DB.prepare(
    `SELECT d.id, d.recipient_count, d.acknowledged_count,
            (SELECT count(*) FROM recipients r WHERE r.dispatch_id = d.id) AS fresh_total,
            (SELECT count(r.acknowledged_at) FROM recipients r WHERE r.dispatch_id = d.id) AS fresh_acknowledged
     FROM dispatches d
     WHERE d.recipient_count <> fresh_total OR d.acknowledged_count <> fresh_acknowledged`,
  ).all();
  return results;
}

async function countsOf(id: number) {
  return env.DB.prepare(
    'SELECT recipient_count AS total, acknowledged_count AS acknowledged FROM dispatches WHERE id = ?',
  )
    .bind(id)
    .first<{ total: number; acknowledged: number }>();
}

describe('dispatch recipient counts', () => {
  it('follow distribution, acknowledgement, un-acknowledgement, moves and deletes', async () => {
    const first = await createDispatch(org.clerk.id);
    const second = await createDispatch(org.clerk.id);
    const send = (id: number, unitIds: number[]) =>
      call(`/api/dispatches/${id}/recipients`, json('POST', { unitIds }, tokens.admin));
    expect((await send(first.id, [org.police.id, org.education.id, org.office.id])).status).toBeLessThan(300);
    // The same unit again is still one recipient.
    expect((await send(first.id, [org.police.id])).status).toBeLessThan(300);
    expect(await countsOf(first.id)).toEqual({ total: 3, acknowledged: 0 });

    const ack = (token: string) => call(`/api/dispatches/${first.id}/ack`, bearer(token, { method: 'POST' }));
    const answers = await Promise.all([ack(tokens.police), ack(tokens.police), ack(tokens.education)]);
    expect(answers.map((res) => res.status)).toEqual([200, 200, 200]);
    expect(await countsOf(first.id)).toEqual({ total: 3, acknowledged: 2 });

    await env.DB.prepare('UPDATE recipients SET acknowledged_at = NULL WHERE dispatch_id = ? AND unit_id = ?')
      .bind(first.id, org.education.id)
      .run();
    expect(await countsOf(first.id)).toEqual({ total: 3, acknowledged: 1 });

    await env.DB.prepare('UPDATE recipients SET dispatch_id = ? WHERE dispatch_id = ? AND unit_id = ?')
      .bind(second.id, first.id, org.police.id)
      .run();
    expect(await countsOf(first.id)).toEqual({ total: 2, acknowledged: 0 });
    expect(await countsOf(second.id)).toEqual({ total: 1, acknowledged: 1 });

    await env.DB.prepare('DELETE FROM recipients WHERE dispatch_id = ?').bind(second.id).run();
    expect(await countsOf(second.id)).toEqual({ total: 0, acknowledged: 0 });
    expect(await drift()).toEqual([]);
  });

  it('decide the list’s status filter over all recipients', async () => {
    const done = await createDispatch(org.clerk.id);
    const waiting = await createDispatch(org.clerk.id);
    const unsent = await createDispatch(org.clerk.id);
    const send = (id: number) =>
      call(`/api/dispatches/${id}/recipients`, json('POST', { unitIds: [org.police.id] }, tokens.admin));
    await send(done.id);
    await send(waiting.id);
    await call(`/api/dispatches/${done.id}/ack`, bearer(tokens.police, { method: 'POST' }));
    const list = async (status: string) => {
      const res = await call(`/api/dispatches?status=${status}&limit=100`, bearer(tokens.admin));
      const body = (await res.json()) as {
        items: { id: number; counts: { recipients: number; acknowledged: number } }[];
      };
      return body.items;
    };
    const acknowledged = await list('acknowledged');
    expect(acknowledged.map((item) => item.id)).toContain(done.id);
    expect(acknowledged.map((item) => item.id)).not.toContain(waiting.id);
    expect(acknowledged.map((item) => item.id)).not.toContain(unsent.id);
    expect(acknowledged.find((item) => item.id === done.id)?.counts).toEqual({
      recipients: 1,
      acknowledged: 1,
    });
    const pending = (await list('pending')).map((item) => item.id);
    expect(pending).toContain(waiting.id);
    expect(pending).not.toContain(done.id);
    expect(pending).not.toContain(unsent.id);
    expect(await drift()).toEqual([]);
  });
});
