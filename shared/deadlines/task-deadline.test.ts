import { describe, expect, it } from 'vitest';
import { daysBetween, taskDeadlineState, vietnamDateOf } from './task-deadline';

const TODAY = '2026-11-26';
const open = (dueDate: string | null, status = 'in_progress') => ({ status, dueDate, completedAt: null });

describe('a task’s deadline state as offices say it', () => {
  it('an open task: quá hạn from the day after its due date, sắp đến hạn within N days, else trong hạn', () => {
    expect(taskDeadlineState(open('2026-11-25'), TODAY, 3)).toBe('qua_han');
    expect(taskDeadlineState(open('2026-11-26'), TODAY, 3)).toBe('sap_den_han');
    expect(taskDeadlineState(open('2026-11-29'), TODAY, 3)).toBe('sap_den_han');
    expect(taskDeadlineState(open('2026-11-30'), TODAY, 3)).toBe('trong_han');
    expect(taskDeadlineState(open('2026-11-30'), TODAY, 4)).toBe('sap_den_han');
    expect(taskDeadlineState(open(null), TODAY, 3)).toBe('trong_han');
    // The scheduler's mark wins, whatever the date.
    expect(taskDeadlineState(open('2026-12-31', 'overdue'), TODAY, 3)).toBe('qua_han');
  });

  it('a done task: đúng hạn when finished by its due date in Vietnam, else trễ hạn', () => {
    const done = (completedAt: string | null, dueDate: string | null = '2026-11-20') => ({
      status: 'done',
      dueDate,
      completedAt,
    });
    expect(taskDeadlineState(done('2026-11-20T16:59:00.000Z'), TODAY, 3)).toBe('dung_han');
    // 17:00 UTC is midnight in Vietnam: the next day there.
    expect(taskDeadlineState(done('2026-11-20T17:00:00.000Z'), TODAY, 3)).toBe('tre_han');
    expect(taskDeadlineState(done(null), TODAY, 3)).toBe('dung_han');
    expect(taskDeadlineState(done('2026-12-01T00:00:00.000Z', null), TODAY, 3)).toBe('dung_han');
  });

  it('counts days and Vietnam dates across month ends', () => {
    expect(daysBetween('2026-11-26', '2026-12-01')).toBe(5);
    expect(daysBetween('2026-11-26', '2026-11-20')).toBe(-6);
    expect(vietnamDateOf('2026-12-31T17:30:00.000Z')).toBe('2027-01-01');
    expect(vietnamDateOf(new Date('2026-12-31T16:59:59.000Z'))).toBe('2026-12-31');
  });
});
