/**
 * Dispatches: record, list, search, look up, distribute, acknowledge, status. The work is in
 * worker/dispatches/; this file says who may call what and with which input.
 * @module
 */
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { ROLES } from '../../shared/schemas/auth';
import {
  AckBodySchema,
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
import { dispatchDetail, dispatchStatus } from '../dispatches/detail';
import { insertRecipients, listRecipients, resolveAddressees } from '../dispatches/distribute';
import { listDispatches, listDispatchesInOneBatch } from '../dispatches/list';
import { lookup, parseKeys } from '../dispatches/lookup';
import { recordInOneBatch, recordTheLongWay } from '../dispatches/record';
import { runBatch, unixSeconds } from '../dispatches/sql';
import { assertCanSeeDispatch } from '../lib/access';
import { auditInsert } from '../lib/audit';
import { vietnamDate } from '../lib/dates';
import { ApiError } from '../lib/errors';
import type { AppEnv } from '../lib/types';
import { readId, readJson, readQuery } from '../lib/validate';
import { requireAuth, requireRole } from '../middleware/auth';
import { type BatchSession, inSessionBatch, readBeforeSession } from '../middleware/session-in-batch';

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

const CLIP_ROLES = ['admin', 'clerk'] as const;
const ACK_ROLES = ['unit_head'] as const;
const ANY_ROLE = ROLES;

// Clip, acknowledge and list check the session inside their own D1 batch (session-in-batch.ts), so
// they are registered BEFORE `.use(requireAuth)`: Hono runs handlers in the order they were
// added, and these answer without calling next(). Every route after the `.use` has requireAuth.
export const dispatchRoutes = new Hono<AppEnv>()
  .post('/', async (c) => {
    const { clientKey, body } = await readBeforeSession(c, CLIP_ROLES, async () => ({
      clientKey: idempotencyHeader(c.req.header('idempotency-key')),
      body: await readJson(c, DispatchCreateSchema),
    }));
    const db = createDb(c.env.DB);
    const oneBatch = recordInOneBatch(db, body, clientKey);
    const outcome = await inSessionBatch(c, CLIP_ROLES, oneBatch, (user) =>
      recordTheLongWay(db, user.id, body, clientKey, oneBatch !== null),
    );
    if (outcome.replayed) c.header('Idempotent-Replayed', 'true');
    return c.json(outcome.body, outcome.status);
  })
  .post('/:id/ack', async (c) => {
    const { id, note } = await readBeforeSession(c, ACK_ROLES, async () => ({
      id: readId(c),
      note: (await readOptionalJson(c, AckBodySchema)).note,
    }));
    const db = createDb(c.env.DB);
    const recipient = await inSessionBatch(
      c,
      ACK_ROLES,
      (session) => acknowledge(db, { id: session.userId, unitId: session.unitId }, id, note, [session.guard]),
      (user) => acknowledge(db, user, id, note),
    );
    return c.json(recipient);
  })
  .get('/', async (c) => {
    const query = await readBeforeSession(c, ANY_ROLE, () => readQuery(c, DispatchListQuerySchema));
    const db = createDb(c.env.DB);
    const today = vietnamDate(new Date());
    // A full-text search reads the index a slice at a time: the session is checked first.
    const oneBatch =
      query.q === undefined
        ? (session: BatchSession) => listDispatchesInOneBatch(db, session, query, today)
        : null;
    const page = await inSessionBatch(c, ANY_ROLE, oneBatch, (user) =>
      listDispatches(db, user, query, today),
    );
    return c.json(page);
  })
  .use(requireAuth)
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
  .get('/:id/status', requireRole('admin', 'clerk'), async (c) => {
    const id = readId(c);
    return c.json(await dispatchStatus(createDb(c.env.DB), id, vietnamDate(new Date())));
  });
