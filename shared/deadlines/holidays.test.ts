import { describe, expect, it } from 'vitest';
import { isHoliday, publicHolidays } from './holidays';

function days(year: number, options?: Parameters<typeof publicHolidays>[1]) {
  return publicHolidays(year, options).map((h) =>
    h.kind === 'nghi_bu' ? `${h.date} bù ${h.compensates}` : h.date,
  );
}

describe('publicHolidays', () => {
  it('lists the eleven days of Điều 112 for a year with nothing on a weekend (2026 aside from Giỗ Tổ)', () => {
    expect(days(2026)).toEqual([
      '2026-01-01',
      '2026-02-16', // 29 tháng Chạp: the last day of Ất Tỵ
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-04-26', // Giỗ Tổ on a Sunday …
      '2026-04-27 bù 2026-04-26', // … is made up on Monday (thanhnien.vn, 23/2/2026)
      '2026-04-30',
      '2026-05-01',
      '2026-09-01',
      '2026-09-02',
    ]);
  });

  it('moves the compensatory days of a weekend inside Tết past the whole Tết block (2020, 2021)', () => {
    // Tết Canh Tý: 24–28/1/2020, with Saturday 25 and Sunday 26 → Wednesday 29 and Thursday 30.
    expect(days(2020).slice(1, 8)).toEqual([
      '2020-01-24',
      '2020-01-25',
      '2020-01-26',
      '2020-01-27',
      '2020-01-28',
      '2020-01-29 bù 2020-01-25',
      '2020-01-30 bù 2020-01-26',
    ]);
    // Tết Tân Sửu: 11–15/2/2021 with 13–14 a weekend → 16 and 17; 1/5/2021 is a Saturday → 3/5.
    expect(days(2021)).toContain('2021-02-16 bù 2021-02-13');
    expect(days(2021)).toContain('2021-02-17 bù 2021-02-14');
    expect(days(2021)).toContain('2021-05-03 bù 2021-05-01');
  });

  // python-holidays' VN_COMMON snapshot has the same four compensatory days.
  it('compensates 1/1, 29/4–30/4 and 2/9 of 2023, all on weekends, on the next working days', () => {
    const y2023 = days(2023);
    // 1/1/2023 was a Sunday: off on Monday 2/1.
    expect(y2023).toContain('2023-01-02 bù 2023-01-01');
    // Giỗ Tổ Saturday 29/4 and 30/4 Sunday, 1/5 Monday: made up on Tuesday 2/5 and Wednesday 3/5.
    expect(y2023).toContain('2023-05-02 bù 2023-04-29');
    expect(y2023).toContain('2023-05-03 bù 2023-04-30');
    // 1/9 Friday, 2/9 Saturday: made up on Monday 4/9.
    expect(y2023).toContain('2023-09-04 bù 2023-09-02');
  });

  it('agrees with python-holidays on the compensatory days of Giỗ Tổ on a weekend (2022, 2033)', () => {
    expect(days(2022)).toContain('2022-04-11 bù 2022-04-10');
    expect(days(2033)).toContain('2033-04-11 bù 2033-04-09');
  });

  it('takes 3/9 instead of 1/9 when the year is announced that way', () => {
    expect(days(2025, { nationalDayAdjacent: 'after' })).toContain('2025-09-03');
    expect(days(2025, { nationalDayAdjacent: { 2025: 'after' } })).not.toContain('2025-09-01');
    expect(days(2024, { nationalDayAdjacent: { 2025: 'after' } })).toContain('2024-09-01');
    // 2/9/2029 is a Sunday and 3/9 a Monday: the Sunday is made up on Tuesday 4/9.
    expect(days(2029, { nationalDayAdjacent: 'after' })).toContain('2029-09-04 bù 2029-09-02');
  });

  it('names each day and the holiday a compensatory day stands for', () => {
    const giỗTổ = publicHolidays(2026).find((h) => h.kind === 'nghi_bu');
    expect(giỗTổ).toEqual({
      date: '2026-04-27',
      kind: 'nghi_bu',
      name: 'Nghỉ bù Giỗ Tổ Hùng Vương',
      compensates: '2026-04-26',
    });
  });

  it('gives every year 1900–2100 its eleven statutory days, and one compensatory day per weekend one', () => {
    for (let year = 1900; year <= 2100; year++) {
      const list = publicHolidays(year);
      const statutory = list.filter((h) => h.kind !== 'nghi_bu');
      expect(statutory).toHaveLength(year === 1947 ? 10 : 11); // 1947: Giỗ Tổ on 30/4
      const onWeekends = statutory.filter((h) =>
        [0, 6].includes(new Date(`${h.date}T00:00:00Z`).getUTCDay()),
      );
      expect(list.length - statutory.length).toBe(onWeekends.length);
      expect(new Set(list.map((h) => h.date)).size).toBe(list.length);
    }
  });

  it('rejects a year it cannot compute', () => {
    expect(() => publicHolidays(1850)).toThrow(RangeError);
  });
});

describe('isHoliday', () => {
  it('knows Tết, Giỗ Tổ, the fixed days and a compensatory day', () => {
    expect(isHoliday('2025-01-28')).toBe(true); // 29 tháng Chạp Giáp Thìn
    expect(isHoliday('2025-02-03')).toBe(true); // for Saturday 1/2 (mùng 4)
    expect(isHoliday('2025-02-04')).toBe(false);
    expect(isHoliday('2025-04-07')).toBe(true);
    expect(isHoliday('2025-12-31')).toBe(false);
  });

  it('applies the government’s extra closures and swapped working days', () => {
    // An announcement closing Monday 27/1 and opening Monday 3/2 instead of the rule's day.
    const announced = { extraClosures: ['2025-01-27'], extraWorkingDays: ['2025-02-03'] };
    expect(isHoliday('2025-01-27', announced)).toBe(true);
    expect(isHoliday('2025-02-03', announced)).toBe(false);
  });

  it('rejects malformed dates and impossible days with a clear error', () => {
    expect(() => isHoliday('2025-2-3')).toThrow("'YYYY-MM-DD'");
    expect(() => isHoliday('2025-02-29')).toThrow('not a day of the calendar');
    expect(() => isHoliday('2024-13-01')).toThrow('not a day of the calendar');
    expect(() => isHoliday('3000-01-01')).toThrow('outside the supported years');
    expect(() => isHoliday('2025-01-01', { extraClosures: ['01/02/2025'] })).toThrow('extraClosures entry');
  });
});
