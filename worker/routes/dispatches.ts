/**
 * Dispatches: record, list, search, look up, distribute, acknowledge, status. The work is in
 * worker/dispatches/; this file says who may call what and with which input.
 * @module
 */
import { eq, type SQL } from 'drizzle-orm';
import { Hono } from 'hono';
import {
  AckBodySchema,
  type DispatchCreated,
  DispatchCreateSchema,
  DispatchListQuerySchema,
  DistributeBodySchema,
  IdempotencyKeySchema,
  LookupQuerySchema,
} from '../../shared/schemas/dispatch';
import { createDb } from '../db/client';
import { recipients } from '../db/schema';
import { acknowledge } from '../dispatches/ack';
import { readOptionalJson } from '../dispatches/body';
import { createDispatch } from '../dispatches/create';
import { dispatchDetail, dispatchStatus } from '../dispatches/detail';
import { insertRecipients, listRecipients, resolveAddressees } from '../dispatches/distribute';
import { IdempotencyKey } from '../dispatches/idempotency';
import { listDispatches } from '../dispatches/list';
import { lookup, parseKeys } from '../dispatches/lookup';
import { isUniqueViolation, runBatch, unixSeconds } from '../dispatches/sql';
import { assertCanSeeDispatch } from '../lib/access';
import { auditInsert } from '../lib/audit';
import { vietnamDate } from '../lib/dates';
import { ApiError } from '../lib/errors';
import type { AppEnv } from '../lib/types';
import { readId, readJson, readQuery } from '../lib/validate';
import { requireAuth, requireRole } from '../middleware/auth';

/** The Idempotency-Key header, if sent; a malformed one is refused before anything happens. */
function idempotencyHeader(value: string | undefined): string | null {
  if (value === undefined) return null;
  const parsed = IdempotencyKeySchema.safeParse(value);
  if (!parsed.success) {
    throw new ApiError(422, 'validation_failed', 'The Idempotency-Key header is not valid', [
      { path: 'Idempotency-Key', message: parsed.error.issues[0]?.message ?? 'invalid' },
    ]);
  }
  return parsed.data;
}

export const dispatchRoutes = new Hono<AppEnv>()
  .use(requireAuth)
  .post('/', requireRole('admin', 'clerk'), async (c) => {
    const clientKey = idempotencyHeader(c.req.header('idempotency-key'));
    const body = await readJson(c, DispatchCreateSchema);
    const db = createDb(c.env.DB);
    const actorId = c.get('user').id;
    if (clientKey === null) {
      const outcome = await createDispatch(db, actorId, body);
      return c.json(outcome.body, outcome.status);
    }
    const idempotency = new IdempotencyKey(db, actorId, clientKey);
    const remember = (status: number, answer: SQL) => idempotency.storeStatement(status, answer);
    // The common case, a new key and a new document, in one batch: claimed, recorded and
    // answered in one D1 round trip. Any refusal (key used, document known, số đến taken)
    // leaves nothing written, and the request goes the long way below.
    try {
      const outcome = await createDispatch(db, actorId, body, new Date(), {
        claim: idempotency.claimStatement(),
        remember,
      });
      return c.json(outcome.body, outcome.status);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    const claim = await idempotency.claim();
    if (claim.kind === 'replay') {
      c.header('Idempotent-Replayed', 'true');
      return c.json(JSON.parse(claim.answer.body) as DispatchCreated, claim.answer.status as 200 | 201);
    }
    try {
      // A new dispatch's answer is kept in its own batch; a duplicate's is known only here.
      const outcome = await createDispatch(db, actorId, body, new Date(), { remember });
      if (outcome.status === 200)
        await idempotency.store({ status: outcome.status, body: JSON.stringify(outcome.body) });
      return c.json(outcome.body, outcome.status);
    } catch (error) {
      await idempotency.release();
      throw error;
    }
  })
  .get('/', async (c) => {
    const query = readQuery(c, DispatchListQuerySchema);
    const page = await listDispatches(createDb(c.env.DB), c.get('user'), query, vietnamDate(new Date()));
    return c.json(page);
  })
  // Before /:id, which would otherwise take "lookup" for an id.
  .get('/lookup', async (c) => {
    const { keys } = readQuery(c, LookupQuerySchema);
    return c.json(await lookup(createDb(c.env.DB), c.get('user'), parseKeys(keys)));
  })
  .get('/:id', async (c) => {
    const id = readId(c);
    const db = createDb(c.env.DB);
    const user = c.get('user');
    await assertCanSeeDispatch(db, user, id);
    return c.json(await dispatchDetail(db, user, id));
  })
  .post('/:id/recipients', requireRole('admin', 'clerk'), async (c) => {
    const id = readId(c);
    const body = await readJson(c, DistributeBodySchema);
    const db = createDb(c.env.DB);
    const user = c.get('user');
    await assertCanSeeDispatch(db, user, id);
    const unitIds = await resolveAddressees(db, body, { units: 'unitIds', groups: 'groupIds' });
    const already = new Set(
      (
        await db.select({ unitId: recipients.unitId }).from(recipients).where(eq(recipients.dispatchId, id))
      ).map((row) => row.unitId),
    );
    const added = unitIds.filter((unitId) => !already.has(unitId));
    if (added.length > 0) {
      const now = new Date();
      await runBatch(db, [
        insertRecipients(id, added, user.id, unixSeconds(now)),
        auditInsert(db, {
          actorId: user.id,
          action: 'distribute',
          entity: 'dispatch',
          entityId: id,
          after: { unitIds: added, groupIds: [...new Set(body.groupIds ?? [])] },
        }),
      ]);
    }
    return c.json({ items: await listRecipients(db, id) });
  })
  .post('/:id/ack', requireRole('unit_head'), async (c) => {
    const id = readId(c);
    const body = await readOptionalJson(c, AckBodySchema);
    return c.json(await acknowledge(createDb(c.env.DB), c.get('user'), id, body.note));
  })
  .get('/:id/status', requireRole('admin', 'clerk'), async (c) => {
    const id = readId(c);
    return c.json(await dispatchStatus(createDb(c.env.DB), id, vietnamDate(new Date())));
  });
