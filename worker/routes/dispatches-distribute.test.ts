/**
 * GET /api/dispatches/:id, POST …/recipients, POST …/ack and GET …/status.
 */
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DispatchDetailSchema,
  DispatchStatusSchema,
  RecipientListSchema,
  RecipientSchema,
} from '../../shared/schemas/dispatch';
import { auditLog, recipients, tasks, taskUnits, unitGroupMembers, units } from '../db/schema';
import {
  get,
  post,
  record,
  type SignedInOrganisation,
  signedInOrganisation,
  unique,
  unitWithHead,
} from '../test/dispatch-fixtures';
import { call, createGroup, createUnit, db } from '../test/fixtures';

let org: SignedInOrganisation;
beforeAll(async () => {
  org = await signedInOrganisation();
});

async function recipientUnits(dispatchId: number) {
  const rows = await db().select().from(recipients).where(eq(recipients.dispatchId, dispatchId));
  return rows.map((row) => row.unitId).sort((a, b) => a - b);
}

async function auditOf(dispatchId: number, action: string) {
  return db()
    .select()
    .from(auditLog)
    .where(
      and(eq(auditLog.entity, 'dispatch'), eq(auditLog.entityId, dispatchId), eq(auditLog.action, action)),
    );
}

async function addTask(
  dispatchId: number,
  leadUnitId: number,
  extra: Partial<typeof tasks.$inferInsert> = {},
) {
  const [task] = await db()
    .insert(tasks)
    .values({ dispatchId, title: `Nhiệm vụ ${unique()}`, leadUnitId, createdBy: org.admin.id, ...extra })
    .returning();
  return task as typeof tasks.$inferSelect;
}

describe('GET /api/dispatches/:id', () => {
  it('gives admins and clerks the dispatch with recipients, tasks, cites and citedBy', async () => {
    const a = await unitWithHead('DA');
    const b = await unitWithHead('DB');
    const cited = await record(org.tokens.clerk);
    const d = await record(org.tokens.clerk, {
      recipientUnitIds: [a.unit.id, b.unit.id],
      cites: [cited.body.symbol, '77/2099/NĐ-CP'],
    });
    const citer = await record(org.tokens.clerk, { cites: [d.body.symbol] });
    await post(`/api/dispatches/${d.body.id}/ack`, a.token, { note: 'Đã nhận' });
    const task = await addTask(d.body.id, a.unit.id, { dueDate: '2030-01-01' });
    await db().insert(taskUnits).values({ taskId: task.id, unitId: b.unit.id });

    for (const token of [org.tokens.admin, org.tokens.clerk]) {
      const res = await get(`/api/dispatches/${d.body.id}`, token);
      expect(res.status).toBe(200);
      const detail = DispatchDetailSchema.parse(res.body);
      expect(detail).toMatchObject({
        id: d.body.id,
        symbol: d.body.symbol,
        receivedNumber: d.body.receivedNumber,
      });
      expect(detail.recipients.map((r) => r.unit.id).sort()).toEqual([a.unit.id, b.unit.id].sort());
      const ackRow = detail.recipients.find((r) => r.unit.id === a.unit.id);
      expect(ackRow).toMatchObject({
        unit: { id: a.unit.id, code: a.unit.code, name: a.unit.name },
        acknowledgedBy: { id: a.head.id, name: a.head.name },
        note: 'Đã nhận',
      });
      expect(ackRow?.acknowledgedAt).not.toBeNull();
      expect(detail.recipients.find((r) => r.unit.id === b.unit.id)).toMatchObject({
        acknowledgedAt: null,
        acknowledgedBy: null,
        note: null,
      });
      expect(detail.tasks).toEqual([
        {
          id: task.id,
          title: task.title,
          leadUnitId: a.unit.id,
          coordinatingUnitIds: [b.unit.id],
          dueDate: '2030-01-01',
          recurrence: 'none',
          status: 'todo',
          progress: 0,
        },
      ]);
      expect(detail.cites).toEqual([
        { symbol: cited.body.symbol, key: cited.body.key, dispatchId: cited.body.id },
        { symbol: '77/2099/NĐ-CP', key: '77/2099/ND-CP', dispatchId: null },
      ]);
      expect(detail.citedBy).toEqual([
        { id: citer.body.id, symbol: citer.body.symbol, subject: citer.body.subject },
      ]);
    }
  });

  it('gives a unit head their unit’s slice, and 404 for a dispatch not addressed to them', async () => {
    const mine = await unitWithHead('DM');
    const other = await unitWithHead('DO');
    const hidden = await record(org.tokens.clerk, { recipientUnitIds: [other.unit.id] });
    const visible = await record(org.tokens.clerk, { recipientUnitIds: [mine.unit.id] });
    const d = await record(org.tokens.clerk, {
      recipientUnitIds: [mine.unit.id, other.unit.id],
      cites: [hidden.body.symbol, visible.body.symbol],
    });
    await record(org.tokens.clerk, { cites: [d.body.symbol], recipientUnitIds: [other.unit.id] });
    const ownTask = await addTask(d.body.id, mine.unit.id);
    await addTask(d.body.id, other.unit.id);
    const coordinated = await addTask(d.body.id, other.unit.id);
    await db().insert(taskUnits).values({ taskId: coordinated.id, unitId: mine.unit.id });

    const res = await get(`/api/dispatches/${d.body.id}`, mine.token);
    expect(res.status).toBe(200);
    const detail = DispatchDetailSchema.parse(res.body);
    expect(detail.recipients.map((r) => r.unit.id)).toEqual([mine.unit.id]);
    expect(detail.tasks.map((t) => t.id)).toEqual([ownTask.id, coordinated.id]);
    expect(detail.cites).toEqual([
      { symbol: hidden.body.symbol, key: hidden.body.key, dispatchId: null },
      { symbol: visible.body.symbol, key: visible.body.key, dispatchId: visible.body.id },
    ]);
    expect(detail.citedBy).toEqual([]);

    const refused = await get(`/api/dispatches/${hidden.body.id}`, mine.token);
    expect(refused.status).toBe(404);
    expect(refused.body.error.code).toBe('not_found');
  });

  it('answers 404 for ids that are not numbers or name nothing', async () => {
    for (const id of ['abc', '0', '-1', '1.5', '1e3', '99999999', '99999999999999999999', '%20', '1;DROP']) {
      const res = await get(`/api/dispatches/${id}`, org.tokens.admin);
      expect(res.status, id).toBe(404);
      expect(res.body.error.code).toBe('not_found');
    }
  });
});

describe('POST /api/dispatches/:id/recipients', () => {
  it('expands groups to their active members now, counts each unit once, and answers the full list', async () => {
    const [a, b, c, closed] = await Promise.all(
      ['A', 'B', 'C', 'X'].map((p) => createUnit(`DS${p}${unique()}`)),
    );
    if (!a || !b || !c || !closed) throw new Error('units');
    await db().update(units).set({ active: false }).where(eq(units.id, closed.id));
    const group = await createGroup(`Nhóm ${unique()}`, [b.id, c.id, closed.id]);
    const d = await record(org.tokens.clerk, { recipientUnitIds: [a.id] });

    const res = await post(`/api/dispatches/${d.body.id}/recipients`, org.tokens.clerk, {
      unitIds: [a.id, b.id, b.id],
      groupIds: [group.id, group.id],
    });
    expect(res.status).toBe(200);
    const list = RecipientListSchema.parse(res.body);
    expect(list.items.map((r) => r.unit.id).sort()).toEqual([a.id, b.id, c.id].sort());
    expect(list.items.every((r) => r.dispatchId === d.body.id)).toBe(true);
    expect(await recipientUnits(d.body.id)).toEqual([a.id, b.id, c.id].sort((x, y) => x - y));
    const audits = await auditOf(d.body.id, 'distribute');
    expect(audits.map((row) => row.after)).toEqual([
      { unitIds: [a.id], groupIds: [] },
      { unitIds: [b.id, c.id].sort((x, y) => x - y), groupIds: [group.id] },
    ]);

    // Later members of the group are not recipients: the group was expanded when sent.
    await db().update(units).set({ active: true }).where(eq(units.id, closed.id));
    const late = await createUnit(`DSL${unique()}`);
    await db().insert(unitGroupMembers).values({ groupId: group.id, unitId: late.id });
    expect(await recipientUnits(d.body.id)).toEqual([a.id, b.id, c.id].sort((x, y) => x - y));

    // Sending again to units already there changes nothing, not even the audit.
    const again = await post(`/api/dispatches/${d.body.id}/recipients`, org.tokens.admin, {
      unitIds: [a.id, c.id],
    });
    expect(again.status).toBe(200);
    expect(again.body.items).toHaveLength(3);
    expect(await auditOf(d.body.id, 'distribute')).toHaveLength(2);
  });

  it('keeps one recipient when the same unit is sent concurrently', async () => {
    const unit = await createUnit(`DC${unique()}`);
    const d = await record(org.tokens.clerk);
    const answers = await Promise.all(
      Array.from({ length: 6 }, () =>
        post(`/api/dispatches/${d.body.id}/recipients`, org.tokens.clerk, { unitIds: [unit.id] }),
      ),
    );
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(await recipientUnits(d.body.id)).toEqual([unit.id]);
  });

  it('refuses unknown or inactive units and unknown groups with 422, changing nothing', async () => {
    const closed = await createUnit(`DX${unique()}`);
    await db().update(units).set({ active: false }).where(eq(units.id, closed.id));
    const d = await record(org.tokens.clerk, { recipientUnitIds: [org.police.id] });
    for (const body of [
      { unitIds: [org.education.id, 999_999] },
      { unitIds: [org.education.id, closed.id] },
      { groupIds: [999_999] },
      {},
      { unitIds: [] },
      { unitIds: ['x'] },
      { unitIds: [1.5] },
      { unitIds: org.education.id },
      { unitIds: [org.education.id], extra: true },
      { unitIds: Array.from({ length: 501 }, (_, i) => i + 1) },
    ]) {
      const res = await post(`/api/dispatches/${d.body.id}/recipients`, org.tokens.clerk, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.error.code).toBe('validation_failed');
    }
    expect(await recipientUnits(d.body.id)).toEqual([org.police.id]);
  });

  it('answers 400 for malformed JSON and 404 for a dispatch that does not exist', async () => {
    const d = await record(org.tokens.clerk);
    const malformed = await call(`/api/dispatches/${d.body.id}/recipients`, {
      method: 'POST',
      body: '{"unitIds": [1,',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${org.tokens.clerk}` },
    });
    expect(malformed.status).toBe(400);
    const missing = await post('/api/dispatches/999999/recipients', org.tokens.clerk, {
      unitIds: [org.police.id],
    });
    expect(missing.status).toBe(404);
    expect(await recipientUnits(d.body.id)).toEqual([]);
  });
});

describe('POST /api/dispatches/:id/ack', () => {
  it('records the unit head’s acknowledgement and answers the recipient row', async () => {
    const mine = await unitWithHead('AK');
    const d = await record(org.tokens.clerk, { recipientUnitIds: [mine.unit.id, org.police.id] });
    const res = await post(`/api/dispatches/${d.body.id}/ack`, mine.token, {
      note: '  Đã nhận, sẽ triển khai  ',
    });
    expect(res.status).toBe(200);
    const row = RecipientSchema.parse(res.body);
    expect(row).toMatchObject({
      dispatchId: d.body.id,
      unit: { id: mine.unit.id },
      acknowledgedBy: { id: mine.head.id, name: mine.head.name },
      note: 'Đã nhận, sẽ triển khai',
    });
    expect(Math.abs(new Date(row.acknowledgedAt as string).getTime() - Date.now())).toBeLessThan(60_000);
    // Only this unit's row: the police have not acknowledged.
    const [police] = await db()
      .select()
      .from(recipients)
      .where(and(eq(recipients.dispatchId, d.body.id), eq(recipients.unitId, org.police.id)));
    expect(police?.acknowledgedAt).toBeNull();
  });

  it('takes no body, an empty body or {}', async () => {
    const mine = await unitWithHead('AB');
    for (const init of [{}, { body: '' }, { body: '{}', headers: { 'content-type': 'application/json' } }]) {
      const d = await record(org.tokens.clerk, { recipientUnitIds: [mine.unit.id] });
      const res = await call(`/api/dispatches/${d.body.id}/ack`, {
        method: 'POST',
        ...init,
        headers: {
          ...(init as { headers?: Record<string, string> }).headers,
          authorization: `Bearer ${mine.token}`,
        },
      });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ note: null, acknowledgedBy: { id: mine.head.id } });
    }
  });

  it('is idempotent: later acks keep the first time and note', async () => {
    const mine = await unitWithHead('AI');
    const d = await record(org.tokens.clerk, { recipientUnitIds: [mine.unit.id] });
    const first = await post(`/api/dispatches/${d.body.id}/ack`, mine.token, { note: 'lần đầu' });
    // Make the first acknowledgement visibly older than any later one could be.
    const earlier = new Date('2026-01-02T03:04:05Z');
    await db()
      .update(recipients)
      .set({ acknowledgedAt: earlier })
      .where(and(eq(recipients.dispatchId, d.body.id), eq(recipients.unitId, mine.unit.id)));
    const again = await post(`/api/dispatches/${d.body.id}/ack`, mine.token, { note: 'lần hai' });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ ...first.body, acknowledgedAt: earlier.toISOString() });
    expect(await auditOf(d.body.id, 'acknowledge')).toHaveLength(1);
  });

  it('leaves one acknowledgement, one audit row and one answer when 10 acks arrive at once', async () => {
    const mine = await unitWithHead('AC');
    const d = await record(org.tokens.clerk, { recipientUnitIds: [mine.unit.id] });
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        post(`/api/dispatches/${d.body.id}/ack`, mine.token, { note: `ghi chú ${i}` }),
      ),
    );
    expect(answers.every((a) => a.status === 200)).toBe(true);
    for (const answer of answers) expect(answer.body).toEqual(answers[0]?.body);
    const notes = Array.from({ length: 10 }, (_, i) => `ghi chú ${i}`);
    expect(notes).toContain(answers[0]?.body.note);
    const audit = await auditOf(d.body.id, 'acknowledge');
    expect(audit).toHaveLength(1);
    expect(audit[0]?.after).toMatchObject({ unitId: mine.unit.id, note: answers[0]?.body.note });
    const rows = await db().select().from(recipients).where(eq(recipients.dispatchId, d.body.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.acknowledgedAt?.toISOString()).toBe(answers[0]?.body.acknowledgedAt);
  });

  it('answers 404 to a unit head whose unit is not a recipient, and for unknown dispatches', async () => {
    const mine = await unitWithHead('AN');
    const d = await record(org.tokens.clerk, { recipientUnitIds: [org.police.id] });
    expect((await post(`/api/dispatches/${d.body.id}/ack`, mine.token, {})).status).toBe(404);
    expect((await post('/api/dispatches/999999/ack', mine.token, {})).status).toBe(404);
    expect((await post('/api/dispatches/abc/ack', mine.token, {})).status).toBe(404);
    const [row] = await db().select().from(recipients).where(eq(recipients.dispatchId, d.body.id));
    expect(row?.acknowledgedAt).toBeNull();
    expect(await auditOf(d.body.id, 'acknowledge')).toEqual([]);
  });

  it('refuses bad bodies (400, 422) and acknowledges nothing', async () => {
    const mine = await unitWithHead('AV');
    const d = await record(org.tokens.clerk, { recipientUnitIds: [mine.unit.id] });
    const malformed = await call(`/api/dispatches/${d.body.id}/ack`, {
      method: 'POST',
      body: '{"note":',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${mine.token}` },
    });
    expect(malformed.status).toBe(400);
    for (const body of [
      { note: 'x'.repeat(1001) },
      { note: 5 },
      { note: 'ok', acknowledgedAt: '2020-01-01' },
      [],
      'note',
    ]) {
      expect(
        (await post(`/api/dispatches/${d.body.id}/ack`, mine.token, body)).status,
        JSON.stringify(body),
      ).toBe(422);
    }
    const [row] = await db().select().from(recipients).where(eq(recipients.dispatchId, d.body.id));
    expect(row?.acknowledgedAt).toBeNull();
  });
});

describe('GET /api/dispatches/:id/status', () => {
  it('gives per recipient unit its acknowledgement and its tasks by state', async () => {
    const a = await unitWithHead('SA');
    const b = await unitWithHead('SB');
    const c = await unitWithHead('SC');
    const d = await record(org.tokens.clerk, { recipientUnitIds: [a.unit.id, b.unit.id, c.unit.id] });
    await post(`/api/dispatches/${d.body.id}/ack`, a.token, { note: 'Nhận' });
    await addTask(d.body.id, a.unit.id);
    await addTask(d.body.id, a.unit.id, { status: 'done', dueDate: '2020-01-01' });
    const shared = await addTask(d.body.id, a.unit.id, { status: 'in_progress', dueDate: '2999-12-31' });
    await db().insert(taskUnits).values({ taskId: shared.id, unitId: b.unit.id });
    await addTask(d.body.id, b.unit.id, { dueDate: '2020-01-01' }); // past due, not done: overdue
    await addTask(d.body.id, b.unit.id, { status: 'overdue' });
    // Another dispatch's task does not count here.
    const elsewhere = await record(org.tokens.clerk, { recipientUnitIds: [c.unit.id] });
    await addTask(elsewhere.body.id, c.unit.id);

    for (const token of [org.tokens.admin, org.tokens.clerk]) {
      const res = await get(`/api/dispatches/${d.body.id}/status`, token);
      expect(res.status).toBe(200);
      const status = DispatchStatusSchema.parse(res.body);
      expect(status.dispatchId).toBe(d.body.id);
      expect(status.totals).toEqual({ recipients: 3, acknowledged: 1 });
      const byUnit = new Map(status.units.map((u) => [u.unit.id, u]));
      expect(byUnit.get(a.unit.id)).toMatchObject({
        unit: { id: a.unit.id, code: a.unit.code, name: a.unit.name },
        acknowledged: true,
        acknowledgedBy: { id: a.head.id, name: a.head.name },
        note: 'Nhận',
        tasks: { todo: 1, in_progress: 1, done: 1, overdue: 0 },
      });
      expect(byUnit.get(b.unit.id)).toMatchObject({
        acknowledged: false,
        acknowledgedAt: null,
        acknowledgedBy: null,
        tasks: { todo: 0, in_progress: 1, done: 0, overdue: 2 },
      });
      expect(byUnit.get(c.unit.id)?.tasks).toEqual({ todo: 0, in_progress: 0, done: 0, overdue: 0 });
    }
  });

  it('answers 404 for unknown or non-numeric ids', async () => {
    expect((await get('/api/dispatches/999999/status', org.tokens.admin)).status).toBe(404);
    expect((await get('/api/dispatches/x/status', org.tokens.admin)).status).toBe(404);
  });
});
