/**
 * The whole API's route × role table, from the route catalogue the OpenAPI document is built
 * from: a caller the catalogue does not list is refused (401 signed out, 403 signed in) with
 * a valid body and nothing changes; a listed caller gets past the role check.
 */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { ErrorEnvelopeSchema } from '../shared/errors';
import { type Caller, ROUTES, type RouteSpec } from './openapi/catalogue';
import { call, createGroup, json, organisation, signIn } from './test/fixtures';
import { addRecipients, createDispatch, insertTask } from './test/task-fixtures';

let org: Awaited<ReturnType<typeof organisation>>;
const tokens: Partial<Record<Caller, string>> = {};
let ids: Record<string, number>;

beforeAll(async () => {
  org = await organisation();
  tokens.admin = await signIn('admin@example.vn');
  tokens.clerk = await signIn('vanthu@example.vn');
  tokens.unit_head = await signIn('ca@example.vn');
  const group = await createGroup('Sở, ban, ngành', [org.police.id, org.education.id]);
  const dispatch = await createDispatch(org.clerk.id);
  await addRecipients(dispatch.id, [org.police.id], org.clerk.id);
  const task = await insertTask({
    dispatchId: dispatch.id,
    title: 'Đánh giá phong trào',
    leadUnitId: org.police.id,
    createdBy: org.admin.id,
  });
  ids = {
    units: org.police.id,
    groups: group.id,
    users: org.clerk.id,
    dispatches: dispatch.id,
    tasks: task.id,
  };
});

/** A body each route accepts, so that a refusal can only come from the role check. */
function validBody(route: RouteSpec): unknown {
  const bodies: Record<string, unknown> = {
    'POST /api/auth/login': { email: 'ca@example.vn', password: 'wrong-password' },
    'POST /api/units': { code: 'STP', name: 'Sở Tư pháp', kind: 'department' },
    'PATCH /api/units/:id': { name: 'Công an tỉnh Hà Tĩnh' },
    'POST /api/groups': { name: 'Khối nội chính', unitIds: [org.police.id] },
    'PATCH /api/groups/:id': { name: 'Các sở, ban, ngành' },
    'POST /api/users': {
      email: 'moi@example.vn',
      name: 'Người mới',
      password: 'mat-khau-moi',
      role: 'clerk',
    },
    'PATCH /api/users/:id': { name: 'Văn thư' },
    'POST /api/dispatches': { symbol: '77/UBND-VP', subject: 'về việc thử quyền' },
    'POST /api/dispatches/:id/recipients': { unitIds: [org.education.id] },
    'POST /api/dispatches/:id/ack': { note: 'Đã nhận' },
    'POST /api/dispatches/:id/tasks': { title: 'Báo cáo', leadUnitId: org.police.id },
    'PATCH /api/tasks/:id': { progress: 10 },
  };
  return bodies[`${route.method} ${route.path}`] ?? {};
}

function pathOf(route: RouteSpec): string {
  const resource = route.path.split('/')[2] as string;
  return route.path
    .replace(':id', String(ids[resource] ?? 1))
    .concat(route.path === '/api/dispatches/lookup' ? '?keys=1/X' : '');
}

async function tableCounts() {
  const tables = [
    'units',
    'unit_groups',
    'users',
    'dispatches',
    'recipients',
    'tasks',
    'task_updates',
    'audit_log',
  ];
  const counts: Record<string, unknown> = {};
  for (const table of tables)
    counts[table] = (await env.DB.prepare(`SELECT count(*) AS n FROM ${table}`).first())?.n;
  return counts;
}

const CALLERS: Caller[] = ['anonymous', 'admin', 'clerk', 'unit_head'];
const cases = ROUTES.filter((route) => route.path !== '/api/auth/logout').flatMap((route) =>
  CALLERS.map((caller) => ({ route, caller, allowed: route.callers.includes(caller) })),
);

describe('route × role (every catalogued route)', () => {
  it.each(
    cases.filter((c) => !c.allowed).map((c) => [`${c.route.method} ${c.route.path}`, c.caller, c] as const),
  )('%s refuses %s', async (_, caller, { route }) => {
    const before = await tableCounts();
    const token = tokens[caller];
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    const init: RequestInit =
      route.method === 'GET' ? { headers } : json(route.method, validBody(route), token);
    const res = await call(pathOf(route), init);
    expect(res.status).toBe(caller === 'anonymous' ? 401 : 403);
    expect(ErrorEnvelopeSchema.safeParse(await res.json()).success).toBe(true);
    expect(await tableCounts()).toEqual(before);
  });

  it.each(
    cases
      .filter((c) => c.allowed && c.caller !== 'anonymous')
      .map((c) => [`${c.route.method} ${c.route.path}`, c.caller, c] as const),
  )('%s lets %s past the role check', async (_, caller, { route }) => {
    const token = tokens[caller] as string;
    // A body that breaks the schema: the answer shows the role check passed, and nothing is written.
    const init =
      route.method === 'GET'
        ? { headers: { authorization: `Bearer ${token}` } }
        : json(route.method, { unexpected: true }, token);
    const res = await call(pathOf(route), init);
    expect([401, 403]).not.toContain(res.status);
    expect(res.status).toBeLessThan(500);
  });

  it('signs out only a signed-in caller', async () => {
    expect((await call('/api/auth/logout', { method: 'POST' })).status).toBe(401);
    const token = await signIn('sgd@example.vn');
    expect((await call('/api/auth/logout', json('POST', {}, token))).status).toBe(200);
  });
});
