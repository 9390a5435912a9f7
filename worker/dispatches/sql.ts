/**
 * Small SQL helpers shared by the dispatch modules.
 * @module
 */
import { type Query, type SQL, sql } from 'drizzle-orm';
import type { D1PreparedQuery } from 'drizzle-orm/d1';
import { SQLiteAsyncDialect } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/client';

/** Seconds since the epoch: how drizzle stores `mode: 'timestamp'` columns. */
export function unixSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

/**
 * `value IN (…)` over a JSON array bound as ONE parameter: D1 allows at most 100 bound
 * parameters a statement, and lists here go up to 500.
 */
export function inJson(column: SQL | SQL.Aliased | string, values: readonly (string | number)[]): SQL {
  const target = typeof column === 'string' ? sql.raw(column) : column;
  return sql`${target} IN (SELECT value FROM json_each(${JSON.stringify(values)}))`;
}

/** Whether an error, or one it wraps (drizzle wraps D1's in `cause`), has a message matching `pattern`. */
export function errorSays(error: unknown, pattern: RegExp): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    if (pattern.test(e instanceof Error ? e.message : String(e))) return true;
    e = e instanceof Error ? e.cause : undefined;
  }
  return false;
}

/** Whether a D1 error (possibly wrapped by drizzle) is a UNIQUE or PRIMARY KEY violation. */
export function isUniqueViolation(error: unknown): boolean {
  return errorSays(error, /UNIQUE constraint failed|SQLITE_CONSTRAINT_(UNIQUE|PRIMARYKEY)/i);
}

/** Waits `ms` milliseconds (polling for a concurrent request's answer). */
export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

const dialect = new SQLiteAsyncDialect();

/** A statement for `runBatch`: raw SQL, or a drizzle query builder (insert, update, delete). */
export type BatchStatement = SQL | { toSQL(): Query };

/**
 * Runs statements as one D1 batch, i.e. one transaction: all apply or none. drizzle's own
 * `db.batch` cannot take raw SQL with parameters (it reads a prepared statement that raw
 * queries do not have), and the dispatch writes need INSERT … SELECT, so they come here.
 */
export async function runBatch(db: Db, statements: readonly BatchStatement[]): Promise<D1Result[]> {
  if (statements.length === 0) return [];
  const d1 = db.$client;
  return d1.batch(
    statements.map((statement) => {
      const query = 'toSQL' in statement ? statement.toSQL() : dialect.sqlToQuery(statement);
      return d1.prepare(query.sql).bind(...query.params);
    }),
  );
}

/**
 * The rows of a drizzle select that ran in `runBatch`, mapped as drizzle maps the rows of its
 * own batches (by position: aliases and timestamps come out as when the select runs alone).
 */
export function batchRows<Q extends PromiseLike<unknown[]> & { prepare(): unknown }>(
  query: Q,
  result: D1Result,
): Awaited<Q> {
  return (query.prepare() as D1PreparedQuery).mapAllResult(result, true) as Awaited<Q>;
}
