/**
 * Statements batched on D1 directly, and id lists bound as one JSON parameter.
 *
 * - drizzle's `db.batch` cannot take `db.run(sql)` with parameters (drizzle-orm 0.45 looks for a
 *   prepared statement a raw query does not have); `statement` turns a drizzle `sql` template or
 *   query builder into a D1 statement, and `runBatch` runs them as one transaction.
 * - D1 binds at most 100 parameters per statement, so a list of ids (up to 200 coordinating
 *   units) goes in as one JSON array read back with `json_each`.
 * @module
 */
import { type Column, type SQL, sql } from 'drizzle-orm';
import { SQLiteAsyncDialect } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/client';

const dialect = new SQLiteAsyncDialect();

/** One D1 statement: values become bound parameters. */
export function statement(db: Db, query: SQL | { toSQL(): { sql: string; params: unknown[] } }) {
  const { sql: text, params } = 'toSQL' in query ? query.toSQL() : dialect.sqlToQuery(query);
  return db.$client.prepare(text).bind(...params);
}

/** Runs the statements as one D1 batch, which is one transaction. */
export function runBatch(db: Db, statements: D1PreparedStatement[]): Promise<D1Result[]> {
  return db.$client.batch(statements);
}

/** The ids as rows (`value`) of a table expression, bound as a single parameter. */
export function idRows(ids: readonly number[]): SQL {
  return sql`json_each(${JSON.stringify(ids)})`;
}

/** `column in ids`, however many ids there are. */
export function inIds(column: Column, ids: readonly number[]): SQL {
  return sql`${column} in (select value from ${idRows(ids)})`;
}
