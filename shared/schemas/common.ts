import { z } from 'zod';
import { isoDate } from '../references/dates';

/** Longest text a field takes; anything longer is a 422, not a truncation. */
export const LIMITS = { short: 200, medium: 1000, long: 10_000 } as const;

/** An id in a JSON body: a JSON number and nothing else ("5" and true are refused). */
export const IdSchema = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
/** An id in a query string, where everything arrives as text. */
export const QueryIdSchema = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** Trimmed, non-empty text of at most `max` characters. */
export const text = (max: number) => z.string().trim().min(1).max(max);

/** A real calendar day written YYYY-MM-DD ("2021-02-30" is refused). */
export const CalendarDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    return isoDate(y, m, d) === value;
  }, 'not a calendar date');

/** `?limit=&cursor=`: pages of at most 100, 50 by default. */
export const PageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(200).optional(),
});

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
