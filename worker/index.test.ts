import { env } from 'cloudflare:workers';
import { testClient } from 'hono/testing';
import { describe, expect, it } from 'vitest';
import { ErrorEnvelopeSchema } from '../shared/errors';
import { app } from './index';

describe('GET /api/health', () => {
  it('answers 200 after reading the database', async () => {
    const res = await testClient(app, env).api.health.$get();

    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, service: 'dispatch-tracker', db: 'ok' });
  });
});

describe('unknown routes', () => {
  it('answer 404 in the error envelope', async () => {
    const res = await app.request('/api/no-such-route', {}, env);

    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = ErrorEnvelopeSchema.parse(await res.json());
    expect(body.error.code).toBe('not_found');
    expect(body.error.message).toContain('/api/no-such-route');
  });
});
