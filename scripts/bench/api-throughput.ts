/**
 * API throughput at 8 concurrent clients (DESIGN.md §6, issue #3): the real worker under
 * `wrangler dev` on 127.0.0.1 with a fresh local D1, loaded by autocannon. Clip, ack and list
 * are each set against the bare route, `GET /api/health` (Hono, one D1 read, no session), in
 * the same run: ≥ 0.5× its requests per second, ≤ 2× its p99 latency.
 *
 * Every clip records a new dispatch (its own symbol and Idempotency-Key), every ack is the
 * first acknowledgement of a dispatch sent to the unit beforehand, so neither is an idempotent
 * repeat. Any answer other than 2xx, or a connection error, fails the benchmark.
 * @module
 */
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { TestWorker } from '../../extension/e2e/harness/worker';
import { execute } from '../lib/d1';

const CONNECTIONS = 8;
/** Rounds of every route in turn, so a change in the machine's load falls on all of them. */
const ROUNDS = 5;
const WARMUP_SECONDS = 1;
const SECONDS = 2;
/** Dispatches sent to the unit head's unit before the run: more than the ack runs can use up. */
const ACK_POOL = 8000;

interface AutocannonRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

interface AutocannonResult {
  duration: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodeStats: Record<string, { count: number }>;
}

interface AutocannonClient {
  setRequests(requests: { setupRequest: (request: AutocannonRequest) => AutocannonRequest }[]): void;
}

type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  setupClient: (client: AutocannonClient) => void;
}) => PromiseLike<AutocannonResult> & {
  on(event: 'response', listener: (client: unknown, status: number, bytes: number, ms: number) => void): void;
};

// autocannon is CommonJS without type declarations: typed here by the few fields used.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

interface Scenario {
  name: string;
  /** The request of the next client turn; each call may give a different one. */
  next: () => AutocannonRequest;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/**
 * ACK_POOL dispatches addressed to CA and SGDĐT, none acknowledged, as the API would have
 * written them (row, search document, recipients); their ids are 1…ACK_POOL on the fresh database.
 */
function ackPoolStatements(): string {
  return `
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${ACK_POOL})
    INSERT INTO dispatches (symbol, key, number, year, type_code, issuer, subject, received_number,
      received_date, issued_date, clipped_by, created_at, updated_at)
    SELECT i || '/SNV-TCCB', i || '/SNV-TCCB', i, 2025, 'CV', 'SNV',
      'Công văn số ' || i || ' về việc báo cáo công tác tổ chức cán bộ', i,
      date('2025-01-01', '+' || (i % 300) || ' days'), date('2025-01-01', '+' || (i % 300) || ' days'),
      (SELECT id FROM users WHERE email = 'vanthu@e2e.vn'), 1735689600 + i * 600, 1735689600 + i * 600
    FROM n;
    INSERT INTO dispatches_fts (rowid, content)
    SELECT id, symbol || ' ' || key || ' cong van so ' || number || ' ve viec bao cao cong tac to chuc can bo'
    FROM dispatches;
    INSERT INTO recipients (dispatch_id, unit_id, sent_at, sent_by)
    SELECT d.id, u.id, d.created_at, d.clipped_by FROM dispatches d, units u WHERE u.code IN ('CA', 'SGDĐT');`;
}

function scenarios(tokens: { admin: string; clerk: string; unitHead: string }): Scenario[] {
  const json = (token: string) => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' });
  let clip = 0;
  let ack = 0;
  return [
    { name: 'bare: GET /api/health', next: () => ({ method: 'GET', path: '/api/health' }) },
    {
      name: 'clip: POST /api/dispatches',
      next: () => {
        clip += 1;
        return {
          method: 'POST',
          path: '/api/dispatches',
          headers: { ...json(tokens.clerk), 'idempotency-key': `bench-clip-${clip}` },
          body: JSON.stringify({
            symbol: `${clip}/UBND-VX`,
            issuedDate: '2026-11-20',
            subject: `Về việc triển khai nhiệm vụ số ${clip} năm 2026`,
            urgency: 'normal',
            sourceUrl: `https://hatinh.gov.vn/van-ban/${clip}`,
            sourceTitle: `Công văn ${clip}/UBND-VX của UBND tỉnh`,
            excerpt: `Thực hiện chỉ đạo của UBND tỉnh tại Công văn số ${clip}/UBND-VX, đề nghị các sở, ngành triển khai.`,
          }),
        };
      },
    },
    {
      name: 'ack: POST /api/dispatches/:id/ack',
      next: () => {
        ack += 1;
        // Past the pool an ack would only repeat one: id 0 answers 404, which fails the run.
        const id = ack <= ACK_POOL ? ack : 0;
        return {
          method: 'POST',
          path: `/api/dispatches/${id}/ack`,
          headers: json(tokens.unitHead),
          body: '{}',
        };
      },
    },
    {
      name: 'list: GET /api/dispatches?limit=50',
      next: () => ({
        method: 'GET',
        path: '/api/dispatches?limit=50',
        headers: { authorization: `Bearer ${tokens.admin}` },
      }),
    },
  ];
}

/** What a route's runs add up to: how many answers in how many seconds, and each one's latency. */
interface Tally {
  seconds: number;
  latencies: number[];
}

async function load(url: string, scenario: Scenario, seconds: number, tally?: Tally): Promise<void> {
  const run = autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    // Each client its own request list: the objects of a shared `requests` option are shared by
    // all clients, so all eight would send the same first request (one clip, one ack, repeated).
    setupClient: (client) =>
      client.setRequests([{ setupRequest: (request) => ({ ...request, ...scenario.next() }) }]),
  });
  run.on('response', (_client, _status, _bytes, ms) => tally?.latencies.push(ms));
  const result = await run;
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed > 0) {
    throw new Error(
      `${scenario.name}: ${result.non2xx} non-2xx answers, ${result.errors} errors, ${result.timeouts} timeouts ` +
        `(status counts ${JSON.stringify(result.statusCodeStats)})`,
    );
  }
  if (tally) tally.seconds += result.duration;
}

function summary(tally: Tally) {
  const sorted = [...tally.latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] as number;
  return { rate: sorted.length / tally.seconds, p50: at(0.5), p99: at(0.99) };
}

export async function benchApiThroughput(): Promise<void> {
  console.log(
    `\nAPI throughput: wrangler dev + local D1, autocannon at ${CONNECTIONS} connections; ${ROUNDS} rounds of every route in turn, each ${WARMUP_SECONDS} s warm-up + ${SECONDS} s measured`,
  );
  const worker = new TestWorker(await freePort());
  try {
    await worker.prepare();
    execute({ remote: false, persistTo: worker.state }, ackPoolStatements());
    await worker.start();
    const tokens = {
      admin: await worker.token('admin@e2e.vn'),
      clerk: await worker.token('vanthu@e2e.vn'),
      unitHead: await worker.token('ca@e2e.vn'),
    };
    const newest = await worker.get<{ items: { id: number }[] }>('/api/dispatches?limit=1', tokens.admin);
    if (newest.items[0]?.id !== ACK_POOL) throw new Error('the ack pool does not hold ids 1…ACK_POOL');

    const routes = scenarios(tokens).map((scenario) => ({ scenario, tally: { seconds: 0, latencies: [] } }));
    for (let round = 0; round < ROUNDS; round++) {
      for (const { scenario, tally } of routes) {
        await load(worker.url, scenario, WARMUP_SECONDS);
        await load(worker.url, scenario, SECONDS, tally);
      }
    }

    const rows: string[][] = [['route', 'req/s', 'p50 ms', 'p99 ms', 'req/s ÷ bare', 'p99 ÷ bare', 'met']];
    const [bare, ...others] = routes.map(({ scenario, tally }) => ({
      name: scenario.name,
      ...summary(tally),
    }));
    if (!bare) throw new Error('no bare route');
    for (const route of [bare, ...others]) {
      const rate = route.rate / bare.rate;
      const p99 = route.p99 / bare.p99;
      rows.push([
        route.name,
        route.rate.toFixed(0),
        route.p50.toFixed(0),
        route.p99.toFixed(0),
        rate.toFixed(2),
        p99.toFixed(2),
        route === bare ? '' : rate >= 0.5 && p99 <= 2 ? 'yes' : 'no',
      ]);
    }
    const widths = (rows[0] as string[]).map((_, c) => Math.max(...rows.map((r) => (r[c] as string).length)));
    for (const row of rows)
      console.log(
        `  ${row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] as number) : cell.padStart(widths[c] as number))).join('  ')}`,
      );
    console.log(
      `\n  req/s: answers ÷ seconds measured, every answer 2xx; p50/p99 over every answer of the ${ROUNDS} rounds.` +
        `\n  Target: req/s ÷ bare ≥ 0.5 and p99 ÷ bare ≤ 2`,
    );
  } finally {
    await worker.dispose();
  }
}
