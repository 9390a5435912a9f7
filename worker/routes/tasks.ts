/**
 * Tasks: GET/PATCH /api/tasks/:id (lead unit head, admin) and their history.
 * @module
 */
import { Hono } from 'hono';
import type { AppEnv } from '../lib/types';
import { requireAuth } from '../middleware/auth';

export const taskRoutes = new Hono<AppEnv>().use(requireAuth);

/** POST /api/dispatches/:id/tasks, mounted beside the dispatch routes. */
export const dispatchTaskRoutes = new Hono<AppEnv>().use(requireAuth);
