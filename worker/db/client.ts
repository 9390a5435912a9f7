import { drizzle } from 'drizzle-orm/d1';
import * as schema from './schema';

/**
 * One drizzle instance per D1 binding: building one walks the whole schema (about 8% of a list
 * request's CPU in a profile), and the binding is the same object from request to request.
 */
const instances = new WeakMap<D1Database, ReturnType<typeof build>>();

const build = (d1: D1Database) => drizzle(d1, { schema });

export function createDb(d1: D1Database) {
  let db = instances.get(d1);
  if (!db) {
    db = build(d1);
    instances.set(d1, db);
  }
  return db;
}

export type Db = ReturnType<typeof createDb>;
