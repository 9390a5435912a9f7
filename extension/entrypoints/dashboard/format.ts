/**
 * The dashboard's dates and counts as offices write them: dd/mm/yyyy in, dd/mm/yyyy HH:mm out
 * (Vietnam time), and a unit's tasks as "2 việc: 1 đang làm, 1 quá hạn".
 * @module
 */
import type { Translate } from './catalogue';

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD of a local date. */
export function isoDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The first and last day of the month of `today` (YYYY-MM-DD). */
export function monthOf(today: string): { from: string; to: string } {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m)}-${pad(last)}` };
}

/**
 * YYYY-MM-DD of a date typed as d/m/yyyy (also with - or .), or of YYYY-MM-DD itself; null when
 * it is not a real calendar date. Empty input is `''` (no bound).
 */
export function parseDayMonthYear(input: string): string | null {
  const text = input.trim();
  if (!text) return '';
  let parts: [number, number, number];
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (dmy) parts = [Number(dmy[3]), Number(dmy[2]), Number(dmy[1])];
  else if (ymd) parts = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
  else return null;
  const [y, m, d] = parts;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const VIETNAM_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** dd/mm/yyyy HH:mm of an ISO timestamp, in Vietnam time (where the offices are). */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    VIETNAM_TIME.formatToParts(date).find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}`;
}

export type TaskCounts = Record<'todo' | 'in_progress' | 'done' | 'overdue', number>;
/** The order the states are read out in. */
const SPOKEN = ['todo', 'in_progress', 'overdue', 'done'] as const;

/** "2 việc: 1 đang làm, 1 quá hạn"; "Không có việc" when there is none. */
export function describeTasks(counts: TaskCounts, t: Translate): string {
  const total = counts.todo + counts.in_progress + counts.done + counts.overdue;
  if (total === 0) return t('noTasks');
  const parts = SPOKEN.filter((status) => counts[status] > 0).map((status) =>
    t(`task_${status}`, { n: counts[status] }),
  );
  return t('taskCount', { n: total, parts: parts.join(', ') });
}
/** 0.667 → "66,7 %" / "66.7%". */
export function formatRate(rate: number, language: 'vi' | 'en'): string {
  const percent = Math.round(rate * 1000) / 10;
  return language === 'vi' ? `${String(percent).replace('.', ',')} %` : `${percent}%`;
}
