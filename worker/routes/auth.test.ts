import { beforeAll, describe, expect, it } from 'vitest';
import { ErrorEnvelopeSchema } from '../../shared/errors';
import { LoginResponseSchema } from '../../shared/schemas/auth';
import { sessions } from '../db/schema';
import { bearer, call, createUser, db, json, organisation, PASSWORD, signIn } from '../test/fixtures';

let org: Awaited<ReturnType<typeof organisation>>;
beforeAll(async () => {
  org = await organisation();
  await createUser('nghi@example.vn', 'clerk', org.office.id, false);
});

describe('POST /api/auth/login', () => {
  it('returns a token and the user, case-insensitively on the address', async () => {
    const res = await call(
      '/api/auth/login',
      json('POST', { email: 'VanThu@Example.vn', password: PASSWORD }),
    );
    expect(res.status).toBe(200);
    const body = LoginResponseSchema.parse(await res.json());
    expect(body.user).toEqual({
      id: org.clerk.id,
      name: 'vanthu',
      email: 'vanthu@example.vn',
      role: 'clerk',
      unitId: org.office.id,
    });
    const me = await call('/api/me', bearer(body.token));
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ id: org.clerk.id, role: 'clerk' });
  });

  it('gives the same 401 for a wrong password, an unknown user and an inactive user', async () => {
    const answers = await Promise.all(
      [
        { email: 'ca@example.vn', password: 'sai-mat-khau' },
        { email: 'khong-co@example.vn', password: PASSWORD },
        { email: 'nghi@example.vn', password: PASSWORD },
      ].map(async (credentials) => {
        const res = await call('/api/auth/login', json('POST', credentials));
        return { status: res.status, body: await res.json() };
      }),
    );
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(answers[0]?.status).toBe(401);
    expect(ErrorEnvelopeSchema.parse(answers[0]?.body).error.code).toBe('unauthorized');
  });

  it('refuses an address with 429 after five failures, even with the right password', async () => {
    await createUser('doan@example.vn', 'clerk', org.office.id);
    for (let i = 0; i < 5; i++) {
      const res = await call(
        '/api/auth/login',
        json('POST', { email: 'doan@example.vn', password: `sai-${i}` }),
      );
      expect(res.status).toBe(401);
    }
    const res = await call('/api/auth/login', json('POST', { email: 'doan@example.vn', password: PASSWORD }));
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('answers bad bodies with 400 or 422', async () => {
    expect(
      (
        await call('/api/auth/login', {
          method: 'POST',
          body: '{"email":',
          headers: { 'content-type': 'application/json' },
        })
      ).status,
    ).toBe(400);
    expect((await call('/api/auth/login', json('POST', { email: 'x' }))).status).toBe(422);
    expect(
      (
        await call(
          '/api/auth/login',
          json('POST', { email: 'ca@example.vn', password: PASSWORD, admin: true }),
        )
      ).status,
    ).toBe(422);
  });
});

describe('tokens', () => {
  it('stop working after sign-out', async () => {
    const token = await signIn('ca@example.vn');
    expect((await call('/api/auth/logout', bearer(token, { method: 'POST' }))).status).toBe(200);
    expect((await call('/api/me', bearer(token))).status).toBe(401);
  });

  it('stop working when they expire', async () => {
    const token = await signIn('sgd@example.vn');
    await db()
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) });
    expect((await call('/api/me', bearer(token))).status).toBe(401);
  });

  it('are required, and must be well-formed', async () => {
    expect((await call('/api/me')).status).toBe(401);
    expect((await call('/api/me', { headers: { authorization: 'Bearer x' } })).status).toBe(401);
    expect((await call('/api/me', { headers: { authorization: `Basic ${btoa('a:b')}` } })).status).toBe(401);
  });

  it('are stored only as hashes', async () => {
    const token = await signIn('admin@example.vn');
    const rows = await db().select().from(sessions);
    expect(rows.some((row) => row.tokenHash === token)).toBe(false);
  });
});
