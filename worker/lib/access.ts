/**
 * Who may see what. Admins and clerks see every dispatch; a unit head sees the dispatches
 * addressed to their unit (and the tasks their unit leads or coordinates).
 * @module
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { dispatches, recipients } from '../db/schema';
import { ApiError } from './errors';
import type { SessionUser } from './types';

/** 404 when the dispatch does not exist or is not the caller's to see (no existence leak). */
export async function assertCanSeeDispatch(db: Db, user: SessionUser, dispatchId: number): Promise<void> {
  if (user.role === 'unit_head') {
    const [row] = await db
      .select({ id: recipients.id })
      .from(recipients)
      .where(and(eq(recipients.dispatchId, dispatchId), eq(recipients.unitId, user.unitId ?? -1)))
      .limit(1);
    if (!row) throw new ApiError(404, 'not_found', 'No such dispatch');
    return;
  }
  const [row] = await db.select({ id: dispatches.id }).from(dispatches).where(eq(dispatches.id, dispatchId));
  if (!row) throw new ApiError(404, 'not_found', 'No such dispatch');
}
