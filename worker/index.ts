import { count } from 'drizzle-orm';
import { Hono } from 'hono';
import { createDb } from './db/client';
import { units } from './db/schema';
import { ApiError, handleError, handleNotFound } from './lib/errors';
import type { AppEnv } from './lib/types';

export const app = new Hono<AppEnv>()
  .get('/api/health', async (c) => {
    try {
      await createDb(c.env.DB).select({ n: count() }).from(units);
    } catch (cause) {
      console.error(cause);
      throw new ApiError(503, 'unavailable', 'Database is unavailable');
    }
    return c.json({ ok: true, service: 'dispatch-tracker', db: 'ok' } as const);
  })
  .notFound(handleNotFound)
  .onError(handleError);

export type AppType = typeof app;

export default {
  fetch: app.fetch,
} satisfies ExportedHandler<Env>;
