/**
 * Building an organisation for a test directly in D1, and signing in through the API.
 * Each test file gets its own database (isolated storage), so ids start afresh.
 * @module
 */
import { env } from 'cloudflare:workers';
import type { Role } from '../../shared/schemas/auth';
import { createDb } from '../db/client';
import { unitGroupMembers, unitGroups, units, users } from '../db/schema';
import { app } from '../index';
import { hashPassword } from '../lib/passwords';

export const PASSWORD = 'mật-khẩu-đủ-dài';
let passwordHash: Promise<string> | undefined;

export function db() {
  return createDb(env.DB);
}

export async function createUnit(code: string, name = `Đơn vị ${code}`, kind = 'department') {
  const [row] = await db().insert(units).values({ code, name, kind }).returning();
  return row as typeof units.$inferSelect;
}

export async function createGroup(name: string, unitIds: number[]) {
  const [group] = await db().insert(unitGroups).values({ name }).returning();
  const id = (group as typeof unitGroups.$inferSelect).id;
  if (unitIds.length > 0)
    await db()
      .insert(unitGroupMembers)
      .values(unitIds.map((unitId) => ({ groupId: id, unitId })));
  return { id, name, unitIds };
}

export async function createUser(email: string, role: Role, unitId: number | null = null, active = true) {
  passwordHash ??= hashPassword(PASSWORD);
  const [row] = await db()
    .insert(users)
    .values({
      email,
      name: email.split('@')[0] as string,
      role,
      unitId,
      active,
      passwordHash: await passwordHash,
    })
    .returning();
  return row as typeof users.$inferSelect;
}

export async function signIn(email: string, password = PASSWORD): Promise<string> {
  const res = await app.request('/api/auth/login', json('POST', { email, password }), env);
  if (res.status !== 200) throw new Error(`sign-in of ${email} answered ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}

/** Request init for a JSON body, with an optional bearer token and extra headers. */
export function json(
  method: string,
  body: unknown,
  token?: string,
  headers: Record<string, string> = {},
): RequestInit {
  return {
    method,
    body: JSON.stringify(body),
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
  };
}

export function bearer(token: string, init: RequestInit = {}): RequestInit {
  return {
    ...init,
    headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${token}` },
  };
}

export function call(path: string, init: RequestInit = {}) {
  return app.request(path, init, env);
}

/** A typical organisation: an admin, a clerk, two departments with their heads. */
export async function organisation() {
  const office = await createUnit('VP', 'Văn phòng UBND tỉnh', 'agency');
  const police = await createUnit('CA', 'Công an tỉnh', 'department');
  const education = await createUnit('SGDĐT', 'Sở Giáo dục và Đào tạo', 'department');
  const admin = await createUser('admin@example.vn', 'admin', office.id);
  const clerk = await createUser('vanthu@example.vn', 'clerk', office.id);
  const policeHead = await createUser('ca@example.vn', 'unit_head', police.id);
  const educationHead = await createUser('sgd@example.vn', 'unit_head', education.id);
  return { office, police, education, admin, clerk, policeHead, educationHead };
}
