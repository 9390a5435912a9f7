/**
 * Dispatches: record, list, search, look up, distribute, acknowledge, status.
 * @module
 */
import { Hono } from 'hono';
import type { AppEnv } from '../lib/types';
import { requireAuth } from '../middleware/auth';

export const dispatchRoutes = new Hono<AppEnv>().use(requireAuth);
