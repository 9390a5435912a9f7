import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACKNOWLEDGEMENT_BY_UNIT, ACKNOWLEDGEMENT_BY_UNIT_COUNTED } from '../reports/dashboard-sql';
import { bearer, call, json, organisation, signIn } from '../test/fixtures';

let org: Awaited<ReturnType<typeof organisation>>;
let admin: string;

beforeAll(async () => {
  org = await organisation();
  admin = await signIn('admin@example.vn');
});

async function counts(sql: string) {
  return (await env.DB.prepare(sql).all()).results;
}

describe('GET /api/reports/units', () => {
  it('keeps the per-unit counts equal to the recipients through distribution and concurrent acks', async () => {
    const clerk = await signIn('vanthu@example.vn');
    const ids: number[] = [];
    for (const symbol of ['1/UBND-VP', '2/UBND-VP', '3/UBND-VP']) {
      const res = await call(
        '/api/dispatches',
        json('POST', { symbol, subject: `về việc ${symbol}`, recipientUnitIds: [org.police.id] }, clerk),
      );
      ids.push(((await res.json()) as { id: number }).id);
    }
    await call(
      `/api/dispatches/${ids[0]}/recipients`,
      json('POST', { unitIds: [org.education.id, org.police.id] }, clerk),
    );
    const police = await signIn('ca@example.vn');
    await Promise.all([
      ...Array.from({ length: 5 }, () => call(`/api/dispatches/${ids[0]}/ack`, json('POST', {}, police))),
      call(`/api/dispatches/${ids[1]}/ack`, json('POST', { note: 'Đã nhận' }, police)),
    ]);

    expect(await counts(ACKNOWLEDGEMENT_BY_UNIT)).toEqual(await counts(ACKNOWLEDGEMENT_BY_UNIT_COUNTED));
    const res = await call('/api/reports/units', bearer(admin));
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as {
      items: Array<{ code: string; recipients: number; acknowledged: number }>;
    };
    expect(items.find((u) => u.code === 'CA')).toMatchObject({ recipients: 3, acknowledged: 2 });
    expect(items.find((u) => u.code === 'SGDĐT')).toMatchObject({ recipients: 1, acknowledged: 0 });
    expect(items.find((u) => u.code === 'VP')).toMatchObject({ recipients: 0, acknowledged: 0 });
  });

  it('is for admins only', async () => {
    expect((await call('/api/reports/units', bearer(await signIn('vanthu@example.vn')))).status).toBe(403);
  });
});

describe('overdue figures', () => {
  it('count a task past its due date as overdue before the hourly job marks it', async () => {
    const clerk = await signIn('vanthu@example.vn');
    const res = await call(
      '/api/dispatches',
      json('POST', { symbol: '9/UBND-VP', subject: 'về việc báo cáo' }, clerk),
    );
    const dispatchId = ((await res.json()) as { id: number }).id;
    const overview = async () =>
      (await (await call('/api/reports/overview', bearer(admin))).json()) as {
        overdueTasks: number;
        tasks: Record<string, number>;
      };
    const unitsReport = async () =>
      (
        (await (await call('/api/reports/units', bearer(admin))).json()) as {
          items: Array<{ code: string; overdueTasks: number }>;
        }
      ).items;
    const before = await overview();
    const beforeUnits = (await unitsReport()).find((u) => u.code === 'SGDĐT')?.overdueTasks ?? 0;
    await env.DB.prepare(
      "INSERT INTO tasks (dispatch_id, title, lead_unit_id, due_date, status, created_by) VALUES (?1, 'Báo cáo quý', ?2, '2020-01-15', 'todo', ?3)",
    )
      .bind(dispatchId, org.education.id, org.admin.id)
      .run();
    const after = await overview();
    expect(after.overdueTasks).toBe(before.overdueTasks + 1);
    expect(after.tasks.todo).toBe(before.tasks.todo);
    expect((await unitsReport()).find((u) => u.code === 'SGDĐT')?.overdueTasks).toBe(beforeUnits + 1);
  });
});
