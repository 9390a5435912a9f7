/**
 * Who may call each dispatch route (route × role), and the catalogue of bad input: never a
 * 500, always the error envelope, and nothing changed by a rejected request.
 */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { ErrorEnvelopeSchema } from '../../shared/errors';
import { encodeCursor } from '../lib/cursor';
import {
  get,
  post,
  record,
  type SignedInOrganisation,
  signedInOrganisation,
} from '../test/dispatch-fixtures';
import { call } from '../test/fixtures';

let org: SignedInOrganisation;
let dispatchId: number;
beforeAll(async () => {
  org = await signedInOrganisation();
  dispatchId = (await record(org.tokens.clerk, { recipientUnitIds: [org.police.id] })).body.id;
});

/** Row counts of every table a dispatch route writes. */
async function snapshot() {
  const tables = [
    'dispatches',
    'dispatches_fts',
    'dispatch_cites',
    'recipients',
    'audit_log',
    'idempotency_keys',
  ];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    counts[table] =
      (await env.DB.prepare(`SELECT count(*) AS n FROM ${table}`).first<{ n: number }>())?.n ?? -1;
  }
  const acks = await env.DB.prepare(
    'SELECT count(*) AS n FROM recipients WHERE acknowledged_at IS NOT NULL',
  ).first<{
    n: number;
  }>();
  return { ...counts, acks: acks?.n };
}

type Caller = 'anonymous' | 'admin' | 'clerk' | 'addressedHead' | 'otherHead';

describe('route × role', () => {
  const cases: {
    route: string;
    request: () => { method: string; path: string; body?: unknown };
    expected: Record<Caller, number>;
  }[] = [
    {
      route: 'POST /api/dispatches',
      request: () => ({
        method: 'POST',
        path: '/api/dispatches',
        body: { symbol: `${Math.floor(Math.random() * 1e9)}/RT-X`, subject: 'x' },
      }),
      expected: { anonymous: 401, admin: 201, clerk: 201, addressedHead: 403, otherHead: 403 },
    },
    {
      route: 'GET /api/dispatches',
      request: () => ({ method: 'GET', path: '/api/dispatches?limit=5' }),
      expected: { anonymous: 401, admin: 200, clerk: 200, addressedHead: 200, otherHead: 200 },
    },
    {
      route: 'GET /api/dispatches/lookup',
      request: () => ({ method: 'GET', path: '/api/dispatches/lookup?keys=1/A-B' }),
      expected: { anonymous: 401, admin: 200, clerk: 200, addressedHead: 200, otherHead: 200 },
    },
    {
      route: 'GET /api/dispatches/:id',
      request: () => ({ method: 'GET', path: `/api/dispatches/${dispatchId}` }),
      expected: { anonymous: 401, admin: 200, clerk: 200, addressedHead: 200, otherHead: 404 },
    },
    {
      route: 'POST /api/dispatches/:id/recipients',
      request: () => ({
        method: 'POST',
        path: `/api/dispatches/${dispatchId}/recipients`,
        body: { unitIds: [org.police.id] },
      }),
      expected: { anonymous: 401, admin: 200, clerk: 200, addressedHead: 403, otherHead: 403 },
    },
    {
      route: 'POST /api/dispatches/:id/ack',
      request: () => ({ method: 'POST', path: `/api/dispatches/${dispatchId}/ack`, body: {} }),
      expected: { anonymous: 401, admin: 403, clerk: 403, addressedHead: 200, otherHead: 404 },
    },
    {
      route: 'GET /api/dispatches/:id/status',
      request: () => ({ method: 'GET', path: `/api/dispatches/${dispatchId}/status` }),
      expected: { anonymous: 401, admin: 200, clerk: 200, addressedHead: 403, otherHead: 403 },
    },
  ];
  const tokenOf = (caller: Caller): string | undefined =>
    ({
      anonymous: undefined,
      admin: org.tokens.admin,
      clerk: org.tokens.clerk,
      addressedHead: org.tokens.policeHead,
      otherHead: org.tokens.educationHead,
    })[caller];

  for (const { route, request, expected } of cases) {
    for (const caller of Object.keys(expected) as Caller[]) {
      it(`${route} as ${caller} → ${expected[caller]}`, async () => {
        const { method, path, body } = request();
        const token = tokenOf(caller);
        const res = await call(path, {
          method,
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
          headers: {
            'content-type': 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
        });
        expect(res.status).toBe(expected[caller]);
        if (res.status >= 400) ErrorEnvelopeSchema.parse(await res.json());
      });
    }
  }

  it('checks the role before reading the body', async () => {
    const res = await call('/api/dispatches', {
      method: 'POST',
      body: '{"symbol":',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${org.tokens.policeHead}` },
    });
    expect(res.status).toBe(403);
  });
});

describe('bad input to POST /api/dispatches', () => {
  const send = (body: string, headers: Record<string, string> = {}) =>
    call('/api/dispatches', {
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${org.tokens.clerk}`,
        ...headers,
      },
    });

  it('answers malformed JSON with 400', async () => {
    const before = await snapshot();
    for (const body of ['{"symbol":', 'not json', '', '{"symbol": "1/A-B", "subject": "x",}', "{'a': 1}"]) {
      const res = await send(body);
      expect(res.status, body).toBe(400);
      expect(ErrorEnvelopeSchema.parse(await res.json()).error.code).toBe('bad_request');
    }
    expect(await snapshot()).toEqual(before);
  });

  it('answers schema violations with 422 and the issues, changing nothing', async () => {
    const ok = { symbol: '3944/UBND-NC', subject: 'V/v bảo vệ' };
    const bodies: unknown[] = [
      {},
      [],
      null,
      'x',
      42,
      { symbol: ok.symbol },
      { subject: ok.subject },
      { ...ok, admin: true },
      { ...ok, id: 5 },
      { ...ok, receivedNumber: 1 },
      { ...ok, symbol: 3944 },
      { ...ok, symbol: 'UBND/3944' },
      { ...ok, symbol: '3944' },
      { ...ok, symbol: `1/${'A'.repeat(80)}` },
      { ...ok, symbol: '' },
      { ...ok, subject: '' },
      { ...ok, subject: '    ' },
      { ...ok, subject: 'x'.repeat(1001) },
      { ...ok, subject: ['x'] },
      { ...ok, issuedDate: '2021-02-30' },
      { ...ok, issuedDate: '27/08/2020' },
      { ...ok, issuedDate: '2020-8-27' },
      { ...ok, issuedDate: 20200827 },
      { ...ok, year: 'abc' },
      { ...ok, year: 1800 },
      { ...ok, year: 2020.5 },
      { ...ok, number: 'x'.repeat(21) },
      { ...ok, issuingBody: 'x'.repeat(201) },
      { ...ok, urgency: 'high' },
      { ...ok, confidentiality: 'public' },
      { ...ok, sourceUrl: 'javascript:alert(1)' },
      { ...ok, sourceUrl: 'ftp://example.vn/x' },
      { ...ok, sourceUrl: 'not a url' },
      { ...ok, excerpt: 'x'.repeat(10_001) },
      { ...ok, cites: ['abc'] },
      { ...ok, cites: '07/CT-BCA-V28' },
      { ...ok, cites: Array.from({ length: 201 }, (_, i) => `${i + 1}/CT-X`) },
      { ...ok, recipientUnitIds: [0] },
      { ...ok, recipientUnitIds: [-1] },
      { ...ok, recipientUnitIds: ['a'] },
      { ...ok, recipientUnitIds: [999_999] },
      { ...ok, recipientGroupIds: [999_999] },
      { ...ok, key: 'x'.repeat(101) },
    ];
    const before = await snapshot();
    for (const body of bodies) {
      const res = await send(JSON.stringify(body));
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(422);
      const envelope = ErrorEnvelopeSchema.parse(await res.json());
      expect(envelope.error.code).toBe('validation_failed');
      expect(Array.isArray(envelope.error.details)).toBe(true);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('answers a body over the size limit with 413', async () => {
    const before = await snapshot();
    const res = await send(JSON.stringify({ symbol: '1/A-B', subject: 'x', excerpt: 'x'.repeat(300_000) }));
    expect(res.status).toBe(413);
    expect(await snapshot()).toEqual(before);
  });
});

describe('bad input to GET /api/dispatches', () => {
  it('answers bad queries with 422', async () => {
    for (const query of [
      'status=done',
      'status=',
      'unitId=abc',
      'unitId=0',
      'unitId=-3',
      'limit=0',
      'limit=101',
      'limit=abc',
      'cursor=%%%',
      'cursor=bm90IGpzb24',
      `cursor=${encodeCursor({ a: 1 })}`,
      `cursor=${encodeCursor([1])}`,
      `cursor=${encodeCursor(['x', 1])}`,
      `cursor=${encodeCursor([-1, 1])}`,
      `cursor=${'a'.repeat(201)}`,
      'from=2021-02-30',
      'to=yesterday',
      'from=2021-01-02&to=2021-01-01',
      `q=${'x'.repeat(201)}`,
      'foo=1',
    ]) {
      const res = await get(`/api/dispatches?${query}`, org.tokens.clerk);
      expect(res.status, query).toBe(422);
      ErrorEnvelopeSchema.parse(res.body);
    }
  });

  it('accepts a valid cursor, and one past the end gives an empty page', async () => {
    const res = await get(`/api/dispatches?cursor=${encodeCursor([0, 0])}`, org.tokens.clerk);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ items: [], nextCursor: null });
  });
});

describe('the other routes', () => {
  it('answer unknown sub-routes and methods with a 404 envelope, not a 500', async () => {
    for (const path of [`/api/dispatches/${dispatchId}/nothing`, '/api/dispatches/lookup/x']) {
      const res = await get(path, org.tokens.admin);
      expect(res.status, path).toBe(404);
    }
    const res = await post(`/api/dispatches/${dispatchId}`, org.tokens.admin, {});
    expect(res.status).toBe(404);
  });
});
