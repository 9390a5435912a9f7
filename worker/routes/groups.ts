/**
 * Unit groups: POST/GET/PATCH /api/groups (admin; GET for every signed-in user).
 * @module
 */
import { Hono } from 'hono';
import type { AppEnv } from '../lib/types';
import { requireAuth } from '../middleware/auth';

export const groupRoutes = new Hono<AppEnv>().use(requireAuth);
