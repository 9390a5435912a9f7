import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AckSeries, GroupTasks, TrackingPage, UnitRecord } from '../../shared/schemas/reports';
import { recipients } from '../db/schema';
import { searchDocument } from '../dispatches/search';
import { vietnamDate } from '../lib/dates';
import { bearer, call, createGroup, createUnit, db, organisation, signIn } from '../test/fixtures';
import { createDispatch, insertTask } from '../test/task-fixtures';

let org: Awaited<ReturnType<typeof organisation>>;
let district: Awaited<ReturnType<typeof createUnit>>;
let admin: string;
let clerk: string;
/** Dispatches by name, oldest recorded first. */
const d: Record<string, number> = {};
let groupId: number;
const today = vietnamDate(new Date());

async function dispatch(name: string, receivedDate: string, subject: string) {
  const row = await createDispatch(org.clerk.id, { receivedDate, subject, symbol: `${name}/UBND-VP` });
  await env.DB.prepare('INSERT INTO dispatches_fts (rowid, content) VALUES (?1, ?2)')
    .bind(row.id, searchDocument({ symbol: row.symbol, key: row.key, subject }))
    .run();
  d[name] = row.id;
  return row.id;
}

async function send(
  dispatchId: number,
  unitId: number,
  acknowledgedAt: string | null,
  by: number | null = null,
) {
  await db()
    .insert(recipients)
    .values({
      dispatchId,
      unitId,
      sentAt: new Date('2026-03-02T01:00:00Z'),
      sentBy: org.clerk.id,
      acknowledgedAt: acknowledgedAt === null ? null : new Date(acknowledgedAt),
      acknowledgedBy: by,
    });
}

beforeAll(async () => {
  org = await organisation();
  district = await createUnit('KA', 'UBND huyện Kỳ Anh', 'district');
  admin = await signIn('admin@example.vn');
  clerk = await signIn('vanthu@example.vn');
  groupId = (await createGroup('Các sở, ban, ngành tỉnh', [org.police.id, org.education.id])).id;
  await createGroup('UBND các huyện', [district.id]);
  // A: police acknowledged (03/03, 09:00 in Hà Nội), education not; an overdue task for education.
  await dispatch('A', '2026-03-02', 'về việc bảo vệ an ninh Tổ quốc');
  await send(d.A as number, org.police.id, '2026-03-03T02:00:00Z', org.policeHead.id);
  await send(d.A as number, org.education.id, null);
  await insertTask({
    dispatchId: d.A as number,
    title: 'Báo cáo quý I',
    leadUnitId: org.education.id,
    dueDate: '2026-03-31',
    status: 'todo',
    createdBy: org.admin.id,
  });
  // B: everyone acknowledged; a task led by police with education coordinating, done.
  await dispatch('B', '2026-03-10', 'Kế hoạch phòng cháy chữa cháy');
  await send(d.B as number, org.police.id, '2026-03-10T03:00:00Z', org.policeHead.id);
  await send(d.B as number, district.id, '2026-03-11T03:00:00Z', null);
  await insertTask(
    {
      dispatchId: d.B as number,
      title: 'Kiểm tra',
      leadUnitId: org.police.id,
      dueDate: '2026-04-30',
      status: 'done',
      completedAt: new Date('2026-04-02T03:00:00Z'),
      createdBy: org.admin.id,
    },
    [org.education.id],
  );
  // C: sent to the district only, not acknowledged; no tasks. D: sent to nobody.
  await dispatch('C', '2026-04-15', 'Đẩy mạnh cải cách hành chính');
  await send(d.C as number, district.id, null);
  await dispatch('D', '2026-05-01', 'Thông báo lịch họp');
});

async function tracking(query: string, token = admin) {
  const res = await call(`/api/reports/tracking${query}`, bearer(token));
  expect(res.status).toBe(200);
  return (await res.json()) as TrackingPage;
}
const names = (page: TrackingPage) =>
  page.items.map((row) => Object.entries(d).find(([, id]) => id === row.dispatch.id)?.[0]);

describe('GET /api/reports/tracking', () => {
  it('lists every dispatch newest first with its recipients: when and by whom, and their tasks', async () => {
    const page = await tracking('');
    expect(names(page)).toEqual(['D', 'C', 'B', 'A']);
    const a = page.items[3];
    expect(a?.dispatch).toMatchObject({ symbol: 'A/UBND-VP', receivedDate: '2026-03-02' });
    expect(a?.cells.map((cell) => cell.unit.code)).toEqual(['CA', 'SGDĐT']);
    expect(a?.cells[0]).toMatchObject({
      acknowledgedAt: '2026-03-03T02:00:00.000Z',
      acknowledgedBy: { id: org.policeHead.id, name: 'ca' },
    });
    // Education's task is past its due date: overdue before the hourly job marks it.
    expect(a?.cells[1]).toMatchObject({ acknowledgedAt: null, acknowledgedBy: null });
    expect(a?.cells[1]?.tasks).toEqual({
      todo: 0,
      in_progress: 0,
      done: 0,
      overdue: today > '2026-03-31' ? 1 : 0,
    });
    expect(page.items[0]?.cells).toEqual([]);
    // The coordinating unit's task counts for it too, though it is no recipient of B.
    expect(page.items[2]?.cells.find((cell) => cell.unit.code === 'CA')?.tasks.done).toBe(1);
  });

  it('filters by unit, group, acknowledgement and tasks, showing only the units in scope', async () => {
    const police = await tracking(`?unitId=${org.police.id}`);
    expect(names(police)).toEqual(['B', 'A']);
    expect(police.items.every((row) => row.cells.every((cell) => cell.unit.code === 'CA'))).toBe(true);
    expect(names(await tracking(`?unitId=${org.education.id}&ack=pending`))).toEqual(['A']);
    expect(names(await tracking(`?unitId=${org.police.id}&ack=pending`))).toEqual([]);
    expect(names(await tracking('?ack=acknowledged'))).toEqual(['B']);
    expect(names(await tracking('?ack=pending'))).toEqual(['C', 'A']);
    const group = await tracking(`?groupId=${groupId}&ack=pending`);
    expect(names(group)).toEqual(['A']);
    expect(group.items[0]?.cells.map((cell) => cell.unit.code)).toEqual(['CA', 'SGDĐT']);
    expect(names(await tracking(`?groupId=${groupId}&ack=acknowledged`))).toEqual(['B']);
    expect(names(await tracking('?tasks=open'))).toEqual(['A']);
    expect(names(await tracking('?tasks=none'))).toEqual(['D', 'C']);
    expect(names(await tracking(`?tasks=none&unitId=${district.id}`))).toEqual(['C', 'B']);
    if (today > '2026-03-31') {
      expect(names(await tracking('?tasks=overdue'))).toEqual(['A']);
      expect(names(await tracking(`?tasks=overdue&unitId=${org.police.id}`))).toEqual([]);
    }
  });

  it('filters by received dates and by text without diacritics', async () => {
    expect(names(await tracking('?from=2026-03-05&to=2026-04-15'))).toEqual(['C', 'B']);
    expect(names(await tracking('?q=bao%20ve'))).toEqual(['A']);
    expect(names(await tracking(`?q=${encodeURIComponent('CẢI CÁCH')}`))).toEqual(['C']);
    expect(names(await tracking('?q=B%2FUBND'))).toEqual(['B']);
    expect(names(await tracking('?q=%2F%2F'))).toEqual([]);
  });

  it('pages with a cursor, neither skipping nor repeating', async () => {
    const first = await tracking('?limit=3');
    expect(names(first)).toEqual(['D', 'C', 'B']);
    expect(first.nextCursor).not.toBeNull();
    const second = await tracking(`?limit=3&cursor=${first.nextCursor}`);
    expect(names(second)).toEqual(['A']);
    expect(second.nextCursor).toBeNull();
  });

  it('is for administrators and clerks; bad input is a 422', async () => {
    expect(names(await tracking('?ack=pending', clerk))).toEqual(['C', 'A']);
    const head = await signIn('ca@example.vn');
    expect((await call('/api/reports/tracking', bearer(head))).status).toBe(403);
    for (const query of [
      '?cursor=%%%',
      '?ack=maybe',
      '?from=2026-02-30',
      '?limit=500',
      '?unitId=abc',
      '?other=1',
    ])
      expect((await call(`/api/reports/tracking${query}`, bearer(admin))).status, query).toBe(422);
  });
});

async function record(unitId: number, query = '', token = admin) {
  const res = await call(`/api/reports/units/${unitId}${query}`, bearer(token));
  expect(res.status).toBe(200);
  return (await res.json()) as UnitRecord;
}

describe('GET /api/reports/units/:id', () => {
  it('gives a unit’s figures and its unfinished tasks with their deadline state', async () => {
    const education = await record(org.education.id);
    expect(education.unit).toMatchObject({ code: 'SGDĐT', name: 'Sở Giáo dục và Đào tạo', active: true });
    expect(education.figures).toMatchObject({
      received: 1,
      acknowledged: 0,
      acknowledgementRate: 0,
      openTasks: 1,
    });
    expect(education.figures.averageAckHours).toBeNull();
    expect(education.openTasks).toEqual([
      expect.objectContaining({ title: 'Báo cáo quý I', role: 'lead', dueDate: '2026-03-31' }),
    ]);
    if (today > '2026-03-31') {
      expect(education.openTasks[0]).toMatchObject({ status: 'overdue', deadline: 'qua_han' });
      expect(education.figures.overdueTasks).toBe(1);
    }
    const police = await record(org.police.id);
    // All sent 02/03 01:00 UTC; acknowledged 25 h (A) and 194 h (B) later.
    expect(police.figures).toMatchObject({
      received: 2,
      acknowledged: 2,
      acknowledgementRate: 1,
      averageAckHours: 109.5,
    });
    const b = police.items.find((item) => item.dispatch.id === d.B);
    expect(b?.tasks).toEqual([
      expect.objectContaining({ title: 'Kiểm tra', role: 'lead', status: 'done', deadline: 'dung_han' }),
    ]);
  });

  it('lists not-acknowledged first, then the latest acknowledged, across pages; or newest first', async () => {
    await send(d.D as number, org.police.id, null);
    await send(d.C as number, org.police.id, '2026-04-16T03:00:00Z', org.policeHead.id);
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: UnitRecord = await record(org.police.id, `?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((item) => item.dispatch.id));
      cursor = page.nextCursor;
    } while (cursor !== null && seen.length < 10);
    expect(seen).toEqual([d.D, d.C, d.B, d.A]);
    const byDate = await record(org.police.id, '?order=date&limit=3');
    expect(byDate.items.map((item) => item.dispatch.id)).toEqual([d.D, d.C, d.B]);
    const rest = await record(org.police.id, `?order=date&limit=3&cursor=${byDate.nextCursor}`);
    expect(rest.items.map((item) => item.dispatch.id)).toEqual([d.A]);
    expect(rest.items[0]).toMatchObject({
      acknowledgedAt: '2026-03-03T02:00:00.000Z',
      acknowledgedBy: { name: 'ca' },
      sentAt: '2026-03-02T01:00:00.000Z',
    });
  });

  it('is for administrators and clerks; an unknown unit is a 404', async () => {
    expect((await record(district.id, '', clerk)).figures.received).toBe(2);
    expect(
      (await call(`/api/reports/units/${district.id}`, bearer(await signIn('sgd@example.vn')))).status,
    ).toBe(403);
    expect((await call('/api/reports/units/99999', bearer(admin))).status).toBe(404);
    expect((await call('/api/reports/units/abc', bearer(admin))).status).toBe(404);
    expect((await call(`/api/reports/units/${district.id}?cursor=WyJ4Il0`, bearer(admin))).status).toBe(422);
  });
});

describe('GET /api/reports/acknowledgements', () => {
  it('counts recipients sent and acknowledged per day, with the empty days', async () => {
    const res = await call('/api/reports/acknowledgements?from=2026-03-01&to=2026-03-11', bearer(admin));
    const series = (await res.json()) as AckSeries;
    expect(series.bucket).toBe('day');
    expect(series.items).toHaveLength(11);
    expect(series.items[1]).toEqual({ start: '2026-03-02', dispatches: 1, recipients: 2, acknowledged: 1 });
    expect(series.items[9]).toEqual({ start: '2026-03-10', dispatches: 1, recipients: 2, acknowledged: 2 });
    expect(series.items[0]).toEqual({ start: '2026-03-01', dispatches: 0, recipients: 0, acknowledged: 0 });
  });

  it('counts per week from Monday over a longer period', async () => {
    const res = await call('/api/reports/acknowledgements?from=2026-01-01&to=2026-06-30', bearer(admin));
    const series = (await res.json()) as AckSeries;
    expect(series.bucket).toBe('week');
    expect(series.items[0]?.start).toBe('2025-12-29');
    // 02/03 and 10/03/2026 are a Monday and a Tuesday: weeks of 02/03 and 09/03.
    expect(series.items.find((item) => item.start === '2026-03-02')).toMatchObject({ dispatches: 1 });
    expect(series.items.find((item) => item.start === '2026-03-09')).toMatchObject({ dispatches: 1 });
  });

  it('takes at most a year, both ends, in order; admins only', async () => {
    for (const query of [
      '',
      '?from=2026-01-01',
      '?from=2024-01-01&to=2026-01-01',
      '?from=2026-02-01&to=2026-01-01',
    ])
      expect((await call(`/api/reports/acknowledgements${query}`, bearer(admin))).status, query).toBe(422);
    expect(
      (await call('/api/reports/acknowledgements?from=2026-01-01&to=2026-01-31', bearer(clerk))).status,
    ).toBe(403);
  });
});

describe('GET /api/reports/groups', () => {
  it('counts the tasks led by each group’s units by state, within the period when given', async () => {
    const all = (await (await call('/api/reports/groups', bearer(admin))).json()) as GroupTasks;
    const departments = all.items.find((item) => item.groupId === groupId);
    expect(departments).toMatchObject({ name: 'Các sở, ban, ngành tỉnh', units: 2 });
    expect(
      (departments?.tasks.done ?? 0) + (departments?.tasks.todo ?? 0) + (departments?.tasks.overdue ?? 0),
    ).toBe(2);
    expect(departments?.tasks.done).toBe(1);
    expect(all.items.find((item) => item.name === 'UBND các huyện')?.tasks).toEqual({
      todo: 0,
      in_progress: 0,
      done: 0,
      overdue: 0,
    });
    const march = (await (
      await call('/api/reports/groups?from=2026-03-05&to=2026-03-31', bearer(admin))
    ).json()) as GroupTasks;
    expect(march.items.find((item) => item.groupId === groupId)?.tasks).toEqual({
      todo: 0,
      in_progress: 0,
      done: 1,
      overdue: 0,
    });
    expect((await call('/api/reports/groups', bearer(clerk))).status).toBe(403);
  });
});
