/**
 * `Idempotency-Key` for POST /api/dispatches: the same key from the same user gets the first
 * answer (status and body) and records nothing new.
 *
 * The key is claimed BEFORE the work, with a placeholder row (status 0) whose primary key
 * (user, key) lets exactly one request win. The others wait for the winner's answer and replay
 * it. A request that fails releases its claim, so the client may retry with a corrected body;
 * only successful answers are remembered. A claim left behind by a request that died is taken
 * over after CLAIM_STALE_SECONDS.
 *
 * The common case, a key never used before, skips the separate claim: the claim, the work and
 * the answer are one batch (claimStatement, storeStatement), so the placeholder is never seen.
 * Only when that batch is refused does the request claim as above.
 * @module
 */
import { and, eq, lte, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { idempotencyKeys } from '../db/schema';
import { ApiError } from '../lib/errors';
import { pause, unixSeconds } from './sql';

/** Stored keys are prefixed with the route, so other routes may use the same table. */
const SCOPE = 'POST /api/dispatches ';
const PENDING = 0;
const CLAIM_STALE_SECONDS = 30;
/** How long a duplicate request waits for the first one to finish before a 409. */
const WAIT_MS = 10_000;

export interface StoredAnswer {
  status: number;
  body: string;
}

export type Claim = { kind: 'owner' } | { kind: 'replay'; answer: StoredAnswer };

export class IdempotencyKey {
  private readonly key: string;

  constructor(
    private readonly db: Db,
    /** The user's id, or a SQL sub-select of it when the session is checked in the batch. */
    private readonly userId: number | SQL,
    clientKey: string,
  ) {
    this.key = SCOPE + clientKey;
  }

  private where() {
    return and(eq(idempotencyKeys.userId, this.userId), eq(idempotencyKeys.key, this.key));
  }

  /** Own the key, or get the answer already given under it (waiting while it is being made). */
  async claim(): Promise<Claim> {
    const deadline = Date.now() + WAIT_MS;
    for (let wait = 10; ; wait = Math.min(wait * 2, 200)) {
      const now = new Date();
      const won = await this.db
        .insert(idempotencyKeys)
        .values({ userId: this.userId, key: this.key, status: PENDING, body: '', createdAt: now })
        .onConflictDoNothing()
        .returning({ key: idempotencyKeys.key });
      if (won.length > 0) return { kind: 'owner' };
      const [row] = await this.db.select().from(idempotencyKeys).where(this.where());
      if (row && row.status !== PENDING)
        return { kind: 'replay', answer: { status: row.status, body: row.body } };
      if (row && unixSeconds(row.createdAt) <= unixSeconds(now) - CLAIM_STALE_SECONDS) {
        const taken = await this.db
          .update(idempotencyKeys)
          .set({ createdAt: now })
          .where(
            and(
              this.where(),
              eq(idempotencyKeys.status, PENDING),
              lte(idempotencyKeys.createdAt, row.createdAt),
            ),
          )
          .returning({ key: idempotencyKeys.key });
        if (taken.length > 0) return { kind: 'owner' };
      }
      // row missing: its owner failed and released it; loop to claim it.
      if (Date.now() >= deadline) {
        throw new ApiError(409, 'conflict', 'A request with this Idempotency-Key is still being processed');
      }
      if (row) await pause(wait);
    }
  }

  /**
   * The claim as a plain INSERT for the batch that does the work (create.ts): a key already
   * claimed or answered makes it fail, and the batch with it, and nothing is written.
   */
  claimStatement(now = new Date()) {
    return this.db
      .insert(idempotencyKeys)
      .values({ userId: this.userId, key: this.key, status: PENDING, body: '', createdAt: now });
  }

  /** Remember the answer for the next request with this key. */
  async store(answer: StoredAnswer): Promise<void> {
    await this.storeStatement(answer.status, answer.body);
  }

  /**
   * The same as a statement, to run in the batch that makes the answer (the body may be SQL
   * reading what the batch wrote): one D1 round trip fewer, and no moment where the work is
   * done but the answer not yet kept.
   */
  storeStatement(status: number, body: string | SQL) {
    return this.db
      .update(idempotencyKeys)
      .set({ status, body })
      .where(and(this.where(), eq(idempotencyKeys.status, PENDING)));
  }

  /** Give the key up after a failure, so a corrected retry is processed afresh. */
  async release(): Promise<void> {
    await this.db.delete(idempotencyKeys).where(and(this.where(), eq(idempotencyKeys.status, PENDING)));
  }
}
