/**
 * `GET /api/dispatches/lookup?keys=…`: which references are recorded, for the extension's
 * "saved" mark. Symbols and keys are both accepted and keyed by the server.
 * @module
 */
import { and, asc, sql } from 'drizzle-orm';
import { LOOKUP_MAX_KEYS, type LookupResponse } from '../../shared/schemas/dispatch';
import type { Db } from '../db/client';
import { dispatches } from '../db/schema';
import { ApiError } from '../lib/errors';
import type { SessionUser } from '../lib/types';
import { candidateKeys } from './keys';
import { inJson } from './sql';

/** Longest reference the lookup reads (symbols are at most 80 characters). */
const MAX_KEY_LENGTH = 100;

/** The distinct, non-empty references of `keys=a,b,c`; 422 past LOOKUP_MAX_KEYS or an over-long one. */
export function parseKeys(keys: string): string[] {
  const list = [...new Set(keys.split(',').map((part) => part.trim()))].filter((part) => part.length > 0);
  if (list.length > LOOKUP_MAX_KEYS) {
    throw new ApiError(422, 'validation_failed', `At most ${LOOKUP_MAX_KEYS} keys`, [
      { path: 'keys', message: `more than ${LOOKUP_MAX_KEYS}` },
    ]);
  }
  if (list.some((part) => part.length > MAX_KEY_LENGTH)) {
    throw new ApiError(422, 'validation_failed', 'A key is too long', [
      { path: 'keys', message: `longer than ${MAX_KEY_LENGTH} characters` },
    ]);
  }
  return list;
}

export async function lookup(db: Db, user: SessionUser, keys: string[]): Promise<LookupResponse> {
  const wanted = [...new Set(keys.flatMap(candidateKeys))];
  if (wanted.length === 0) return { items: [] };
  const rows = await db
    .select({
      key: dispatches.key,
      id: dispatches.id,
      symbol: dispatches.symbol,
      issuedDate: dispatches.issuedDate,
    })
    .from(dispatches)
    .where(
      and(
        inJson(sql`${dispatches.key}`, wanted),
        user.role === 'unit_head'
          ? sql`EXISTS (SELECT 1 FROM recipients r WHERE r.dispatch_id = ${dispatches.id} AND r.unit_id = ${user.unitId ?? -1})`
          : undefined,
      ),
    )
    .orderBy(asc(dispatches.key), asc(dispatches.id));
  return { items: rows };
}
