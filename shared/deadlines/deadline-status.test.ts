import { describe, expect, it } from 'vitest';
import { DEADLINE_STATUSES, deadlineStatus, deadlineStatusLabel } from './deadline-status';

describe('deadlineStatus', () => {
  const dueDate = '2026-12-10';

  it('is trong hạn, then sắp đến hạn within soonDays, then quá hạn', () => {
    expect(deadlineStatus({ dueDate, today: '2026-12-06' })).toBe('trong_han');
    expect(deadlineStatus({ dueDate, today: '2026-12-07' })).toBe('sap_den_han');
    expect(deadlineStatus({ dueDate, today: '2026-12-10' })).toBe('sap_den_han');
    expect(deadlineStatus({ dueDate, today: '2026-12-11' })).toBe('qua_han');
    expect(deadlineStatus({ dueDate, today: '2026-12-09', soonDays: 0 })).toBe('trong_han');
    expect(deadlineStatus({ dueDate, today: '2026-12-01', soonDays: 10 })).toBe('sap_den_han');
  });

  it('is đúng hạn when done on or before the due date, trễ hạn after, whatever today is', () => {
    expect(deadlineStatus({ dueDate, doneDate: '2026-12-10', today: '2027-01-05' })).toBe('dung_han');
    expect(deadlineStatus({ dueDate, doneDate: '2026-11-01', today: '2026-11-01' })).toBe('dung_han');
    expect(deadlineStatus({ dueDate, doneDate: '2026-12-11', today: '2026-12-11' })).toBe('tre_han');
    expect(deadlineStatus({ dueDate, doneDate: null, today: '2026-12-11' })).toBe('qua_han');
  });

  it('crosses the year boundary by calendar days', () => {
    expect(deadlineStatus({ dueDate: '2027-01-02', today: '2026-12-30' })).toBe('sap_den_han');
    expect(deadlineStatus({ dueDate: '2026-12-31', today: '2027-01-01' })).toBe('qua_han');
  });

  it('rejects bad input with a clear error', () => {
    expect(() => deadlineStatus({ dueDate: '10/12/2026', today: '2026-12-01' })).toThrow('dueDate');
    expect(() => deadlineStatus({ dueDate, today: '2026-12-32' })).toThrow('today');
    expect(() => deadlineStatus({ dueDate, doneDate: 'x', today: '2026-12-01' })).toThrow('doneDate');
    expect(() => deadlineStatus({ dueDate, today: '2026-12-01', soonDays: -1 })).toThrow('soonDays');
  });
});

describe('deadlineStatusLabel', () => {
  it('says each status as offices do, in Vietnamese by default, and in English', () => {
    expect(DEADLINE_STATUSES.map((s) => deadlineStatusLabel(s))).toEqual([
      'trong hạn',
      'sắp đến hạn',
      'quá hạn',
      'đúng hạn',
      'trễ hạn',
    ]);
    expect(DEADLINE_STATUSES.map((s) => deadlineStatusLabel(s, 'en'))).toEqual([
      'on track',
      'due soon',
      'overdue',
      'done on time',
      'done late',
    ]);
  });
});
