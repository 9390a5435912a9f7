import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from './calendar-date';
import { gioToHungVuong, lunarToSolar, solarToLunar, tetNguyenDan } from './lunar-calendar';

// Mùng 1 Tết, each checked against at least two published lists (README.md, "Sources of the test
// dates"): python-holidays' Vietnam tests and its VN_COMMON snapshot (`vacanza/holidays`,
// 1950–2050), the Chinese New Year tables of china.org.cn (2004–2015), wallpaperfulls (2007–2019)
// and weeksfromtoday.com (2026–2045), margram.vn (2025), congan.com.vn (2026), printcalendar's
// Vietnam pages (2020, 2021), SWPSU23's holiday list (2023). Where Vietnam and China agree, the
// Chinese tables count; 2030 is the year they do not (below).
const TET: Record<number, string> = {
  2008: '2008-02-07',
  2009: '2009-01-26',
  2010: '2010-02-14',
  2011: '2011-02-03',
  2012: '2012-01-23',
  2013: '2013-02-10',
  2014: '2014-01-31',
  2015: '2015-02-19',
  2016: '2016-02-08',
  2017: '2017-01-28',
  2018: '2018-02-16',
  2019: '2019-02-05',
  2020: '2020-01-25',
  2021: '2021-02-12',
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2031: '2031-01-23',
  2032: '2032-02-11',
  2033: '2033-01-31',
  2034: '2034-02-19',
  2035: '2035-02-08',
  2040: '2040-02-12',
  2045: '2045-02-17',
};

describe('tetNguyenDan', () => {
  it.each(Object.entries(TET))('puts Tết %s on %s', (year, date) => {
    expect(tetNguyenDan(Number(year))).toBe(date);
  });

  // The new moon of 2 February 2030 falls at 16:08 UT: 23:08 in Hà Nội, 00:08 on the 3rd in
  // Beijing. Vietnam's Tết is a day earlier than China's, as in 2007 (viet-jo.com 2006-07-06,
  // which also names 2030; scienceinfo.net "Why is the Vietnamese and Chinese New Year a day
  // different?": "in 2030 and 2053, Vietnam will eat Tet sooner than China").
  it('reckons at UTC+7, so Tết can come a day before the Chinese New Year', () => {
    expect(tetNguyenDan(2007)).toBe('2007-02-17'); // China: 2007-02-18
    expect(tetNguyenDan(2030)).toBe('2030-02-02'); // China: 2030-02-03
    expect(tetNguyenDan(1968)).toBe('1968-01-29'); // China: 1968-01-30
  });

  it('always falls between 21 January and 20 February, 1900–2100', () => {
    for (let year = 1900; year <= 2100; year++) {
      const date = tetNguyenDan(year);
      expect(date >= `${year}-01-21` && date <= `${year}-02-20`, `${year}: ${date}`).toBe(true);
    }
  });

  it('rejects years outside 1900–2100 and fractions', () => {
    expect(() => tetNguyenDan(1899)).toThrow(RangeError);
    expect(() => tetNguyenDan(2101)).toThrow(/1900 to 2100/);
    expect(() => tetNguyenDan(2025.5)).toThrow(RangeError);
  });
});

describe('gioToHungVuong', () => {
  // python-holidays' tests and VN_COMMON snapshot (all of these), printcalendar (2020, 2021),
  // SWPSU23 (2023), lawnet.vn, vietnamnet.vn and sggp.org.vn (2025), thanhnien.vn and
  // excelnotes.com (2026). 2030: VN_COMMON has 12/4 too, as the third month
  // begins on 3/4/2030 in both calendars.
  it.each([
    [2020, '2020-04-02'],
    [2021, '2021-04-21'],
    [2022, '2022-04-10'],
    [2023, '2023-04-29'],
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
    [2027, '2027-04-16'],
    [2028, '2028-04-04'],
    [2030, '2030-04-12'],
  ])('puts Giỗ Tổ %i on %s', (year, date) => {
    expect(gioToHungVuong(year)).toBe(date);
  });

  it('is day 10 of the ordinary third month even in a year with a leap month before or after it', () => {
    // 2023 has a leap 2nd month (22/3–19/4/2023); 2020 a leap 4th month.
    expect(solarToLunar('2023-03-22')).toEqual({ day: 1, month: 2, year: 2023, leap: true });
    expect(solarToLunar(gioToHungVuong(2023))).toEqual({ day: 10, month: 3, year: 2023, leap: false });
    expect(solarToLunar('2020-05-23')).toEqual({ day: 1, month: 4, year: 2020, leap: true });
    expect(solarToLunar(gioToHungVuong(2020))).toEqual({ day: 10, month: 3, year: 2020, leap: false });
  });
});

describe('lunarToSolar and solarToLunar', () => {
  it('gives back every day of 2019–2031 unchanged', () => {
    for (let jd = toDayNumber('2019-01-01'); jd <= toDayNumber('2031-12-31'); jd++) {
      const lunar = solarToLunar(fromDayNumber(jd));
      const back = lunarToSolar(lunar);
      expect(back === undefined ? undefined : toDayNumber(back)).toBe(jd);
    }
  });

  it('answers undefined for a leap month the year lacks and for day 30 of a 29-day month', () => {
    expect(lunarToSolar({ day: 1, month: 3, year: 2023, leap: true })).toBeUndefined();
    expect(lunarToSolar({ day: 1, month: 2, year: 2023, leap: true })).toBe('2023-03-22');
    expect(lunarToSolar({ day: 1, month: 1, year: 2024, leap: true })).toBeUndefined();
    // Tháng Chạp of Ất Tỵ (2025–26) has 29 days: Tết Bính Ngọ is 17/2/2026.
    expect(lunarToSolar({ day: 29, month: 12, year: 2025, leap: false })).toBe('2026-02-16');
    expect(lunarToSolar({ day: 30, month: 12, year: 2025, leap: false })).toBeUndefined();
  });

  it('places lunar 1/1 and the 23rd of tháng Chạp where the calendars print them', () => {
    expect(solarToLunar('2026-02-17')).toEqual({ day: 1, month: 1, year: 2026, leap: false });
    expect(solarToLunar('2026-02-14')).toEqual({ day: 27, month: 12, year: 2025, leap: false });
    expect(solarToLunar('2026-02-22')).toEqual({ day: 6, month: 1, year: 2026, leap: false });
  });
});
