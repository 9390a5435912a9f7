import { asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { ErrorEnvelopeSchema } from '../../shared/errors';
import { UserSchema } from '../../shared/schemas/auth';
import { auditLog, users } from '../db/schema';
import { bearer, call, db, json, organisation, signIn } from '../test/fixtures';

let org: Awaited<ReturnType<typeof organisation>>;
let admin: string;
beforeAll(async () => {
  org = await organisation();
  admin = await signIn('admin@example.vn');
});

const create = (body: unknown, token = admin) => call('/api/users', json('POST', body, token));
const patch = (id: number, body: unknown, token = admin) =>
  call(`/api/users/${id}`, json('PATCH', body, token));
const me = (token: string) => call('/api/me', bearer(token));

async function expectRejected(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(ErrorEnvelopeSchema.parse(await res.json()).error.code).toBe(code);
}

async function auditOf(id: number) {
  return db().select().from(auditLog).where(eq(auditLog.entityId, id)).orderBy(asc(auditLog.id));
}

describe('POST /api/users', () => {
  it('creates a user who can sign in, with the e-mail address in lower case, and audits it', async () => {
    const res = await create({
      email: 'Tu.Phap@Example.vn',
      name: 'Sở Tư pháp',
      password: 'đủ-tám-ký-tự',
      role: 'unit_head',
      unitId: org.education.id,
    });
    expect(res.status).toBe(201);
    const user = UserSchema.parse(await res.json());
    expect(user).toMatchObject({ email: 'tu.phap@example.vn', role: 'unit_head', active: true });
    // A bearer token: 32 random bytes in base64url, 43 characters with "-" and "_" among them.
    expect(await signIn('tu.phap@example.vn', 'đủ-tám-ký-tự')).toMatch(/^[\w-]{43}$/);
    const [entry] = (await auditOf(user.id)).filter((row) => row.entity === 'user');
    expect(entry).toMatchObject({ action: 'create', actorId: org.admin.id, after: user });
  });

  it('refuses a taken e-mail address (409), a short password and a unit head without a unit (422)', async () => {
    const base = { name: 'Ai đó', password: 'mật-khẩu-dài', role: 'clerk' };
    await expectRejected(await create({ ...base, email: 'VANTHU@example.vn' }), 409, 'conflict');
    const short = await create({ ...base, email: 'ngan@example.vn', password: 'ngắn' });
    expect(short.status).toBe(422);
    const details = ErrorEnvelopeSchema.parse(await short.json()).error.details as { path: string }[];
    expect(details.map((d) => d.path)).toEqual(['password']);
    await expectRejected(
      await create({ ...base, email: 'truong@example.vn', role: 'unit_head' }),
      422,
      'validation_failed',
    );
    expect(await db().select().from(users).where(eq(users.email, 'ngan@example.vn'))).toEqual([]);
  });

  it('is for admins only', async () => {
    const clerk = await signIn('vanthu@example.vn');
    const body = { email: 'x@example.vn', name: 'X', password: 'mật-khẩu-dài', role: 'clerk' };
    await expectRejected(await create(body, clerk), 403, 'forbidden');
  });
});

describe('PATCH /api/users/:id', () => {
  it('deactivates a user: their sessions stop at once and they cannot sign in; reactivating lets them back', async () => {
    const head = await signIn('sgd@example.vn');
    expect((await me(head)).status).toBe(200);
    const res = await patch(org.educationHead.id, { active: false });
    expect(res.status).toBe(200);
    expect(UserSchema.parse(await res.json()).active).toBe(false);
    expect((await me(head)).status).toBe(401);
    await expect(signIn('sgd@example.vn')).rejects.toThrow();
    expect((await patch(org.educationHead.id, { active: true })).status).toBe(200);
    expect((await me(head)).status).toBe(200);
  });

  it('resets a password: the new one works, the old one does not, and the user is signed out everywhere', async () => {
    const before = await signIn('ca@example.vn');
    const res = await patch(org.policeHead.id, { password: 'mật-khẩu-mới-1' });
    expect(res.status).toBe(200);
    expect(JSON.stringify(await res.json())).not.toContain('mật-khẩu-mới-1');
    expect((await me(before)).status).toBe(401);
    await expect(signIn('ca@example.vn')).rejects.toThrow();
    expect((await me(await signIn('ca@example.vn', 'mật-khẩu-mới-1'))).status).toBe(200);
    const entries = await auditOf(org.policeHead.id);
    const last = entries.filter((row) => row.entity === 'user').at(-1);
    expect(last?.action).toBe('update+password');
    expect(JSON.stringify(last)).not.toContain('mật-khẩu-mới-1');
  });

  it('keeps the session an admin resets their own password from', async () => {
    const other = await signIn('admin@example.vn');
    const current = await signIn('admin@example.vn');
    expect((await patch(org.admin.id, { password: 'quản-trị-mới-2' }, current)).status).toBe(200);
    expect((await me(current)).status).toBe(200);
    expect((await me(other)).status).toBe(401);
    admin = current;
  });

  it('changes role and unit together, and refuses an unknown unit with the field named', async () => {
    const res = await patch(org.clerk.id, { role: 'unit_head', unitId: org.police.id });
    expect(UserSchema.parse(await res.json())).toMatchObject({ role: 'unit_head', unitId: org.police.id });
    const unknown = await patch(org.clerk.id, { unitId: 9999 });
    expect(unknown.status).toBe(422);
    expect(ErrorEnvelopeSchema.parse(await unknown.json()).error.details).toEqual([
      { path: 'unitId', message: 'unknown unit' },
    ]);
    await patch(org.clerk.id, { role: 'clerk', unitId: org.office.id });
  });

  it('refuses an admin deactivating or demoting themselves, writing nothing', async () => {
    const count = (await db().select().from(auditLog)).length;
    await expectRejected(await patch(org.admin.id, { active: false }), 409, 'conflict');
    await expectRejected(await patch(org.admin.id, { role: 'clerk' }), 409, 'conflict');
    expect((await db().select().from(auditLog)).length).toBe(count);
    expect((await db().select().from(users).where(eq(users.id, org.admin.id)))[0]?.active).toBe(true);
  });

  it('answers 404 for an unknown user', async () => {
    await expectRejected(await patch(9999, { name: 'Không có' }), 404, 'not_found');
  });
});

describe('GET /api/users', () => {
  it('pages the users by id with nextCursor, never showing a password hash', async () => {
    const first = await call('/api/users?limit=2', bearer(admin));
    const page = (await first.json()) as { items: unknown[]; nextCursor: string | null };
    expect(page.items).toHaveLength(2);
    expect(JSON.stringify(page)).not.toMatch(/password/i);
    const second = await call(`/api/users?limit=100&cursor=${page.nextCursor}`, bearer(admin));
    const rest = (await second.json()) as { items: { id: number }[]; nextCursor: string | null };
    expect(rest.nextCursor).toBeNull();
    expect(rest.items.length).toBeGreaterThanOrEqual(3);
  });
});
