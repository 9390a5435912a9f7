import { describe, expect, it } from 'vitest';
import { applyReport, type TaskState } from './transition';

// 2026-03-10 10:00 in Vietnam
const NOW = new Date('2026-03-10T03:00:00Z');
const todo: TaskState & { dueDate: string | null } = {
  status: 'todo',
  progress: 0,
  completedAt: null,
  dueDate: '2026-03-31',
};

describe('applyReport', () => {
  it('takes the reported status and progress', () => {
    expect(applyReport(todo, { status: 'in_progress', progress: 40 }, NOW)).toEqual({
      ok: true,
      state: { status: 'in_progress', progress: 40, completedAt: null },
    });
    expect(applyReport(todo, { note: 'đang làm' }, NOW)).toEqual({
      ok: true,
      state: { status: 'todo', progress: 0, completedAt: null },
    });
  });

  it('sets progress 100 and the completion time on done, keeping the first one', () => {
    const done = applyReport(todo, { status: 'done' }, NOW);
    expect(done).toEqual({ ok: true, state: { status: 'done', progress: 100, completedAt: NOW } });
    const first = new Date('2026-03-01T00:00:00Z');
    expect(
      applyReport({ ...todo, status: 'done', progress: 100, completedAt: first }, { note: 'bổ sung' }, NOW),
    ).toEqual({ ok: true, state: { status: 'done', progress: 100, completedAt: first } });
  });

  it('refuses a done task below 100', () => {
    expect(applyReport(todo, { status: 'done', progress: 50 }, NOW).ok).toBe(false);
    const done = { ...todo, status: 'done' as const, progress: 100, completedAt: NOW };
    expect(applyReport(done, { progress: 50 }, NOW).ok).toBe(false);
    expect(applyReport(todo, { status: 'done', progress: 100 }, NOW).ok).toBe(true);
  });

  it('clears the completion time when reopened', () => {
    const done = { ...todo, status: 'done' as const, progress: 100, completedAt: NOW };
    expect(applyReport(done, { status: 'in_progress', progress: 80 }, NOW)).toEqual({
      ok: true,
      state: { status: 'in_progress', progress: 80, completedAt: null },
    });
  });

  it('keeps a late task overdue until it is done', () => {
    const late = { ...todo, status: 'overdue' as const, dueDate: '2026-03-09' };
    expect(applyReport(late, { status: 'in_progress', progress: 30 }, NOW)).toEqual({
      ok: true,
      state: { status: 'overdue', progress: 30, completedAt: null },
    });
    expect(applyReport(late, { status: 'done' }, NOW)).toMatchObject({ ok: true, state: { status: 'done' } });
    // the scheduler has not run yet: the report itself notices
    expect(applyReport({ ...todo, dueDate: '2026-03-09' }, { progress: 10 }, NOW)).toMatchObject({
      state: { status: 'overdue' },
    });
    // reopening a done task whose deadline has passed
    const doneLate = { ...late, status: 'done' as const, progress: 100, completedAt: NOW };
    expect(applyReport(doneLate, { status: 'todo' }, NOW)).toMatchObject({ state: { status: 'overdue' } });
  });

  it('counts the whole due day, in Vietnam', () => {
    const dueToday = { ...todo, dueDate: '2026-03-10' };
    // 23:59 on the due day in Vietnam is still in time; 00:00 the next day is late
    expect(applyReport(dueToday, { progress: 5 }, new Date('2026-03-10T16:59:59Z'))).toMatchObject({
      state: { status: 'todo' },
    });
    expect(applyReport(dueToday, { progress: 5 }, new Date('2026-03-10T17:00:00Z'))).toMatchObject({
      state: { status: 'overdue' },
    });
  });

  it('leaves tasks without a due date on time', () => {
    expect(applyReport({ ...todo, dueDate: null }, { status: 'in_progress' }, NOW)).toMatchObject({
      state: { status: 'in_progress' },
    });
  });
});
