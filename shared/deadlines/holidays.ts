/**
 * Vietnam's public holidays for public offices: Bộ luật Lao động 2019 (45/2019/QH14) Điều 112,
 * with the compensatory days of its khoản 3, on a Monday–Friday week.
 * @module
 */
import {
  checkYear,
  fromDayNumber,
  type IsoDate,
  isWeekend,
  jdFromDate,
  jdToDate,
  toDayNumber,
} from './calendar-date';
import { hungKingsDayNumber, tetDayNumber } from './lunar-calendar';

/** The government's yearly announcements and the choices Điều 112 leaves open. */
export interface HolidayOptions {
  /**
   * The day off next to Quốc khánh 2/9 ("01 ngày liền kề trước hoặc sau"): 'before' (1/9, the
   * default) or 'after' (3/9), or a choice per year (`{ 2025: 'after' }`, other years 'before').
   */
  nationalDayAdjacent?: 'before' | 'after' | Readonly<Record<number, 'before' | 'after'>>;
  /** Further days the offices are closed (a decree's extra Tết days, a swapped day off). */
  extraClosures?: readonly IsoDate[];
  /** Days worked although weekend or holiday (the Saturday worked in a swap); these win over everything. */
  extraWorkingDays?: readonly IsoDate[];
}

export type HolidayKind =
  | 'tet_duong_lich'
  | 'tet_am_lich'
  | 'gio_to_hung_vuong'
  | 'giai_phong_mien_nam'
  | 'quoc_te_lao_dong'
  | 'quoc_khanh'
  | 'nghi_bu';

/** A day off of the law: its date, its kind, and the holiday a compensatory day stands for. */
export interface Holiday {
  date: IsoDate;
  kind: HolidayKind;
  name: string;
  /** For 'nghi_bu': the date of the holiday that fell on a weekend. */
  compensates?: IsoDate;
}

const NAMES: Record<Exclude<HolidayKind, 'nghi_bu'>, string> = {
  tet_duong_lich: 'Tết Dương lịch',
  tet_am_lich: 'Tết Âm lịch',
  gio_to_hung_vuong: 'Giỗ Tổ Hùng Vương',
  giai_phong_mien_nam: 'Ngày Chiến thắng (30/4)',
  quoc_te_lao_dong: 'Ngày Quốc tế lao động (1/5)',
  quoc_khanh: 'Quốc khánh (2/9)',
};

function adjacentOf(year: number, option: HolidayOptions['nationalDayAdjacent']): 'before' | 'after' {
  if (option === undefined) return 'before';
  if (typeof option === 'string') return option;
  return option[year] ?? 'before';
}

/**
 * The statutory days off of a solar year, in date order: Tết Dương lịch 1/1; Tết Âm lịch as the
 * last day of the lunar year and the first four of the new one; Giỗ Tổ 10/3 âm lịch; 30/4; 1/5;
 * 2/9 and the adjacent day; then, for each of these that falls on a Saturday or Sunday, a
 * compensatory day on the next working day (Điều 112 khoản 3). Extra closures and working days
 * of the options are not listed here: `isHoliday` and the working-day functions apply them.
 */
export function publicHolidays(
  year: number,
  options: Pick<HolidayOptions, 'nationalDayAdjacent'> = {},
): Holiday[] {
  checkYear(year);
  const days: { jd: number; kind: Exclude<HolidayKind, 'nghi_bu'> }[] = [];
  days.push({ jd: jdFromDate(1, 1, year), kind: 'tet_duong_lich' });
  const tet = tetDayNumber(year);
  for (let i = -1; i <= 3; i++) days.push({ jd: tet + i, kind: 'tet_am_lich' });
  days.push({ jd: hungKingsDayNumber(year), kind: 'gio_to_hung_vuong' });
  days.push({ jd: jdFromDate(30, 4, year), kind: 'giai_phong_mien_nam' });
  days.push({ jd: jdFromDate(1, 5, year), kind: 'quoc_te_lao_dong' });
  const nationalDay = jdFromDate(2, 9, year);
  const adjacent =
    adjacentOf(year, options.nationalDayAdjacent) === 'before' ? nationalDay - 1 : nationalDay + 1;
  days.push({ jd: Math.min(nationalDay, adjacent), kind: 'quoc_khanh' });
  days.push({ jd: Math.max(nationalDay, adjacent), kind: 'quoc_khanh' });
  days.sort((a, b) => a.jd - b.jd);
  // Two holidays on one day (Giỗ Tổ on 30/4, as in 1947) are one day off: the law gives no extra day.
  const distinct = days.filter((d, i) => i === 0 || d.jd !== days[i - 1]?.jd);

  const taken = new Set(distinct.map((d) => d.jd));
  const holidays: { jd: number; holiday: Holiday }[] = distinct.map((d) => ({
    jd: d.jd,
    holiday: { date: fromDayNumber(d.jd), kind: d.kind, name: NAMES[d.kind] },
  }));
  // In date order, so that a block of holidays over a weekend (Tết) pushes its compensatory
  // days past the whole block, one working day each.
  for (const d of distinct) {
    if (!isWeekend(d.jd)) continue;
    let next = d.jd + 1;
    while (isWeekend(next) || taken.has(next)) next++;
    taken.add(next);
    holidays.push({
      jd: next,
      holiday: {
        date: fromDayNumber(next),
        kind: 'nghi_bu',
        name: `Nghỉ bù ${NAMES[d.kind]}`,
        compensates: fromDayNumber(d.jd),
      },
    });
  }
  holidays.sort((a, b) => a.jd - b.jd);
  return holidays.map((h) => h.holiday);
}

/**
 * Answers "is this day a statutory or announced day off?" for many days, caching each year's
 * holidays. Build one per set of options; the working-day functions do this for you.
 */
export class HolidayCalendar {
  readonly #options: HolidayOptions;
  readonly #years = new Map<number, Set<number>>();
  readonly #closures: Set<number>;
  readonly #workingDays: Set<number>;

  constructor(options: HolidayOptions = {}) {
    this.#options = options;
    this.#closures = new Set((options.extraClosures ?? []).map((d) => toDayNumber(d, 'extraClosures entry')));
    this.#workingDays = new Set(
      (options.extraWorkingDays ?? []).map((d) => toDayNumber(d, 'extraWorkingDays entry')),
    );
  }

  /** Whether a Julian day number is a public holiday or an announced closure (weekends aside). */
  isHolidayDay(jd: number): boolean {
    if (this.#workingDays.has(jd)) return false;
    if (this.#closures.has(jd)) return true;
    const { year } = jdToDate(jd);
    let set = this.#years.get(year);
    if (!set) {
      set = new Set(publicHolidays(year, this.#options).map((h) => toDayNumber(h.date)));
      this.#years.set(year, set);
    }
    return set.has(jd);
  }

  /** Whether public offices work on a Julian day number. */
  isWorkingDayNumber(jd: number): boolean {
    if (this.#workingDays.has(jd)) return true;
    return !isWeekend(jd) && !this.isHolidayDay(jd);
  }
}

/** Whether a day is a public holiday, a compensatory day off or an announced closure. */
export function isHoliday(date: IsoDate, options: HolidayOptions = {}): boolean {
  return new HolidayCalendar(options).isHolidayDay(toDayNumber(date));
}
