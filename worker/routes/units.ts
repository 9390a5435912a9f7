/**
 * Units: POST/GET/PATCH /api/units (admin; GET for every signed-in user).
 * @module
 */
import { Hono } from 'hono';
import type { AppEnv } from '../lib/types';
import { requireAuth } from '../middleware/auth';

export const unitRoutes = new Hono<AppEnv>().use(requireAuth);
