/**
 * The dispatch × unit matrix of one dispatch as CSV or Excel, for the admins and clerks who
 * may read that matrix (`GET /api/dispatches/:id/status`): the same rows, ready to send round.
 * @module
 */
import { eq } from 'drizzle-orm';
import { type Context, Hono } from 'hono';
import { createDb } from '../db/client';
import { dispatches } from '../db/schema';
import { dispatchStatus } from '../dispatches/detail';
import { STATUS_HEADER, statusFileName, statusRows } from '../exports/status-rows';
import { csvResponse } from '../lib/csv';
import { vietnamDate } from '../lib/dates';
import { ApiError } from '../lib/errors';
import type { AppEnv } from '../lib/types';
import { readId } from '../lib/validate';
import { xlsxResponse } from '../lib/xlsx';
import { requireAuth, requireRole } from '../middleware/auth';

async function matrix(c: Context<AppEnv>) {
  const id = readId(c);
  const db = createDb(c.env.DB);
  const [dispatch] = await db
    .select({ symbol: dispatches.symbol, subject: dispatches.subject })
    .from(dispatches)
    .where(eq(dispatches.id, id));
  if (!dispatch) throw new ApiError(404, 'not_found', 'No such dispatch');
  const status = await dispatchStatus(db, id, vietnamDate(new Date()));
  return { name: statusFileName(dispatch.symbol), rows: statusRows(dispatch, status) };
}

async function* once(rows: unknown[][]) {
  yield rows;
}

// Mounted beside the other /api/dispatches routes: the checks go on each route, since a
// `.use` here would apply to all of /api/dispatches/* (unit heads' acks included).
export const statusExportRoutes = new Hono<AppEnv>()
  .get('/:id/status.csv', requireAuth, requireRole('admin', 'clerk'), async (c) => {
    const { name, rows } = await matrix(c);
    return csvResponse(`${name}.csv`, STATUS_HEADER, once(rows));
  })
  .get('/:id/status.xlsx', requireAuth, requireRole('admin', 'clerk'), async (c) => {
    const { name, rows } = await matrix(c);
    return xlsxResponse(`${name}.xlsx`, 'Tình hình', STATUS_HEADER, [rows]);
  });
