import { describe, expect, it } from 'vitest';
import { ErrorEnvelopeSchema } from '../shared/errors';
import { MAX_BODY_BYTES } from './lib/limits';
import { call } from './test/fixtures';

describe('CORS', () => {
  it.each([
    'chrome-extension://abcdefghijklmnopabcdefghijklmnop',
    'moz-extension://0f6c5b1e-4c1d-4d2a-9f0e-123456789abc',
  ])('lets the extension at %s call the API', async (origin) => {
    const res = await call('/api/health', { headers: { origin } });
    expect(res.headers.get('access-control-allow-origin')).toBe(origin);
    const preflight = await call('/api/dispatches', {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,idempotency-key',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('idempotency-key');
  });

  it('gives other web pages no access', async () => {
    const res = await call('/api/health', { headers: { origin: 'https://evil.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('request size', () => {
  it('refuses a body over the limit with 413 in the error envelope', async () => {
    const res = await call('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'a@b.vn', password: 'x'.repeat(MAX_BODY_BYTES) }),
    });
    expect(res.status).toBe(413);
    expect(ErrorEnvelopeSchema.parse(await res.json()).error.code).toBe('payload_too_large');
  });
});
