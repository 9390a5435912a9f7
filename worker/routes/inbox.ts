/**
 * `GET /api/me/inbox`: what the signed-in user must act on, with exact counts — the reminders
 * the extension's badge and notifications are built from (worker/inbox/load.ts).
 * @module
 */
import { Hono } from 'hono';
import { InboxQuerySchema } from '../../shared/schemas/inbox';
import { loadInbox } from '../inbox/load';
import type { AppEnv } from '../lib/types';
import { readQuery } from '../lib/validate';
import { requireAuth } from '../middleware/auth';

export const inboxRoutes = new Hono<AppEnv>().use(requireAuth).get('/inbox', async (c) => {
  const { soonDays } = readQuery(c, InboxQuerySchema);
  return c.json(await loadInbox(c.env.DB, c.get('user'), soonDays, new Date()));
});
