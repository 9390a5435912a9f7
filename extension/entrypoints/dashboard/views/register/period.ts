/**
 * The register's periods as offices keep them: a whole year, a quarter or a month, and the
 * first and last day of each (YYYY-MM-DD, both inclusive).
 * @module
 */
import { monthOf } from '../../format';

export const PERIODS = [
  'year',
  'q1',
  'q2',
  'q3',
  'q4',
  ...Array.from({ length: 12 }, (_, i) => `m${i + 1}` as const),
] as const;
export type Period = 'year' | `q${1 | 2 | 3 | 4}` | `m${number}`;

const pad = (n: number) => String(n).padStart(2, '0');

/** The days a period of `year` covers. */
export function daysOf(year: number, period: Period): { from: string; to: string } {
  if (period === 'year') return { from: `${year}-01-01`, to: `${year}-12-31` };
  const n = Number(period.slice(1));
  const [first, last] = period.startsWith('q') ? [3 * n - 2, 3 * n] : [n, n];
  return { from: `${year}-${pad(first)}-01`, to: monthOf(`${year}-${pad(last)}-01`).to };
}
