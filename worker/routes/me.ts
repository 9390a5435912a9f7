import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { createDb } from '../db/client';
import { users } from '../db/schema';
import type { AppEnv } from '../lib/types';
import { requireAuth } from '../middleware/auth';
import { toUser } from './users';

// The check is on this route alone: /api/me/inbox is mounted beside it and checks for itself,
// so a middleware on the whole /api/me prefix would look the session up twice.
export const meRoutes = new Hono<AppEnv>().get('/', requireAuth, async (c) => {
  const [row] = await createDb(c.env.DB)
    .select()
    .from(users)
    .where(eq(users.id, c.get('user').id));
  return c.json(toUser(row as typeof users.$inferSelect));
});
