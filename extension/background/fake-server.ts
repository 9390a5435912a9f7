/**
 * Tests only: a stand-in for the API at the network boundary (the global `fetch`), small but
 * faithful where the background depends on it: bearer tokens, the error envelope, dispatches
 * deduplicated on (key, issued date) and Idempotency-Key replays. The real server is exercised
 * by the end-to-end tests.
 * @module
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { type DocumentReference, findReferences } from '../../shared/references';
import type { PageReport, PageScan } from '../lib/page-scan';
import { sessionItem } from '../lib/storage';
import { readPageReport } from './page-reading';
import { setSuccessListener } from './session';

export interface Call {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

interface Recorded {
  id: number;
  symbol: string;
  key: string;
  issuedDate: string | null;
  subject: string;
  recipients: number[];
}

export const TOKEN = 'token-1';
export const USER = {
  id: 7,
  name: 'Nguyễn Văn Thư',
  email: 'vanthu@demo.example',
  role: 'clerk',
  unitId: 1,
} as const;
export const UNITS = [
  { id: 1, code: 'VP', name: 'Văn phòng UBND tỉnh', kind: 'agency', parentId: null, active: true },
  { id: 2, code: 'CA', name: 'Công an tỉnh', kind: 'department', parentId: null, active: true },
];
export const GROUPS = [{ id: 1, name: 'Các sở, ban, ngành', unitIds: [2] }];

/** The fields of request bodies this fake reads. */
interface Sent {
  email?: string;
  password?: string;
  symbol?: string;
  key?: string;
  subject?: string;
  issuedDate?: string | null;
  recipientUnitIds?: number[];
  unitIds?: number[];
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const failure = (status: number, code: string, message: string, details?: unknown) =>
  json(status, { error: details === undefined ? { code, message } : { code, message, details } });

export class FakeServer {
  readonly calls: Call[] = [];
  readonly dispatches: Recorded[] = [];
  private readonly answers = new Map<string, { status: number; body: unknown }>();
  /** Refuses connections, like a stopped `wrangler dev`. */
  down = false;
  /** Records the next create, then drops the connection before answering (a lost answer). */
  loseNextAnswer = false;
  /** Answers the next request matching `path` with this status and message instead. */
  private overrides: { path: string; status: number; message: string; details?: unknown }[] = [];
  readonly fetch = vi.fn((input: RequestInfo | URL, init?: RequestInit) => this.handle(input, init));

  /** Makes this server the global fetch for the test. */
  install(): this {
    vi.stubGlobal('fetch', this.fetch);
    return this;
  }

  failNext(path: string, status: number, message: string, details?: unknown): void {
    this.overrides.push({ path, status, message, details });
  }

  callsTo(path: string, method?: string): Call[] {
    return this.calls.filter((c) => c.url.pathname === path && (!method || c.method === method));
  }

  private async handle(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
    const url = new URL(String(input instanceof Request ? input.url : input));
    const method = (init.method ?? 'GET').toUpperCase();
    const headers = new Headers(init.headers);
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as Sent) : undefined;
    this.calls.push({ method, url, headers, body });
    if (this.down) throw new TypeError('Failed to fetch');
    const override = this.overrides.findIndex((o) => o.path === url.pathname);
    if (override >= 0) {
      const [o] = this.overrides.splice(override, 1);
      if (o)
        return failure(
          o.status,
          o.status === 401 ? 'unauthorized' : 'validation_failed',
          o.message,
          o.details,
        );
    }
    return this.route(method, url, headers, body);
  }

  private route(method: string, url: URL, headers: Headers, body: Sent | undefined): Response {
    const path = url.pathname;
    if (method === 'POST' && path === '/api/auth/login') {
      if (body?.email === USER.email && body?.password === 'demo-3944')
        return json(200, { token: TOKEN, expiresAt: '2030-01-01T00:00:00.000Z', user: USER });
      return failure(401, 'unauthorized', 'Wrong e-mail address or password');
    }
    if (headers.get('Authorization') !== `Bearer ${TOKEN}`)
      return failure(401, 'unauthorized', 'Sign in first');
    if (method === 'POST' && path === '/api/auth/logout') return json(200, { ok: true });
    if (method === 'GET' && path === '/api/units') return json(200, { items: UNITS, nextCursor: null });
    if (method === 'GET' && path === '/api/groups') return json(200, { items: GROUPS, nextCursor: null });
    if (method === 'GET' && path === '/api/dispatches/lookup') {
      const keys = (url.searchParams.get('keys') ?? '').split(',');
      const items = this.dispatches
        .filter((d) => keys.includes(d.key))
        .map((d) => ({ key: d.key, id: d.id, symbol: d.symbol, issuedDate: d.issuedDate }));
      return json(200, { items });
    }
    if (method === 'POST' && path === '/api/dispatches') return this.create(headers, body);
    const distribute = /^\/api\/dispatches\/(\d+)\/recipients$/.exec(path);
    if (method === 'POST' && distribute) {
      const dispatch = this.dispatches.find((d) => d.id === Number(distribute[1]));
      if (!dispatch) return failure(404, 'not_found', 'No such dispatch');
      dispatch.recipients = [...new Set([...dispatch.recipients, ...(body?.unitIds ?? [])])];
      return json(200, { items: [] });
    }
    return failure(404, 'not_found', `No route for ${method} ${path}`);
  }

  private create(headers: Headers, body: Sent | undefined): Response {
    const idempotencyKey = headers.get('Idempotency-Key');
    const replay = idempotencyKey ? this.answers.get(idempotencyKey) : undefined;
    if (replay) return json(replay.status, replay.body);
    if (typeof body?.subject !== 'string' || !body.subject)
      return failure(422, 'validation_failed', 'The body is not valid', [
        { path: 'subject', message: 'Required' },
      ]);
    const key = String(body.key ?? body.symbol).toUpperCase();
    const issuedDate = body.issuedDate ?? null;
    const existing = this.dispatches.find((d) => d.key === key && d.issuedDate === issuedDate);
    let answer: { status: number; body: unknown };
    if (existing) answer = { status: 200, body: { ...existing, duplicate: true } };
    else {
      const record: Recorded = {
        id: this.dispatches.length + 1,
        symbol: String(body.symbol),
        key,
        issuedDate,
        subject: body.subject,
        recipients: body.recipientUnitIds ?? [],
      };
      this.dispatches.push(record);
      answer = { status: 201, body: { ...record, duplicate: false } };
    }
    if (idempotencyKey) this.answers.set(idempotencyKey, answer);
    if (this.loseNextAnswer) {
      this.loseNextAnswer = false;
      throw new TypeError('Failed to fetch');
    }
    return json(answer.status, answer.body);
  }
}

export const SERVER_URL = 'http://127.0.0.1:8787';

/** A signed-in session in storage, as a successful sign-in leaves it. */
export function signedInSession() {
  return { serverUrl: SERVER_URL, token: TOKEN, user: USER, expiresAt: '2030-01-01T00:00:00.000Z' };
}

/**
 * A fresh background (storage and stubs reset) signed in to a new fake server, as most tests of
 * the background's messages start: the caller installs the routes it needs on the server.
 */
export async function signedInToFakeServer(): Promise<FakeServer> {
  fakeBrowser.reset();
  vi.unstubAllGlobals();
  const server = new FakeServer();
  setSuccessListener(() => {});
  await sessionItem.setValue(signedInSession());
  return server;
}

interface PageOptions {
  url?: string;
  title?: string;
  /** Symbols, each a listing row. */
  rows?: string[];
}

/** A frame's report as the content script sends it, from the page's text and listing rows. */
export function reportOf(
  text: string,
  {
    url = 'https://portal.example.gov.vn/van-ban/3944',
    title = 'Công văn 3944/UBND-NC',
    rows = [],
  }: PageOptions = {},
): PageReport {
  const byKey = new Map<string, DocumentReference>();
  for (const reference of findReferences(text))
    if (!byKey.has(reference.key)) byKey.set(reference.key, reference);
  return {
    url,
    title,
    references: [...byKey.values()],
    mainText: text,
    rows: rows.flatMap((symbol) =>
      findReferences(symbol)
        .slice(0, 1)
        .map((reference) => ({
          reference,
          issuedDate: null,
          subject: `Trích yếu ${symbol}`,
          issuingBody: null,
          url: null,
        })),
    ),
  };
}

/** The same page as the background keeps it, read. */
export const scanOf = (text: string, options: PageOptions = {}): PageScan =>
  readPageReport(reportOf(text, options));
