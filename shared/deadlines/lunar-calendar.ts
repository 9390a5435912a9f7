/**
 * The Vietnamese lunisolar calendar, computed: new moons and sun longitudes by the simplified
 * astronomical formulas of Hồ Ngọc Đức's "Âm lịch Việt Nam"
 * (https://www.informatik.uni-leipzig.de/~duc/amlich/calrules_vn.html), reckoned at UTC+7
 * (meridian 105° E), which is why some Vietnamese dates differ from the Chinese calendar's
 * (Tết 1985 and 2007, for example).
 * @module
 */
import { checkYear, fromDayNumber, type IsoDate, jdFromDate, jdToDate, toDayNumber } from './calendar-date';

/** Vietnam's time zone, in hours east of Greenwich. */
const TIME_ZONE = 7;
const SYNODIC_MONTH = 29.530588853;
/** Julian day of the new moon of 1900-01-01, the epoch of the lunation count k. */
const EPOCH = 2415021.076998695;
const DR = Math.PI / 180;

/** Julian day (a real number, UT) of the k-th new moon after 1900-01-01. */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * DR);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let c1 = (0.1734 - 0.000393 * T) * Math.sin(M * DR) + 0.0021 * Math.sin(2 * DR * M);
  c1 = c1 - 0.4068 * Math.sin(Mpr * DR) + 0.0161 * Math.sin(DR * 2 * Mpr);
  c1 = c1 - 0.0004 * Math.sin(DR * 3 * Mpr);
  c1 = c1 + 0.0104 * Math.sin(DR * 2 * F) - 0.0051 * Math.sin(DR * (M + Mpr));
  c1 = c1 - 0.0074 * Math.sin(DR * (M - Mpr)) + 0.0004 * Math.sin(DR * (2 * F + M));
  c1 = c1 - 0.0004 * Math.sin(DR * (2 * F - M)) - 0.0006 * Math.sin(DR * (2 * F + Mpr));
  c1 = c1 + 0.001 * Math.sin(DR * (2 * F - Mpr)) + 0.0005 * Math.sin(DR * (2 * Mpr + M));
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + c1 - deltaT;
}

/** Julian day number of the local (UTC+7) day holding the k-th new moon. */
function newMoonDay(k: number): number {
  return Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
}

/** Sun's apparent longitude in radians, 0 ≤ L < 2π, at Julian day jdn (UT). */
function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525;
  const T2 = T * T;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(DR * M);
  DL += (0.019993 - 0.000101 * T) * Math.sin(DR * 2 * M) + 0.00029 * Math.sin(DR * 3 * M);
  let L = (L0 + DL) * DR;
  L -= Math.PI * 2 * Math.floor(L / (Math.PI * 2));
  return L;
}

/** Which of the 12 major solar terms (0 = spring equinox … 9 = winter solstice) the sun is in at the start of a local day. */
function sunSector(dayNumber: number): number {
  return Math.floor((sunLongitude(dayNumber - 0.5 - TIME_ZONE / 24) / Math.PI) * 6);
}

/** Julian day number of the first day of lunar month 11 (the month holding the winter solstice) of solar year yy. */
function lunarMonth11(yy: number): number {
  const off = jdFromDate(31, 12, yy) - 2415021;
  const k = Math.floor(off / SYNODIC_MONTH);
  const nm = newMoonDay(k);
  return sunSector(nm) >= 9 ? newMoonDay(k - 1) : nm;
}

/** Position (1…13) after month 11 of the leap month of a lunar year starting its month 11 at a11. */
function leapMonthOffset(a11: number): number {
  const k = Math.floor((a11 - EPOCH) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i));
  let last: number;
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

/** A day of the lunar calendar. `leap` marks the repeated (nhuận) month. */
export interface LunarDate {
  day: number;
  month: number;
  year: number;
  leap: boolean;
}

/** Julian day number of a lunar date, or undefined when that date does not exist (a leap month the year lacks, a day 30 of a short month). */
export function lunarToDayNumber(lunar: LunarDate): number | undefined {
  const { day, month, year, leap } = lunar;
  if (!Number.isInteger(day) || day < 1 || day > 30 || !Number.isInteger(month) || month < 1 || month > 12) {
    return undefined;
  }
  const [a11, b11] =
    month < 11 ? [lunarMonth11(year - 1), lunarMonth11(year)] : [lunarMonth11(year), lunarMonth11(year + 1)];
  const k = Math.floor(0.5 + (a11 - EPOCH) / SYNODIC_MONTH);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) return undefined;
    if (leap || off >= leapOff) off += 1;
  } else if (leap) {
    return undefined;
  }
  const monthStart = newMoonDay(k + off);
  const jd = monthStart + day - 1;
  if (jd >= newMoonDay(k + off + 1)) return undefined;
  return jd;
}

/** The lunar date of a Julian day number. */
export function dayNumberToLunar(dayNumber: number): LunarDate {
  const { year: yy } = jdToDate(dayNumber);
  const k = Math.floor((dayNumber - EPOCH) / SYNODIC_MONTH);
  let monthStart = newMoonDay(k + 1);
  if (monthStart > dayNumber) monthStart = newMoonDay(k);
  let a11 = lunarMonth11(yy);
  let b11 = a11;
  let year: number;
  if (a11 >= monthStart) {
    year = yy;
    a11 = lunarMonth11(yy - 1);
  } else {
    year = yy + 1;
    b11 = lunarMonth11(yy + 1);
  }
  const day = dayNumber - monthStart + 1;
  const diff = Math.floor((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapMonthDiff = leapMonthOffset(a11);
    if (diff >= leapMonthDiff) {
      month = diff + 10;
      if (diff === leapMonthDiff) leap = true;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) year -= 1;
  return { day, month, year, leap };
}

/** The solar day of a lunar date, or undefined when that lunar date does not exist. */
export function lunarToSolar(lunar: LunarDate): IsoDate | undefined {
  checkYear(lunar.year);
  const jd = lunarToDayNumber(lunar);
  return jd === undefined ? undefined : fromDayNumber(jd);
}

/** Tết Nguyên Đán: the solar day of lunar 1/1 of the lunar year that begins in solar year `year`. */
export function tetDayNumber(year: number): number {
  checkYear(year);
  return lunarToDayNumber({ day: 1, month: 1, year, leap: false }) as number;
}

/** Tết Nguyên Đán (mùng 1 tháng Giêng) of a year, 'YYYY-MM-DD'. */
export function tetNguyenDan(year: number): IsoDate {
  return fromDayNumber(tetDayNumber(year));
}

/** Giỗ Tổ Hùng Vương: 10/3 of the lunar year (the ordinary month 3, never a leap one). */
export function hungKingsDayNumber(year: number): number {
  checkYear(year);
  return lunarToDayNumber({ day: 10, month: 3, year, leap: false }) as number;
}

/** Giỗ Tổ Hùng Vương (10 tháng 3 âm lịch) of a year, 'YYYY-MM-DD'. */
export function gioToHungVuong(year: number): IsoDate {
  return fromDayNumber(hungKingsDayNumber(year));
}

/** The lunar date of a solar day 'YYYY-MM-DD'. */
export function solarToLunar(date: IsoDate): LunarDate {
  return dayNumberToLunar(toDayNumber(date));
}
