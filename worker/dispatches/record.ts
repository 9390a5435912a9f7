/**
 * POST /api/dispatches for the route: which way a clip is recorded, with or without an
 * Idempotency-Key (idempotency.ts), the session checked apart or in the batch
 * (middleware/session-in-batch.ts). The recording itself is create.ts.
 * @module
 */
import type { SQL } from 'drizzle-orm';
import type { DispatchCreate, DispatchCreated } from '../../shared/schemas/dispatch';
import type { Db } from '../db/client';
import type { BatchSession } from '../middleware/session-in-batch';
import { type CreateOutcome, createDispatch } from './create';
import { IdempotencyKey } from './idempotency';
import { isUniqueViolation } from './sql';

/**
 * Records a dispatch for a known user, the long way: one batch with the key's claim (unless
 * `recordInOneBatch` already tried it and was refused), and when that is refused (key used,
 * document known, số đến taken), claim, wait or replay, then record.
 */
export async function recordTheLongWay(
  db: Db,
  actorId: number,
  body: DispatchCreate,
  clientKey: string | null,
  triedOneBatch: boolean,
): Promise<CreateOutcome> {
  if (clientKey === null) return createDispatch(db, actorId, body);
  const idempotency = new IdempotencyKey(db, actorId, clientKey);
  const remember = (status: number, answer: SQL) => idempotency.storeStatement(status, answer);
  if (!triedOneBatch) {
    try {
      return await createDispatch(db, actorId, body, new Date(), {
        lead: [idempotency.claimStatement()],
        remember,
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  const claim = await idempotency.claim();
  if (claim.kind === 'replay') {
    return {
      status: claim.answer.status as 200 | 201,
      body: JSON.parse(claim.answer.body) as DispatchCreated,
      replayed: true,
    };
  }
  try {
    // A new dispatch's answer is kept in its own batch; a duplicate's is known only here.
    const outcome = await createDispatch(db, actorId, body, new Date(), { remember });
    if (outcome.status === 200)
      await idempotency.store({ status: outcome.status, body: JSON.stringify(outcome.body) });
    return outcome;
  } catch (error) {
    await idempotency.release();
    throw error;
  }
}

/**
 * The common clip, a new document under a new key (or none), in ONE D1 round trip: the session
 * check (session-in-batch.ts), the key's claim, the record and its answer. Addressees are
 * checked against the units first, which only a signed-in caller may learn about: they go the
 * long way.
 */
export function recordInOneBatch(db: Db, body: DispatchCreate, clientKey: string | null) {
  if ((body.recipientUnitIds?.length ?? 0) > 0 || (body.recipientGroupIds?.length ?? 0) > 0) return null;
  return (session: BatchSession) => {
    if (clientKey === null)
      return createDispatch(db, session.userId, body, new Date(), { lead: [session.guard] });
    const idempotency = new IdempotencyKey(db, session.userId, clientKey);
    return createDispatch(db, session.userId, body, new Date(), {
      lead: [session.guard, idempotency.claimStatement()],
      remember: (status, answer) => idempotency.storeStatement(status, answer),
    });
  };
}
