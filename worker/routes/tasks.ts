/**
 * Tasks. `POST /api/dispatches/:id/tasks` assigns (admin, clerk); `GET /api/tasks` and
 * `GET /api/tasks/:id` show tasks with their history to whoever may see them; `PATCH
 * /api/tasks/:id` is the lead unit's (and admins') report. Access rules: worker/tasks/access.ts;
 * status rules: worker/tasks/transition.ts.
 * @module
 */
import { and, asc, eq, exists, gt, or, type SQL } from 'drizzle-orm';
import { Hono } from 'hono';
import { TaskCreateSchema, TaskListQuerySchema, TaskPatchSchema } from '../../shared/schemas/task';
import { createDb, type Db } from '../db/client';
import { tasks, taskUnits } from '../db/schema';
import { decodeCursor, encodeCursor } from '../lib/cursor';
import { ApiError } from '../lib/errors';
import type { AppEnv, SessionUser } from '../lib/types';
import { readId, readJson, readQuery } from '../lib/validate';
import { requireAuth, requireRole } from '../middleware/auth';
import { taskAccess } from '../tasks/access';
import { createTask } from '../tasks/create';
import { reportOnTask } from '../tasks/report';
import { loadTask, loadUpdates, toTasks } from '../tasks/store';

/** The task and what the caller may do with it; 404 when they may not see it. */
async function visibleTask(db: Db, user: SessionUser, id: number) {
  const task = await loadTask(db, id);
  const access = task ? taskAccess(user, task) : null;
  if (!task || !access?.see) throw new ApiError(404, 'not_found', 'No such task');
  return { task, access };
}

/** Tasks unit `unitId` leads or coordinates. */
function involving(db: Db, unitId: number): SQL | undefined {
  return or(
    eq(tasks.leadUnitId, unitId),
    exists(
      db
        .select({ unitId: taskUnits.unitId })
        .from(taskUnits)
        .where(and(eq(taskUnits.taskId, tasks.id), eq(taskUnits.unitId, unitId))),
    ),
  );
}

export const taskRoutes = new Hono<AppEnv>()
  .use(requireAuth)
  .get('/', async (c) => {
    const query = readQuery(c, TaskListQuerySchema);
    const after = decodeCursor(query.cursor);
    const user = c.get('user');
    const db = createDb(c.env.DB);
    // A unit head's list is limited to their unit's tasks whatever the filters say.
    const own = user.role === 'unit_head' ? involving(db, user.unitId ?? -1) : undefined;
    const rows = await db
      .select()
      .from(tasks)
      .where(
        and(
          own,
          query.unitId === undefined ? undefined : involving(db, query.unitId),
          query.status === undefined ? undefined : eq(tasks.status, query.status),
          query.dispatchId === undefined ? undefined : eq(tasks.dispatchId, query.dispatchId),
          after === null ? undefined : gt(tasks.id, after),
        ),
      )
      .orderBy(asc(tasks.id))
      .limit(query.limit + 1);
    const items = await toTasks(db, rows.slice(0, query.limit));
    return c.json({
      items,
      nextCursor: rows.length > query.limit ? encodeCursor(items[items.length - 1]?.id ?? 0) : null,
    });
  })
  .get('/:id', async (c) => {
    const id = readId(c);
    const db = createDb(c.env.DB);
    const { task, access } = await visibleTask(db, c.get('user'), id);
    return c.json({ ...task, updates: await loadUpdates(db, id, access.readNotes) });
  })
  .patch('/:id', async (c) => {
    const id = readId(c);
    const db = createDb(c.env.DB);
    const user = c.get('user');
    const { task, access } = await visibleTask(db, user, id);
    if (!access.report) {
      throw new ApiError(403, 'forbidden', "Only the lead unit's head or an admin reports on a task");
    }
    const body = await readJson(c, TaskPatchSchema);
    const after = await reportOnTask(db, user, task, body);
    return c.json({ ...after, updates: await loadUpdates(db, id, access.readNotes) });
  });

/** POST /api/dispatches/:id/tasks, mounted beside the dispatch routes. */
export const dispatchTaskRoutes = new Hono<AppEnv>()
  .use(requireAuth)
  .post('/:id/tasks', requireRole('admin', 'clerk'), async (c) => {
    const dispatchId = readId(c);
    const body = await readJson(c, TaskCreateSchema);
    const task = await createTask(createDb(c.env.DB), c.get('user'), dispatchId, body);
    return c.json(task, 201);
  });
