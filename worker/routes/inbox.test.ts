/**
 * GET /api/me/inbox: what each role must act on, the exact counts, the order of the lists,
 * the deadline states and the query's validation.
 */
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { taskDeadlineState } from '../../shared/deadlines';
import { ErrorEnvelopeSchema } from '../../shared/errors';
import type { Inbox } from '../../shared/schemas/inbox';
import { recipients } from '../db/schema';
import { addDays } from '../inbox/deadline-state';
import { vietnamDate } from '../lib/dates';
import {
  get,
  type SignedInOrganisation,
  signedInOrganisation,
  unitWithHead,
} from '../test/dispatch-fixtures';
import { call, createUser, db, signIn } from '../test/fixtures';
import { addRecipients, createDispatch, insertTask } from '../test/task-fixtures';

let org: SignedInOrganisation;
const today = vietnamDate(new Date());
const ids: Record<string, number> = {};

async function acknowledge(dispatchId: number, unitId: number, by: number) {
  await db()
    .update(recipients)
    .set({ acknowledgedAt: new Date(), acknowledgedBy: by })
    .where(and(eq(recipients.dispatchId, dispatchId), eq(recipients.unitId, unitId)));
}

async function inbox(token: string, query = ''): Promise<Inbox> {
  const res = await get<Inbox>(`/api/me/inbox${query}`, token);
  expect(res.status).toBe(200);
  return res.body;
}

beforeAll(async () => {
  org = await signedInOrganisation();
  const { police, education, clerk, admin, policeHead } = org;
  // d1 to both, the police acknowledged it; d2 to the police; d3 to education; d4 acknowledged by all.
  const d1 = await createDispatch(clerk.id, { subject: 'về việc phòng, chống thiên tai' });
  await addRecipients(d1.id, [police.id, education.id], clerk.id);
  await acknowledge(d1.id, police.id, policeHead.id);
  const d2 = await createDispatch(clerk.id, { subject: 'về việc bảo đảm trật tự an toàn giao thông' });
  await addRecipients(d2.id, [police.id], clerk.id);
  const d3 = await createDispatch(clerk.id);
  await addRecipients(d3.id, [education.id], clerk.id);
  const d4 = await createDispatch(clerk.id);
  await addRecipients(d4.id, [police.id], clerk.id);
  await acknowledge(d4.id, police.id, policeHead.id);
  Object.assign(ids, { d1: d1.id, d2: d2.id, d3: d3.id, d4: d4.id });

  const task = (
    title: string,
    leadUnitId: number,
    extra: Record<string, unknown> = {},
    coordinating: number[] = [],
  ) => insertTask({ dispatchId: d1.id, title, leadUnitId, createdBy: admin.id, ...extra }, coordinating);
  ids.late = (await task('Trễ hai ngày', police.id, { dueDate: addDays(today, -2) })).id;
  ids.marked = (
    await task('Đã đánh dấu quá hạn', police.id, { dueDate: addDays(today, -5), status: 'overdue' })
  ).id;
  ids.soon = (
    await task('Sắp đến hạn', police.id, { dueDate: addDays(today, 1), status: 'in_progress', progress: 40 })
  ).id;
  ids.later = (await task('Còn mười ngày', police.id, { dueDate: addDays(today, 10) })).id;
  ids.undated = (await task('Không thời hạn', police.id)).id;
  ids.done = (
    await task('Đã xong', police.id, {
      dueDate: addDays(today, -1),
      status: 'done',
      progress: 100,
      completedAt: new Date(),
    })
  ).id;
  ids.educationToday = (await task('Hạn hôm nay', education.id, { dueDate: today }, [police.id])).id;
});

describe('GET /api/me/inbox — unit head', () => {
  it('lists the unit’s unacknowledged dispatches and the open tasks it leads, with counts', async () => {
    const body = await inbox(org.tokens.policeHead);
    expect(body.scope).toBe('unit');
    expect(body.unitId).toBe(org.police.id);
    expect(body.today).toBe(today);
    expect(body.soonDays).toBe(3);
    expect(body.counts).toEqual({ unacknowledged: 1, openTasks: 5, overdueTasks: 2, dueSoon: 1 });
    expect(body.dispatches.map((d) => d.id)).toEqual([ids.d2]);
    expect(body.dispatches[0]).toMatchObject({
      subject: 'về việc bảo đảm trật tự an toàn giao thông',
      pendingUnits: 1,
      nextDueDate: null,
    });
    // Overdue first, then by due date, undated last; done and coordinated tasks are not the unit's to act on.
    expect(body.tasks.map((t) => t.id)).toEqual([ids.marked, ids.late, ids.soon, ids.later, ids.undated]);
    expect(body.tasks.map((t) => t.deadlineState)).toEqual([
      'qua_han',
      'qua_han',
      'sap_den_han',
      'trong_han',
      'trong_han',
    ]);
    expect(body.tasks.map((t) => t.daysLeft)).toEqual([-5, -2, 1, 10, null]);
    expect(body.tasks[2]).toMatchObject({ title: 'Sắp đến hạn', status: 'in_progress', progress: 40 });
    expect(body.dueSoon.map((t) => t.id)).toEqual([ids.soon]);
  });

  it('widens "due soon" with ?soonDays=', async () => {
    const body = await inbox(org.tokens.policeHead, '?soonDays=10');
    expect(body.counts).toEqual({ unacknowledged: 1, openTasks: 5, overdueTasks: 2, dueSoon: 2 });
    expect(body.dueSoon.map((t) => t.id)).toEqual([ids.soon, ids.later]);
    expect(body.tasks.find((t) => t.id === ids.later)?.deadlineState).toBe('sap_den_han');
    const none = await inbox(org.tokens.policeHead, '?soonDays=0');
    expect(none.counts.dueSoon).toBe(0);
  });

  it('counts a task due today as due soon, even with soonDays=0', async () => {
    const body = await inbox(org.tokens.educationHead, '?soonDays=0');
    expect(body.counts).toEqual({ unacknowledged: 2, openTasks: 1, overdueTasks: 0, dueSoon: 1 });
    expect(body.dispatches.map((d) => d.id)).toEqual([ids.d3, ids.d1]);
    expect(body.dispatches[1]?.nextDueDate).toBe(today);
    expect(body.tasks[0]).toMatchObject({
      id: ids.educationToday,
      deadlineState: 'sap_den_han',
      daysLeft: 0,
    });
  });

  it('is empty for a unit head without a unit', async () => {
    await createUser('khongdonvi@example.vn', 'unit_head', null);
    const body = await inbox(await signIn('khongdonvi@example.vn'));
    expect(body).toMatchObject({ scope: 'unit', unitId: null, dispatches: [], tasks: [], dueSoon: [] });
    expect(body.counts).toEqual({ unacknowledged: 0, openTasks: 0, overdueTasks: 0, dueSoon: 0 });
  });
});

describe('GET /api/me/inbox — admin and clerk', () => {
  it.each(['admin', 'clerk'] as const)('gives the %s the whole office', async (role) => {
    const body = await inbox(org.tokens[role]);
    expect(body.scope).toBe('office');
    expect(body.unitId).toBeNull();
    expect(body.counts).toEqual({ unacknowledged: 3, openTasks: 6, overdueTasks: 2, dueSoon: 2 });
    expect(body.dispatches.map((d) => [d.id, d.pendingUnits])).toEqual([
      [ids.d3, 1],
      [ids.d2, 1],
      [ids.d1, 1],
    ]);
    expect(body.dispatches.every((d) => d.sentAt !== null)).toBe(true);
    expect(body.tasks.slice(0, 2).map((t) => t.id)).toEqual([ids.marked, ids.late]);
    expect(body.dueSoon.map((t) => t.id)).toEqual([ids.educationToday, ids.soon]);
  });
});

describe('GET /api/me/inbox — refusals', () => {
  it('needs a signed-in caller', async () => {
    const res = await call('/api/me/inbox');
    expect(res.status).toBe(401);
    expect(ErrorEnvelopeSchema.safeParse(await res.json()).success).toBe(true);
  });

  it.each(['?soonDays=31', '?soonDays=-1', '?soonDays=abc', '?soonDays=1.5', '?soonDays=', '?unitId=2'])(
    'refuses %s with a 422 in the error envelope',
    async (query) => {
      const res = await get(`/api/me/inbox${query}`, org.tokens.policeHead);
      expect(res.status).toBe(422);
      expect(ErrorEnvelopeSchema.safeParse(res.body).success).toBe(true);
      expect(res.body.error.code).toBe('validation_failed');
    },
  );
});

describe('GET /api/me/inbox — long lists', () => {
  it('stops the lists at 50 and keeps the counts exact', async () => {
    const { unit, token } = await unitWithHead();
    for (let i = 0; i < 55; i += 1) {
      const dispatch = await createDispatch(org.clerk.id);
      await addRecipients(dispatch.id, [unit.id], org.clerk.id);
      await insertTask({
        dispatchId: dispatch.id,
        title: `Việc ${i}`,
        leadUnitId: unit.id,
        createdBy: org.admin.id,
        dueDate: addDays(today, -1 - (i % 3)),
      });
    }
    const body = await inbox(token);
    expect(body.counts).toEqual({ unacknowledged: 55, openTasks: 55, overdueTasks: 55, dueSoon: 0 });
    expect(body.dispatches).toHaveLength(50);
    expect(body.tasks).toHaveLength(50);
    const ids = body.dispatches.map((d) => d.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const office = await inbox(org.tokens.admin);
    expect(office.counts).toEqual({ unacknowledged: 58, openTasks: 61, overdueTasks: 57, dueSoon: 2 });
    expect(office.dispatches).toHaveLength(50);
  });
});

describe('taskDeadlineState', () => {
  const due = '2026-03-31';
  it('reads an open task against today in Vietnam', () => {
    expect(taskDeadlineState({ status: 'todo', dueDate: due, completedAt: null }, '2026-03-20', 3)).toBe(
      'trong_han',
    );
    expect(taskDeadlineState({ status: 'todo', dueDate: due, completedAt: null }, '2026-03-28', 3)).toBe(
      'sap_den_han',
    );
    expect(taskDeadlineState({ status: 'in_progress', dueDate: due, completedAt: null }, due, 0)).toBe(
      'sap_den_han',
    );
    expect(taskDeadlineState({ status: 'todo', dueDate: due, completedAt: null }, '2026-04-01', 3)).toBe(
      'qua_han',
    );
    expect(taskDeadlineState({ status: 'overdue', dueDate: due, completedAt: null }, '2026-04-01', 3)).toBe(
      'qua_han',
    );
    expect(taskDeadlineState({ status: 'todo', dueDate: null, completedAt: null }, '2026-04-01', 3)).toBe(
      'trong_han',
    );
  });

  it('reads a done task by when it was completed, the due day ending at midnight UTC+7', () => {
    const done = (at: string) =>
      taskDeadlineState({ status: 'done', dueDate: due, completedAt: new Date(at) }, '2026-05-01', 3);
    expect(done('2026-03-31T16:59:59Z')).toBe('dung_han');
    expect(done('2026-03-31T17:00:00Z')).toBe('tre_han');
    expect(taskDeadlineState({ status: 'done', dueDate: null, completedAt: new Date() }, due, 3)).toBe(
      'dung_han',
    );
  });
});
