import { env } from 'cloudflare:workers';
import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { ErrorEnvelopeSchema } from '../../shared/errors';
import { type Task, type TaskDetail, TaskDetailSchema, TaskSchema } from '../../shared/schemas/task';
import { auditLog, recipients, tasks, taskUnits, taskUpdates, units } from '../db/schema';
import { runScheduled } from '../scheduled';
import { bearer, call, createUnit, createUser, db, json, organisation, signIn } from '../test/fixtures';
import { addRecipients, createDispatch, insertTask } from '../test/task-fixtures';

let org: Awaited<ReturnType<typeof organisation>>;
/** Tokens by role; `lead` heads the police (lead unit of most tasks), `coord` education. */
const token = { admin: '', clerk: '', lead: '', coord: '', other: '' };
let district: number;
let closed: number;
let dispatchId: number;

beforeAll(async () => {
  org = await organisation();
  district = (await createUnit('UBND-KA', 'UBND huyện Kỳ Anh', 'district')).id;
  closed = (await createUnit('CU', 'Đơn vị đã giải thể', 'other')).id;
  await db().update(units).set({ active: false }).where(eq(units.id, closed));
  await createUser('kyanh@example.vn', 'unit_head', district);
  [token.admin, token.clerk, token.lead, token.coord, token.other] = await Promise.all([
    signIn('admin@example.vn'),
    signIn('vanthu@example.vn'),
    signIn('ca@example.vn'),
    signIn('sgd@example.vn'),
    signIn('kyanh@example.vn'),
  ]);
  dispatchId = (await createDispatch(org.clerk.id)).id;
});

type Role = keyof typeof token;

const post = (id: number | string, body: unknown, as: Role = 'admin') =>
  call(`/api/dispatches/${id}/tasks`, json('POST', body, token[as]));
const get = (id: number | string, as: Role = 'admin') => call(`/api/tasks/${id}`, bearer(token[as]));
const patch = (id: number | string, body: unknown, as: Role = 'lead') =>
  call(`/api/tasks/${id}`, json('PATCH', body, token[as]));

/** A task led by the police and coordinated by education, through the API. */
async function assign(body: Record<string, unknown> = {}, as: Role = 'admin'): Promise<Task> {
  const res = await post(
    dispatchId,
    {
      title: 'Đánh giá phong trào toàn dân bảo vệ ANTQ',
      leadUnitId: org.police.id,
      coordinatingUnitIds: [org.education.id],
      dueDate: '2099-12-31',
      ...body,
    },
    as,
  );
  expect(res.status).toBe(201);
  return TaskSchema.parse(await res.json());
}

async function detail(id: number, as: Role = 'admin'): Promise<TaskDetail> {
  const res = await get(id, as);
  expect(res.status).toBe(200);
  return TaskDetailSchema.parse(await res.json());
}

/** Everything a task request could write: a rejected one must leave all of it as it was. */
async function snapshot() {
  return {
    tasks: await db().select().from(tasks).orderBy(asc(tasks.id)),
    units: await db().select().from(taskUnits).orderBy(asc(taskUnits.taskId), asc(taskUnits.unitId)),
    updates: await db().select().from(taskUpdates).orderBy(asc(taskUpdates.id)),
    recipients: await db().select().from(recipients).orderBy(asc(recipients.id)),
    audit: await db().select().from(auditLog).orderBy(asc(auditLog.id)),
  };
}

async function expectRejected(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(ErrorEnvelopeSchema.parse(await res.json()).error.code).toBe(code);
}

function auditOf(id: number) {
  return db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, 'task'), eq(auditLog.entityId, id)))
    .orderBy(asc(auditLog.id));
}

describe('POST /api/dispatches/:id/tasks', () => {
  it('assigns a task: todo at 0 %, coordinating units once each and never the lead, audited', async () => {
    const res = await post(dispatchId, {
      title: '  Xây dựng mô hình điểm  ',
      description: 'Mỗi đơn vị một mô hình',
      leadUnitId: org.police.id,
      coordinatingUnitIds: [org.education.id, district, org.education.id, org.police.id],
      dueDate: '2099-06-30',
      recurrence: 'quarterly',
    });
    expect(res.status).toBe(201);
    const task = TaskSchema.parse(await res.json());
    expect(task).toMatchObject({
      dispatchId,
      title: 'Xây dựng mô hình điểm',
      description: 'Mỗi đơn vị một mô hình',
      leadUnitId: org.police.id,
      coordinatingUnitIds: [org.education.id, district],
      dueDate: '2099-06-30',
      recurrence: 'quarterly',
      status: 'todo',
      progress: 0,
      previousTaskId: null,
      createdBy: org.admin.id,
      completedAt: null,
    });
    expect(Date.parse(task.createdAt)).toBeGreaterThan(Date.now() - 60_000);
    const [audit] = await auditOf(task.id);
    expect(audit).toMatchObject({ actorId: org.admin.id, action: 'create', before: null, after: task });
    expect(await detail(task.id)).toEqual({ ...task, updates: [] });
  });

  it('defaults what is left out', async () => {
    const res = await post(dispatchId, { title: 'Rà soát', leadUnitId: org.education.id }, 'clerk');
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({
      description: null,
      coordinatingUnitIds: [],
      dueDate: null,
      recurrence: 'none',
      createdBy: org.clerk.id,
    });
  });

  it('makes the lead and coordinating units recipients of the dispatch, once', async () => {
    const other = await createDispatch(org.clerk.id);
    await addRecipients(other.id, [org.education.id], org.clerk.id);
    const [before] = await db().select().from(recipients).where(eq(recipients.dispatchId, other.id));
    for (let i = 0; i < 2; i++) {
      const res = await post(other.id, {
        title: `Việc ${i}`,
        leadUnitId: org.police.id,
        coordinatingUnitIds: [org.education.id, district],
      });
      expect(res.status).toBe(201);
    }
    const rows = await db()
      .select()
      .from(recipients)
      .where(eq(recipients.dispatchId, other.id))
      .orderBy(asc(recipients.unitId));
    expect(rows.map((row) => row.unitId).sort()).toEqual([org.police.id, org.education.id, district].sort());
    // the existing recipient is left as it was
    expect(rows.find((row) => row.unitId === org.education.id)).toEqual(before);
    const distributed = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'dispatch'), eq(auditLog.entityId, other.id)));
    expect(distributed).toHaveLength(1);
    const [firstTask] = await db()
      .select()
      .from(tasks)
      .where(eq(tasks.dispatchId, other.id))
      .orderBy(asc(tasks.id));
    expect(distributed[0]).toMatchObject({
      actorId: org.admin.id,
      action: 'distribute',
      after: { unitIds: [org.police.id, district], groupIds: [], taskId: firstTask?.id },
    });
  });

  it('is for admins and clerks only', async () => {
    const before = await snapshot();
    await expectRejected(
      await post(dispatchId, { title: 'x', leadUnitId: org.police.id }, 'lead'),
      403,
      'forbidden',
    );
    await expectRejected(
      await call(
        `/api/dispatches/${dispatchId}/tasks`,
        json('POST', { title: 'x', leadUnitId: org.police.id }),
      ),
      401,
      'unauthorized',
    );
    expect(await snapshot()).toEqual(before);
  });

  it('answers 404 for a dispatch that does not exist', async () => {
    const before = await snapshot();
    for (const id of [999_999, 'abc', '0', '-1', '1.5', '9999999999999999', '1e3', '%20']) {
      await expectRejected(await post(id, { title: 'x', leadUnitId: org.police.id }), 404, 'not_found');
    }
    expect(await snapshot()).toEqual(before);
  });

  it('refuses unknown and inactive units with 422, creating nothing', async () => {
    const before = await snapshot();
    const unknownLead = await post(dispatchId, { title: 'x', leadUnitId: 999_999 });
    expect(unknownLead.status).toBe(422);
    expect(ErrorEnvelopeSchema.parse(await unknownLead.json()).error.details).toEqual([
      { path: 'leadUnitId', message: 'unknown unit' },
    ]);
    const inactive = await post(dispatchId, {
      title: 'x',
      leadUnitId: org.police.id,
      coordinatingUnitIds: [org.education.id, closed, 888_888],
    });
    expect(inactive.status).toBe(422);
    expect(ErrorEnvelopeSchema.parse(await inactive.json()).error.details).toEqual([
      { path: 'coordinatingUnitIds.1', message: 'inactive unit' },
      { path: 'coordinatingUnitIds.2', message: 'unknown unit' },
    ]);
    await expectRejected(
      await post(dispatchId, { title: 'x', leadUnitId: closed }),
      422,
      'validation_failed',
    );
    expect(await snapshot()).toEqual(before);
  });

  it('refuses bad bodies with 400 or 422, changing nothing', async () => {
    const before = await snapshot();
    const malformed = await call(`/api/dispatches/${dispatchId}/tasks`, {
      method: 'POST',
      body: '{"title": "x",',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token.admin}` },
    });
    await expectRejected(malformed, 400, 'bad_request');
    const ok = { title: 'Việc', leadUnitId: org.police.id };
    const bad: unknown[] = [
      null,
      [],
      'text',
      {},
      { ...ok, title: '' },
      { ...ok, title: '   ' },
      { ...ok, title: 'x'.repeat(201) },
      { ...ok, title: 42 },
      { ...ok, description: 'x'.repeat(10_001) },
      { ...ok, leadUnitId: 'police' },
      { ...ok, leadUnitId: 0 },
      { ...ok, leadUnitId: -3 },
      { ...ok, leadUnitId: 1.5 },
      { title: 'Việc' },
      { ...ok, coordinatingUnitIds: 'all' },
      { ...ok, coordinatingUnitIds: [0] },
      { ...ok, coordinatingUnitIds: Array.from({ length: 201 }, (_, i) => i + 1) },
      { ...ok, dueDate: '2021-02-30' },
      { ...ok, dueDate: '2021-13-01' },
      { ...ok, dueDate: '31/12/2026' },
      { ...ok, dueDate: '2026-12-31T00:00:00Z' },
      { ...ok, recurrence: 'weekly' },
      { ...ok, recurrence: 'monthly' },
      { ...ok, status: 'done' },
      { ...ok, progress: 50 },
      { ...ok, id: 7 },
    ];
    for (const body of bad) {
      const res = await post(dispatchId, body);
      if (res.status !== 422) throw new Error(`${JSON.stringify(body)} answered ${res.status}`);
      expect(ErrorEnvelopeSchema.parse(await res.json()).error.code).toBe('validation_failed');
    }
    expect(await snapshot()).toEqual(before);
  });

  it('takes as many coordinating units as the schema allows', async () => {
    const many: number[] = [];
    for (let i = 0; i < 199; i++) many.push((await createUnit(`PX-${i}`, `Phường ${i}`, 'commune')).id);
    const other = await createDispatch(org.clerk.id);
    const res = await post(other.id, {
      title: 'Tự kiểm tra, đánh giá',
      leadUnitId: org.police.id,
      coordinatingUnitIds: [...many, org.education.id],
    });
    expect(res.status).toBe(201);
    const task = TaskSchema.parse(await res.json());
    expect(task.coordinatingUnitIds).toHaveLength(200);
    expect((await detail(task.id, 'coord')).coordinatingUnitIds).toHaveLength(200);
    const sent = await db().select().from(recipients).where(eq(recipients.dispatchId, other.id));
    expect(sent).toHaveLength(201);
    const list = await call(`/api/tasks?dispatchId=${other.id}`, bearer(token.admin));
    expect(((await list.json()) as { items: Task[] }).items[0]?.coordinatingUnitIds).toHaveLength(200);
  });

  it('stores SQL and HTML as text and returns them as text', async () => {
    const title = "'); DROP TABLE tasks; -- <script>alert(1)</script>";
    const task = await assign({ title, description: '<b>đậm</b> & "trích"' });
    expect(task.title).toBe(title);
    expect((await detail(task.id)).description).toBe('<b>đậm</b> & "trích"');
  });
});

describe('GET /api/tasks/:id', () => {
  it('shows a task to admins, clerks and the heads of its lead and coordinating units', async () => {
    const task = await assign();
    for (const role of ['admin', 'clerk', 'lead', 'coord'] as const) {
      expect(await detail(task.id, role)).toMatchObject({ id: task.id, updates: [] });
    }
  });

  it('answers 404 to other unit heads, for unknown ids and without a unit', async () => {
    const task = await assign();
    await expectRejected(await get(task.id, 'other'), 404, 'not_found');
    await expectRejected(await get(999_999), 404, 'not_found');
    await expectRejected(await get('abc'), 404, 'not_found');
    await expectRejected(await get('9999999999999999'), 404, 'not_found');
    await createUser('khong-don-vi@example.vn', 'unit_head', null);
    const orphan = await signIn('khong-don-vi@example.vn');
    await expectRejected(await call(`/api/tasks/${task.id}`, bearer(orphan)), 404, 'not_found');
    await expectRejected(await call(`/api/tasks/${task.id}`), 401, 'unauthorized');
  });

  it("shows notes only to admins and the lead unit's heads", async () => {
    const task = await assign();
    expect((await patch(task.id, { progress: 20, note: 'Nội bộ: thiếu kinh phí' })).status).toBe(200);
    expect((await patch(task.id, { status: 'in_progress' }, 'admin')).status).toBe(200);
    const visible = [
      {
        status: 'todo',
        progress: 20,
        note: 'Nội bộ: thiếu kinh phí',
        userId: org.policeHead.id,
        userName: 'ca',
      },
      { status: 'in_progress', progress: 20, note: null, userId: org.admin.id, userName: 'admin' },
    ];
    expect((await detail(task.id, 'admin')).updates).toMatchObject(visible);
    expect((await detail(task.id, 'lead')).updates).toMatchObject(visible);
    const hidden = visible.map((update) => ({ ...update, note: null }));
    expect((await detail(task.id, 'coord')).updates).toMatchObject(hidden);
    expect((await detail(task.id, 'clerk')).updates).toMatchObject(hidden);
    // the list and the PATCH answer follow the same rule
    const listed = await call(`/api/tasks?dispatchId=${dispatchId}`, bearer(token.coord));
    expect(JSON.stringify(await listed.json())).not.toContain('thiếu kinh phí');
  });
});

describe('PATCH /api/tasks/:id', () => {
  it("is for the lead unit's head and admins; others are refused and change nothing", async () => {
    const task = await assign();
    const before = await snapshot();
    await expectRejected(await patch(task.id, { progress: 10 }, 'coord'), 403, 'forbidden');
    await expectRejected(await patch(task.id, { progress: 10 }, 'clerk'), 403, 'forbidden');
    await expectRejected(await patch(task.id, { progress: 10 }, 'other'), 404, 'not_found');
    await expectRejected(
      await call(`/api/tasks/${task.id}`, json('PATCH', { progress: 10 })),
      401,
      'unauthorized',
    );
    await expectRejected(await patch(999_999, { progress: 10 }), 404, 'not_found');
    await expectRejected(await patch('abc', { progress: 10 }), 404, 'not_found');
    await expectRejected(await patch('9999999999999999', { progress: 10 }), 404, 'not_found');
    expect(await snapshot()).toEqual(before);
    expect((await patch(task.id, { progress: 10 }, 'lead')).status).toBe(200);
    expect((await patch(task.id, { progress: 20 }, 'admin')).status).toBe(200);
  });

  it('keeps every update as history, a note alone included, oldest first', async () => {
    const task = await assign();
    const steps = [
      { status: 'in_progress', progress: 30, note: 'Đã họp triển khai' },
      { note: 'Chờ số liệu của các phòng' },
      { progress: 60 },
      { status: 'done', note: 'Đã gửi báo cáo' },
    ];
    for (const step of steps) expect((await patch(task.id, step)).status).toBe(200);
    const { updates } = await detail(task.id, 'lead');
    expect(updates.map(({ status, progress, note }) => ({ status, progress, note }))).toEqual([
      { status: 'in_progress', progress: 30, note: 'Đã họp triển khai' },
      { status: 'in_progress', progress: 30, note: 'Chờ số liệu của các phòng' },
      { status: 'in_progress', progress: 60, note: null },
      { status: 'done', progress: 100, note: 'Đã gửi báo cáo' },
    ]);
    expect(updates.map((update) => update.id)).toEqual(
      [...updates.map((update) => update.id)].sort((a, b) => a - b),
    );
  });

  it('answers with the task and its history, and audits before and after', async () => {
    const task = await assign();
    const res = await patch(task.id, { status: 'in_progress', progress: 45, note: 'Đang làm' });
    expect(res.status).toBe(200);
    const after = TaskDetailSchema.parse(await res.json());
    expect(after).toMatchObject({ status: 'in_progress', progress: 45, completedAt: null });
    expect(after.updates).toHaveLength(1);
    const audit = await auditOf(task.id);
    expect(audit.map((row) => row.action)).toEqual(['create', 'update']);
    expect(audit[1]).toMatchObject({
      actorId: org.policeHead.id,
      before: task,
      after: { ...task, status: 'in_progress', progress: 45, updatedAt: after.updatedAt, note: 'Đang làm' },
    });
  });

  it('sets progress 100 and completedAt on done, and clears completedAt when reopened', async () => {
    const task = await assign();
    const done = TaskDetailSchema.parse(await (await patch(task.id, { status: 'done' })).json());
    expect(done.status).toBe('done');
    expect(done.progress).toBe(100);
    expect(done.completedAt).not.toBeNull();
    const again = TaskDetailSchema.parse(await (await patch(task.id, { note: 'Bổ sung phụ lục' })).json());
    expect(again.completedAt).toBe(done.completedAt);
    const reopened = TaskDetailSchema.parse(
      await (await patch(task.id, { status: 'in_progress', progress: 90 }, 'admin')).json(),
    );
    expect(reopened).toMatchObject({ status: 'in_progress', progress: 90, completedAt: null });
  });

  it('keeps a late task overdue until it is done', async () => {
    const task = await assign({ dueDate: '2020-09-30' });
    // the scheduler has not run: the report itself sees the deadline has passed
    const first = TaskDetailSchema.parse(
      await (await patch(task.id, { status: 'in_progress', progress: 50 })).json(),
    );
    expect(first).toMatchObject({ status: 'overdue', progress: 50 });
    const done = TaskDetailSchema.parse(await (await patch(task.id, { status: 'done' })).json());
    expect(done).toMatchObject({ status: 'done', progress: 100 });
    const reopened = TaskDetailSchema.parse(
      await (await patch(task.id, { status: 'todo', progress: 0 })).json(),
    );
    expect(reopened).toMatchObject({ status: 'overdue', progress: 0, completedAt: null });
  });

  it('refuses bad bodies with 400 or 422, changing nothing', async () => {
    const task = await assign();
    expect((await patch(task.id, { status: 'done' })).status).toBe(200);
    const before = await snapshot();
    const malformed = await call(`/api/tasks/${task.id}`, {
      method: 'PATCH',
      body: 'progress=5',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token.lead}` },
    });
    await expectRejected(malformed, 400, 'bad_request');
    const bad: unknown[] = [
      {},
      null,
      [],
      { progress: 101 },
      { progress: -1 },
      { progress: 50.5 },
      { progress: '50' },
      { status: 'overdue' },
      { status: 'finished' },
      { note: 'x'.repeat(1001) },
      { note: 7 },
      { title: 'đổi tên' },
      { progress: 10, dueDate: '2030-01-01' },
      // contradictions: done means 100 %
      { status: 'done', progress: 50 },
      { progress: 50 },
    ];
    for (const body of bad) {
      const res = await patch(task.id, body);
      if (res.status !== 422) throw new Error(`${JSON.stringify(body)} answered ${res.status}`);
      expect(ErrorEnvelopeSchema.parse(await res.json()).error.code).toBe('validation_failed');
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('GET /api/tasks', () => {
  it("lists a unit head's own tasks only, and pages with a cursor", async () => {
    const town = (await createUnit('UBND-HL', 'UBND thị xã Hồng Lĩnh', 'district')).id;
    await createUser('honglinh@example.vn', 'unit_head', town);
    const townHead = await signIn('honglinh@example.vn');
    const mine = await assign({ leadUnitId: town, coordinatingUnitIds: [] });
    const coordinated = await assign({ leadUnitId: org.education.id, coordinatingUnitIds: [town] });
    const res = await call('/api/tasks', bearer(townHead));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: Task[]; nextCursor: string | null };
    expect(body.items.map((task) => task.id)).toEqual([mine.id, coordinated.id]);
    // another unit's filter does not widen a unit head's view
    const widened = await call(`/api/tasks?unitId=${org.police.id}`, bearer(townHead));
    expect(((await widened.json()) as { items: Task[] }).items).toEqual([]);

    const all: number[] = [];
    let cursor: string | null = null;
    do {
      const page = await call(`/api/tasks?limit=2${cursor ? `&cursor=${cursor}` : ''}`, bearer(token.clerk));
      const data = (await page.json()) as { items: Task[]; nextCursor: string | null };
      expect(data.items.length).toBeLessThanOrEqual(2);
      all.push(...data.items.map((task) => task.id));
      cursor = data.nextCursor;
    } while (cursor);
    const ids = (await db().select({ id: tasks.id }).from(tasks).orderBy(asc(tasks.id))).map((row) => row.id);
    expect(all).toEqual(ids);
  });

  it('filters by status, unit and dispatch', async () => {
    const task = await assign({ leadUnitId: district, coordinatingUnitIds: [] });
    await patch(task.id, { status: 'done' }, 'other');
    const res = await call(
      `/api/tasks?status=done&unitId=${district}&dispatchId=${dispatchId}`,
      bearer(token.admin),
    );
    const { items } = (await res.json()) as { items: Task[] };
    expect(items.map((item) => item.id)).toContain(task.id);
    expect(items.every((item) => item.status === 'done')).toBe(true);
  });

  it('refuses bad queries with 422', async () => {
    for (const query of ['limit=0', 'limit=101', 'status=late', 'unitId=x', 'cursor=%%%', 'foo=1']) {
      await expectRejected(await call(`/api/tasks?${query}`, bearer(token.admin)), 422, 'validation_failed');
    }
  });
});

describe('with the scheduler', () => {
  it("shows its notes to everyone: they are no unit's private words", async () => {
    const dispatch = await createDispatch(org.clerk.id);
    const task = await insertTask(
      {
        dispatchId: dispatch.id,
        title: 'Báo cáo',
        leadUnitId: org.police.id,
        dueDate: '2026-01-10',
        createdBy: org.admin.id,
      },
      [org.education.id],
    );
    await runScheduled(env, new Date('2026-01-11T01:00:00Z'));
    expect((await detail(task.id, 'coord')).updates).toMatchObject([
      { status: 'overdue', note: 'Quá hạn', userId: null, userName: null },
    ]);
  });
});

describe('route × role', () => {
  type Caller = 'anonymous' | Role;
  const callers: Caller[] = ['anonymous', 'admin', 'clerk', 'lead', 'coord', 'other'];
  // lead: head of the lead unit; coord: head of a coordinating unit; other: head of neither.
  const table: {
    route: string;
    expected: number[];
    send: (id: number, auth: string) => Response | Promise<Response>;
  }[] = [
    {
      route: 'POST /api/dispatches/:id/tasks',
      expected: [401, 201, 201, 403, 403, 403],
      send: (_, auth) =>
        call(
          `/api/dispatches/${dispatchId}/tasks`,
          json('POST', { title: 'Việc', leadUnitId: org.police.id }, auth || undefined),
        ),
    },
    {
      route: 'GET /api/tasks/:id',
      expected: [401, 200, 200, 200, 200, 404],
      send: (id, auth) => call(`/api/tasks/${id}`, auth ? bearer(auth) : {}),
    },
    {
      route: 'PATCH /api/tasks/:id',
      expected: [401, 200, 403, 200, 403, 404],
      send: (id, auth) => call(`/api/tasks/${id}`, json('PATCH', { progress: 5 }, auth || undefined)),
    },
    {
      route: 'GET /api/tasks',
      expected: [401, 200, 200, 200, 200, 200],
      send: (_, auth) => call('/api/tasks', auth ? bearer(auth) : {}),
    },
  ];

  for (const { route, expected, send } of table) {
    it(route, async () => {
      const task = await assign();
      const answers: number[] = [];
      for (const caller of callers) {
        answers.push((await send(task.id, caller === 'anonymous' ? '' : token[caller])).status);
      }
      expect(Object.fromEntries(callers.map((caller, i) => [caller, answers[i]]))).toEqual(
        Object.fromEntries(callers.map((caller, i) => [caller, expected[i]])),
      );
    });
  }
});
