import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { createDb } from '../db/client';
import { users } from '../db/schema';
import type { AppEnv } from '../lib/types';
import { requireAuth } from '../middleware/auth';
import { toUser } from './users';

export const meRoutes = new Hono<AppEnv>().use(requireAuth).get('/', async (c) => {
  const [row] = await createDb(c.env.DB)
    .select()
    .from(users)
    .where(eq(users.id, c.get('user').id));
  return c.json(toUser(row as typeof users.$inferSelect));
});
