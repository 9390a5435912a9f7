import { describe, expect, it } from 'vitest';
import { addMonths, daysInMonth, nextDueDate } from './recurrence';

describe('daysInMonth', () => {
  it('knows leap years, centuries included', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });
});

describe('addMonths', () => {
  it('clamps to the end of shorter months', () => {
    expect(addMonths('2021-01-31', 1)).toBe('2021-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2026-05-31', 3)).toBe('2026-08-31');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });

  it('crosses year ends', () => {
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-10-01', 12)).toBe('2027-10-01');
  });

  it('moves 29 February a year to 28 February, and four years to 29 February', () => {
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
    expect(addMonths('2096-02-29', 48)).toBe('2100-02-28');
  });

  it('goes back to the anchor day when the month allows it', () => {
    expect(addMonths('2021-02-28', 1, 31)).toBe('2021-03-31');
    expect(addMonths('2021-04-30', 1, 31)).toBe('2021-05-31');
    expect(addMonths('2025-02-28', 12, 29)).toBe('2026-02-28');
    expect(addMonths('2027-02-28', 12, 29)).toBe('2028-02-29');
  });
});

describe('nextDueDate', () => {
  it('advances one period', () => {
    expect(nextDueDate('2026-01-31', 'monthly', 31)).toBe('2026-02-28');
    expect(nextDueDate('2026-02-28', 'monthly', 31)).toBe('2026-03-31');
    expect(nextDueDate('2026-03-31', 'quarterly', 31)).toBe('2026-06-30');
    expect(nextDueDate('2026-06-30', 'quarterly', 31)).toBe('2026-09-30');
    expect(nextDueDate('2026-09-30', 'quarterly', 31)).toBe('2026-12-31');
    expect(nextDueDate('2026-12-31', 'yearly', 31)).toBe('2027-12-31');
    expect(nextDueDate('2024-02-29', 'yearly', 29)).toBe('2025-02-28');
  });

  it('keeps a month-end series on month ends without drifting', () => {
    const dates = ['2024-01-31'];
    for (let i = 0; i < 12; i++) dates.push(nextDueDate(dates[dates.length - 1] as string, 'monthly', 31));
    expect(dates).toEqual([
      '2024-01-31',
      '2024-02-29',
      '2024-03-31',
      '2024-04-30',
      '2024-05-31',
      '2024-06-30',
      '2024-07-31',
      '2024-08-31',
      '2024-09-30',
      '2024-10-31',
      '2024-11-30',
      '2024-12-31',
      '2025-01-31',
    ]);
  });

  it('skips periods already gone by, landing on the first day not before today', () => {
    expect(nextDueDate('2026-01-15', 'monthly', 15, '2026-05-20')).toBe('2026-06-15');
    expect(nextDueDate('2026-01-15', 'monthly', 15, '2026-05-15')).toBe('2026-05-15');
    expect(nextDueDate('2020-08-31', 'yearly', 31, '2026-11-26')).toBe('2027-08-31');
    expect(nextDueDate('2020-02-29', 'quarterly', 29, '2026-03-01')).toBe('2026-05-29');
    // not yet late (a done task): exactly one period
    expect(nextDueDate('2026-12-31', 'monthly', 31, '2026-11-26')).toBe('2027-01-31');
  });
});
