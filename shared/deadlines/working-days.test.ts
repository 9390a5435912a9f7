import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from './calendar-date';
import { HolidayCalendar } from './holidays';
import { addWorkingDays, isWorkingDay, weekday, workingDaysBetween } from './working-days';

describe('isWorkingDay', () => {
  it('is Monday to Friday outside holidays', () => {
    expect(isWorkingDay('2026-11-27')).toBe(true); // Friday
    expect(isWorkingDay('2026-11-28')).toBe(false); // Saturday
    expect(isWorkingDay('2026-11-29')).toBe(false); // Sunday
    expect(isWorkingDay('2026-02-18')).toBe(false); // mùng 2 Tết
    expect(isWorkingDay('2026-04-27')).toBe(false); // nghỉ bù Giỗ Tổ
  });

  it('makes a swapped Saturday a working day', () => {
    expect(isWorkingDay('2025-02-08', { extraWorkingDays: ['2025-02-08'] })).toBe(true);
  });
});

describe('addWorkingDays', () => {
  it('counts from the day after the start date', () => {
    expect(addWorkingDays('2026-11-23', 5)).toBe('2026-11-30'); // Monday + 5 → next Monday
    expect(addWorkingDays('2026-11-27', 1)).toBe('2026-11-30'); // Friday + 1 → Monday
    expect(addWorkingDays('2026-11-28', 1)).toBe('2026-11-30'); // from a Saturday
    expect(addWorkingDays('2026-11-23', 0)).toBe('2026-11-23');
  });

  it('skips a whole Tết week (2026: 16–20/2)', () => {
    expect(addWorkingDays('2026-02-12', 1)).toBe('2026-02-13');
    expect(addWorkingDays('2026-02-12', 2)).toBe('2026-02-23');
    expect(addWorkingDays('2026-02-12', 5)).toBe('2026-02-26');
  });

  it('skips Tết with its compensatory days (2021: 11–17/2)', () => {
    expect(addWorkingDays('2021-02-10', 1)).toBe('2021-02-18');
  });

  it('skips Giỗ Tổ, 30/4 and 1/5 and their compensatory days (2023)', () => {
    // 28/4 Friday; 29/4–3/5 off (Giỗ Tổ, 30/4, 1/5, two compensatory days).
    expect(addWorkingDays('2023-04-28', 1)).toBe('2023-05-04');
    expect(addWorkingDays('2025-04-04', 1)).toBe('2025-04-08'); // Giỗ Tổ Monday 7/4/2025
  });

  it('skips Quốc khánh and its adjacent day, as chosen', () => {
    expect(addWorkingDays('2026-08-31', 1)).toBe('2026-09-03');
    expect(addWorkingDays('2025-08-29', 1)).toBe('2025-09-03'); // 1/9 Monday, 2/9 Tuesday
    expect(addWorkingDays('2025-08-29', 1, { nationalDayAdjacent: 'after' })).toBe('2025-09-01');
  });

  it('crosses the year boundary and Tết Dương lịch', () => {
    expect(addWorkingDays('2025-12-31', 1)).toBe('2026-01-02');
    expect(addWorkingDays('2022-12-30', 1)).toBe('2023-01-03'); // 1/1/2023 Sunday → off 2/1
    expect(addWorkingDays('2027-12-31', 1)).toBe('2028-01-04'); // 1/1/2028 Saturday → off Monday 3/1
  });

  it('handles 29 February of leap years', () => {
    expect(addWorkingDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addWorkingDays('2028-02-28', 2)).toBe('2028-03-01');
    expect(() => addWorkingDays('2023-02-29', 1)).toThrow('not a day of the calendar');
  });

  it('rejects a bad count or date with a clear error', () => {
    expect(() => addWorkingDays('2026-01-05', -1)).toThrow('0 or more');
    expect(() => addWorkingDays('2026-01-05', 1.5)).toThrow('whole number');
    expect(() => addWorkingDays('05/01/2026', 1)).toThrow("startDate must be a 'YYYY-MM-DD' string");
    expect(() => addWorkingDays('2100-12-30', 5)).toThrow('past 2100');
  });
});

describe('workingDaysBetween', () => {
  it('counts the working days after the start up to and including the end', () => {
    expect(workingDaysBetween('2026-02-12', '2026-02-26')).toBe(5);
    expect(workingDaysBetween('2026-02-26', '2026-02-12')).toBe(-5);
    expect(workingDaysBetween('2026-02-12', '2026-02-12')).toBe(0);
    // 2025: 365 days, 104 weekend days, 11 statutory days of which one (1/2) on a Saturday,
    // made up on 3/2: 365 − 104 − 10 − 1 = 250.
    expect(workingDaysBetween('2024-12-31', '2025-12-31')).toBe(250);
  });
});

describe('weekday', () => {
  it('is 0 on Sunday', () => {
    expect(weekday('2026-11-29')).toBe(0);
    expect(weekday('2026-11-26')).toBe(4);
  });
});

describe('properties', () => {
  const calendar = new HolidayCalendar();
  const start = fc
    .integer({ min: toDayNumber('2020-01-01'), max: toDayNumber('2030-12-31') })
    .map(fromDayNumber);

  it('always ends on a working day, after the start', () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 1, max: 60 }), (date, n) => {
        const end = addWorkingDays(date, n, calendar);
        return isWorkingDay(end, calendar) && end > date;
      }),
    );
  });

  it('is strictly increasing in n and undone by workingDaysBetween', () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 0, max: 40 }), (date, n) => {
        const a = addWorkingDays(date, n, calendar);
        const b = addWorkingDays(date, n + 1, calendar);
        return b > a && workingDaysBetween(date, a, calendar) === n;
      }),
    );
  });
});
