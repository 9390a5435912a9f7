/**
 * Acknowledgement (xác nhận đã nhận): a unit head confirms receipt for their unit. Idempotent
 * and race-free: the UPDATE only touches a row not yet acknowledged, so of many concurrent
 * acks the first one's time, user and note stay, and the others change nothing.
 * @module
 */
import { and, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { Recipient } from '../../shared/schemas/dispatch';
import type { Db } from '../db/client';
import { recipients } from '../db/schema';
import { ApiError } from '../lib/errors';
import { recipientsQuery } from './distribute';
import { toRecipient } from './present';
import { type BatchStatement, batchRows, runBatch, unixSeconds } from './sql';

/**
 * `user` may be numbers or, when the session is checked in this batch
 * (middleware/session-in-batch.ts), SQL sub-selects; `lead` are statements to run first in the
 * batch (that check).
 */
export async function acknowledge(
  db: Db,
  user: { id: number | SQL; unitId: number | null | SQL },
  dispatchId: number,
  note: string | undefined,
  lead: readonly BatchStatement[] = [],
  now = new Date(),
): Promise<Recipient> {
  const unitId = user.unitId ?? -1;
  const at = unixSeconds(now);
  // The answer is read in the same batch, after the writes: one D1 round trip for the route.
  const answer = recipientsQuery(db, dispatchId, unitId);
  const results = await runBatch(db, [
    ...lead,
    db
      .update(recipients)
      .set({ acknowledgedAt: new Date(at * 1000), acknowledgedBy: sql`${user.id}`, ackNote: note ?? null })
      .where(
        and(
          eq(recipients.dispatchId, dispatchId),
          eq(recipients.unitId, unitId),
          isNull(recipients.acknowledgedAt),
        ),
      ),
    // The audit row is written once: when the acknowledgement exists and no row records it yet
    // (a repeated or concurrent ack finds it already there).
    sql`
      INSERT INTO audit_log (actor_id, action, entity, entity_id, "before", "after", at)
      SELECT r.acknowledged_by, 'acknowledge', 'dispatch', r.dispatch_id, NULL,
        json_object('recipientId', r.id, 'unitId', r.unit_id, 'acknowledgedAt', r.acknowledged_at, 'note', r.ack_note), ${at}
      FROM recipients r
      WHERE r.dispatch_id = ${dispatchId} AND r.unit_id = ${unitId} AND r.acknowledged_at IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.entity = 'dispatch' AND a.entity_id = ${dispatchId}
          AND a.action = 'acknowledge' AND json_extract(a."after", '$.unitId') = ${unitId})`,
    answer,
  ]);
  const [row] = batchRows(answer, results[results.length - 1] as D1Result).map(toRecipient);
  // Not addressed to the unit: the same 404 as reading it (no existence leak).
  if (!row) throw new ApiError(404, 'not_found', 'No such dispatch');
  return row;
}
