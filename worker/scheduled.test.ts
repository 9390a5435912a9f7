import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, tasks, taskUnits, taskUpdates } from './db/schema';
import worker from './index';
import { runScheduled } from './scheduled';

const NOTHING_CLEARED = { idempotencyKeys: 0, loginFailures: 0, sessions: 0 };

import { createSuccessors, findDueOccurrences } from './tasks/occurrences';
import { createUnit, db, organisation } from './test/fixtures';
import { createDispatch, insertTask } from './test/task-fixtures';

let org: Awaited<ReturnType<typeof organisation>>;
let district: number;
let dispatchId: number;

beforeAll(async () => {
  org = await organisation();
  district = (await createUnit('UBND-KA', 'UBND huyện Kỳ Anh', 'district')).id;
  dispatchId = (await createDispatch(org.clerk.id)).id;
});

/** A task of the test dispatch led by the police; `values` replace any column. */
function task(values: Partial<Parameters<typeof insertTask>[0]> = {}, coordinating: number[] = []) {
  return insertTask(
    {
      dispatchId,
      title: 'Báo cáo kết quả thực hiện',
      leadUnitId: org.police.id,
      createdBy: org.admin.id,
      ...values,
    },
    coordinating,
  );
}

async function row(id: number) {
  const [found] = await db().select().from(tasks).where(eq(tasks.id, id));
  return found;
}

function successorOf(id: number) {
  return db().select().from(tasks).where(eq(tasks.previousTaskId, id));
}

async function snapshot() {
  return {
    tasks: await db().select().from(tasks).orderBy(asc(tasks.id)),
    units: await db().select().from(taskUnits).orderBy(asc(taskUnits.taskId), asc(taskUnits.unitId)),
    updates: await db().select().from(taskUpdates).orderBy(asc(taskUpdates.id)),
    audit: await db().select().from(auditLog).orderBy(asc(auditLog.id)),
  };
}

// The runs below go forward in time, as the cron does; each test checks its own tasks.

describe('marking overdue tasks', () => {
  it('marks todo and in-progress tasks past their deadline, with history and audit', async () => {
    const late = await task({ dueDate: '2025-03-09' });
    const started = await task({ dueDate: '2025-03-09', status: 'in_progress', progress: 40 });
    const dueToday = await task({ dueDate: '2025-03-10' });
    const done = await task({ dueDate: '2025-03-01', status: 'done', progress: 100 });
    const undated = await task({ dueDate: null });
    const untouched = await Promise.all([dueToday, done, undated].map((t) => row(t.id)));

    // 12:00 on 10 March in Vietnam
    const now = new Date('2025-03-10T05:00:00Z');
    expect(await runScheduled(env, now)).toEqual({ overdue: 2, created: 0, cleared: NOTHING_CLEARED });

    expect(await row(late.id)).toMatchObject({ status: 'overdue', progress: 0, updatedAt: now });
    expect(await row(started.id)).toMatchObject({ status: 'overdue', progress: 40 });
    expect(await Promise.all([dueToday, done, undated].map((t) => row(t.id)))).toEqual(untouched);

    const history = await db()
      .select()
      .from(taskUpdates)
      .where(inArray(taskUpdates.taskId, [late.id, started.id]))
      .orderBy(asc(taskUpdates.taskId));
    expect(history).toMatchObject([
      { taskId: late.id, userId: null, status: 'overdue', progress: 0, note: 'Quá hạn', createdAt: now },
      { taskId: started.id, userId: null, status: 'overdue', progress: 40, note: 'Quá hạn' },
    ]);
    const audit = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'task'), inArray(auditLog.entityId, [late.id, started.id])))
      .orderBy(asc(auditLog.entityId));
    expect(audit).toMatchObject([
      {
        actorId: null,
        action: 'mark_overdue',
        entityId: late.id,
        before: { status: 'todo', progress: 0, dueDate: '2025-03-09' },
        after: { status: 'overdue', progress: 0, dueDate: '2025-03-09' },
        at: now,
      },
      { actorId: null, entityId: started.id, before: { status: 'in_progress' } },
    ]);
  });

  it('counts the whole due day in Vietnam (UTC+7)', async () => {
    const t = await task({ dueDate: '2025-04-10' });
    await runScheduled(env, new Date('2025-04-10T16:59:59Z')); // 23:59:59 on the due day
    expect((await row(t.id))?.status).toBe('todo');
    await runScheduled(env, new Date('2025-04-10T17:00:00Z')); // midnight after it
    expect((await row(t.id))?.status).toBe('overdue');
  });

  it('changes nothing when run again', async () => {
    await task({ dueDate: '2025-05-01' });
    const now = new Date('2025-05-05T00:00:00Z');
    await runScheduled(env, now);
    const before = await snapshot();
    expect(await runScheduled(env, now)).toEqual({ overdue: 0, created: 0, cleared: NOTHING_CLEARED });
    expect(await runScheduled(env, new Date('2025-05-05T01:00:00Z'))).toEqual({
      overdue: 0,
      created: 0,
      cleared: NOTHING_CLEARED,
    });
    expect(await snapshot()).toEqual(before);
  });
});

describe('next occurrences of recurring tasks', () => {
  it('follows a late monthly task with the next month, same units, clamped to the month end', async () => {
    const first = await task(
      { dueDate: '2025-07-31', recurrence: 'monthly', description: 'Gửi về Văn phòng' },
      [org.education.id, district],
    );
    const now = new Date('2025-08-01T03:00:00Z');
    expect(await runScheduled(env, now)).toEqual({ overdue: 1, created: 1, cleared: NOTHING_CLEARED });
    expect((await row(first.id))?.status).toBe('overdue');
    const [next] = await successorOf(first.id);
    expect(next).toMatchObject({
      dispatchId,
      title: first.title,
      description: 'Gửi về Văn phòng',
      leadUnitId: org.police.id,
      dueDate: '2025-08-31',
      recurrence: 'monthly',
      status: 'todo',
      progress: 0,
      previousTaskId: first.id,
      createdBy: org.admin.id,
      completedAt: null,
      createdAt: now,
    });
    const id = next?.id ?? -1;
    const coordinating = await db().select().from(taskUnits).where(eq(taskUnits.taskId, id));
    expect(coordinating.map((u) => u.unitId).sort()).toEqual([org.education.id, district].sort());
    const audit = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'task'), eq(auditLog.entityId, id)));
    expect(audit).toMatchObject([
      {
        actorId: null,
        action: 'create',
        after: {
          id,
          previousTaskId: first.id,
          dueDate: '2025-08-31',
          coordinatingUnitIds: expect.arrayContaining([org.education.id, district]),
        },
      },
    ]);
  });

  it('follows a done task at once, keeping a month-end series on month ends', async () => {
    const first = await task({ dueDate: '2025-10-31', recurrence: 'monthly', status: 'done', progress: 100 });
    const now = new Date('2025-10-20T03:00:00Z');
    await runScheduled(env, now);
    const [november] = await successorOf(first.id);
    expect(november?.dueDate).toBe('2025-11-30');
    await db()
      .update(tasks)
      .set({ status: 'done', progress: 100 })
      .where(eq(tasks.id, november?.id ?? -1));
    await runScheduled(env, now);
    const [december] = await successorOf(november?.id ?? -1);
    // 31, not 30: the series keeps the first occurrence's day
    expect(december?.dueDate).toBe('2025-12-31');
  });

  it('moves quarterly and yearly tasks on, leap days included', async () => {
    const quarterly = await task({ dueDate: '2025-11-30', recurrence: 'quarterly' });
    const yearly = await task({ dueDate: '2024-02-29', recurrence: 'yearly', status: 'done', progress: 100 });
    const once = await task({ dueDate: '2025-11-30', recurrence: 'none' });
    await runScheduled(env, new Date('2025-12-01T00:00:00Z'));
    expect((await successorOf(quarterly.id))[0]?.dueDate).toBe('2026-02-28');
    expect((await successorOf(yearly.id))[0]?.dueDate).toBe('2026-02-28');
    expect(await successorOf(once.id)).toEqual([]);
  });

  it('skips periods that went by unseen, leaving the missed occurrence overdue', async () => {
    const stale = await task({ dueDate: '2025-01-15', recurrence: 'monthly' });
    // nothing ran for months
    await runScheduled(env, new Date('2025-12-20T00:00:00Z'));
    expect((await row(stale.id))?.status).toBe('overdue');
    const next = await successorOf(stale.id);
    expect(next.map((t) => t.dueDate)).toEqual(['2026-01-15']);
    expect(await successorOf(next[0]?.id ?? -1)).toEqual([]);
  });

  it('creates each next occurrence once, even when two runs race', async () => {
    const series = await Promise.all(
      ['monthly', 'quarterly', 'yearly'].map((recurrence) =>
        task({ dueDate: '2026-01-31', recurrence: recurrence as 'monthly' }, [org.education.id]),
      ),
    );
    const now = new Date('2026-02-02T00:00:00Z');
    const start = await snapshot();
    const results = await Promise.all([runScheduled(env, now), runScheduled(env, now)]);
    const end = await snapshot();
    // What the two runs report is what they did, and together they did it once.
    const created = end.tasks.slice(start.tasks.length);
    const marks = end.updates.slice(start.updates.length);
    const audit = end.audit.slice(start.audit.length);
    expect(results.reduce((n, r) => n + r.created, 0)).toBe(created.length);
    expect(results.reduce((n, r) => n + r.overdue, 0)).toBe(marks.length);
    expect(new Set(marks.map((m) => m.taskId)).size).toBe(marks.length);
    expect(audit.filter((a) => a.action === 'mark_overdue')).toHaveLength(marks.length);
    expect(audit.filter((a) => a.action === 'create').map((a) => a.entityId)).toEqual(
      created.map((t) => t.id),
    );
    for (const first of series) {
      expect(marks.filter((m) => m.taskId === first.id)).toHaveLength(1);
      const next = await successorOf(first.id);
      expect(next).toHaveLength(1);
      const units = await db()
        .select()
        .from(taskUnits)
        .where(eq(taskUnits.taskId, next[0]?.id ?? -1));
      expect(units.map((u) => u.unitId)).toEqual([org.education.id]);
    }
    const before = await snapshot();
    expect(await Promise.all([runScheduled(env, now), runScheduled(env, now)])).toEqual([
      { overdue: 0, created: 0, cleared: NOTHING_CLEARED },
      { overdue: 0, created: 0, cleared: NOTHING_CLEARED },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('creates nothing more when a racing run saw the same tasks due', async () => {
    const first = await task({ dueDate: '2026-02-28', recurrence: 'monthly' }, [district]);
    const today = '2026-03-05';
    const now = new Date('2026-03-05T00:00:00Z');
    // Both runs read the due tasks before either writes: the interleaving Promise.all may not hit.
    const [seenByA, seenByB] = await Promise.all([
      findDueOccurrences(db(), today),
      findDueOccurrences(db(), today),
    ]);
    expect(seenByA?.map((t) => t.id)).toContain(first.id);
    const a = await createSuccessors(db(), seenByA ?? [], now);
    const before = await snapshot();
    expect(await createSuccessors(db(), seenByB ?? [], now)).toBe(0);
    expect(await snapshot()).toEqual(before);
    expect(a).toBeGreaterThanOrEqual(1);
    expect(await successorOf(first.id)).toHaveLength(1);
  });
});

describe('the Workers cron entry point', () => {
  it('runs the scheduler at the controller’s scheduled time', async () => {
    const t = await task({ dueDate: '2026-06-01' });
    const ctx = createExecutionContext();
    worker.scheduled(
      createScheduledController({ scheduledTime: new Date('2026-06-02T00:00:00Z'), cron: '0 * * * *' }),
      env,
      ctx,
    );
    await waitOnExecutionContext(ctx);
    expect((await row(t.id))?.status).toBe('overdue');
  });
});
