import { count } from 'drizzle-orm';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { createDb } from './db/client';
import { units } from './db/schema';
import { ApiError, handleError, handleNotFound } from './lib/errors';
import { MAX_BODY_BYTES } from './lib/limits';
import type { AppEnv } from './lib/types';
import { auditRoutes } from './routes/audit';
import { authRoutes } from './routes/auth';
import { dispatchRoutes } from './routes/dispatches';
import { docsRoutes } from './routes/docs';
import { exportRoutes } from './routes/exports';
import { groupRoutes } from './routes/groups';
import { inboxRoutes } from './routes/inbox';
import { meRoutes } from './routes/me';
import { reportRoutes } from './routes/reports';
import { statusExportRoutes } from './routes/status-export';
import { dispatchTaskRoutes, taskRoutes } from './routes/tasks';
import { unitRoutes } from './routes/units';
import { userRoutes } from './routes/users';
import { runScheduled } from './scheduled';

/** Browser extensions (Chrome, Edge, Firefox) and the configured dashboard origin. */
function allowedOrigin(origin: string, dashboardOrigin: string | undefined): string | null {
  if (/^(chrome|moz|safari-web)-extension:\/\/[a-z0-9-]+$/i.test(origin)) return origin;
  if (dashboardOrigin && origin === dashboardOrigin) return origin;
  return null;
}

export const app = new Hono<AppEnv>()
  .use(
    '/api/*',
    cors({
      origin: (origin, c) => allowedOrigin(origin, (c.env as Env).DASHBOARD_ORIGIN),
      allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key'],
      exposeHeaders: ['Idempotent-Replayed', 'Retry-After', 'Content-Disposition'],
      allowMethods: ['GET', 'POST', 'PATCH', 'OPTIONS'],
      maxAge: 600,
    }),
  )
  .use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new ApiError(413, 'payload_too_large', `The body is larger than ${MAX_BODY_BYTES} bytes`);
      },
    }),
  )
  .get('/api/health', async (c) => {
    try {
      await createDb(c.env.DB).select({ n: count() }).from(units);
    } catch (cause) {
      console.error(cause);
      throw new ApiError(503, 'unavailable', 'Database is unavailable');
    }
    return c.json({ ok: true, service: 'dispatch-tracker', db: 'ok' } as const);
  })
  .route('/api', docsRoutes)
  .route('/api/auth', authRoutes)
  .route('/api/me', meRoutes)
  .route('/api/me', inboxRoutes)
  .route('/api/users', userRoutes)
  .route('/api/units', unitRoutes)
  .route('/api/groups', groupRoutes)
  .route('/api/dispatches', dispatchRoutes)
  .route('/api/dispatches', dispatchTaskRoutes)
  .route('/api/dispatches', statusExportRoutes)
  .route('/api/tasks', taskRoutes)
  .route('/api/reports', reportRoutes)
  .route('/api/export', exportRoutes)
  .route('/api/audit', auditRoutes)
  .notFound(handleNotFound)
  .onError(handleError);

export type AppType = typeof app;

export default {
  fetch: app.fetch,
  scheduled: (controller, env, ctx) => {
    ctx.waitUntil(runScheduled(env, new Date(controller.scheduledTime)));
  },
} satisfies ExportedHandler<Env>;
