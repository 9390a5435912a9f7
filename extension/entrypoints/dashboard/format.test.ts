import { describe, expect, it } from 'vitest';
import { dashboardText } from './catalogue';
import { describeTasks, formatDateTime, formatRate, monthOf, parseDayMonthYear } from './format';

describe('dashboard formats', () => {
  it('parses dd/mm/yyyy (and YYYY-MM-DD), refusing dates that do not exist', () => {
    expect(parseDayMonthYear('5/3/2026')).toBe('2026-03-05');
    expect(parseDayMonthYear(' 29.02.2024 ')).toBe('2024-02-29');
    expect(parseDayMonthYear('2026-11-01')).toBe('2026-11-01');
    expect(parseDayMonthYear('')).toBe('');
    expect(parseDayMonthYear('29/02/2026')).toBeNull();
    expect(parseDayMonthYear('11/2026')).toBeNull();
  });

  it('knows the month of a day, leap years included', () => {
    expect(monthOf('2024-02-10')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthOf('2026-12-31')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('writes a timestamp as dd/mm/yyyy HH:mm in Vietnam time', () => {
    expect(formatDateTime('2026-11-04T16:30:00.000Z')).toBe('04/11/2026 23:30');
    expect(formatDateTime('2026-12-31T17:05:00Z')).toBe('01/01/2027 00:05');
    expect(formatDateTime(null)).toBe('');
  });

  it('describes a unit’s tasks as offices say it', () => {
    const vi = dashboardText('vi');
    const none = { todo: 0, in_progress: 0, done: 0, overdue: 0 };
    expect(describeTasks({ ...none, in_progress: 1, overdue: 1 }, vi)).toBe('2 việc: 1 đang làm, 1 quá hạn');
    expect(describeTasks(none, vi)).toBe('Không có việc');
    expect(describeTasks({ ...none, done: 2 }, dashboardText('en'))).toBe('2 tasks: 2 done');
    expect(formatRate(1, 'vi')).toBe('100 %');
  });
});
