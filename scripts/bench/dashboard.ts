/**
 * Dashboard queries on a tracking office's worth of data (100,000 dispatches, 2,000,000
 * recipient rows) in a local D1 under workerd, started by wrangler as `wrangler dev` would,
 * and timed from inside the worker (scripts/bench/d1-timer.worker.js); next to the same SQL
 * on the same data in SQLite directly (node:sqlite), in one run (DESIGN.md §6: ≤ 100 ms, ≤ 2×).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { unstable_dev } from 'wrangler';
import {
  ACKNOWLEDGEMENT_BY_UNIT,
  DISPATCH_MATRIX,
  OVERDUE_BY_UNIT,
  PENDING_FOR_UNIT_PAGE,
} from '../../worker/reports/dashboard-sql';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const DISPATCHES = 100_000;
const RECIPIENTS_PER_DISPATCH = 20;
const UNITS = 300;
const CHUNK = 10_000;
const ROUNDS = 15;

export function migrationStatements(): string[] {
  const dir = `${repo}migrations`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .flatMap((f) => readFileSync(`${dir}/${f}`, 'utf8').split('--> statement-breakpoint'))
    .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
    .filter(Boolean);
}

/** The data, generated inside SQLite by recursive CTEs, in chunks small enough for D1. */
export function dataStatements(count = DISPATCHES): string[] {
  const statements = [
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${UNITS})
     INSERT INTO units (code, name, kind) SELECT 'U' || i, 'Đơn vị số ' || i, 'department' FROM n`,
    `INSERT INTO users (email, name, role, password_hash) VALUES ('bench@example.vn', 'Bench', 'clerk', 'x')`,
    // Ten addressee groups of 30 units each, for the tracking filters and the group chart.
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10)
     INSERT INTO unit_groups (name) SELECT 'Nhóm ' || i FROM n`,
    `INSERT INTO unit_group_members (group_id, unit_id) SELECT (id % 10) + 1, id FROM units`,
  ];
  for (let from = 1; from <= count; from += CHUNK) {
    const to = Math.min(count, from + CHUNK - 1);
    statements.push(
      `WITH RECURSIVE n(i) AS (SELECT ${from} UNION ALL SELECT i + 1 FROM n WHERE i < ${to})
       INSERT INTO dispatches (symbol, key, subject, received_number, received_date, issued_date, clipped_by, created_at)
       SELECT i || '/UBND-VP', i || '/UBND-VP', 'Công văn số ' || i || ' về việc tăng cường công tác bảo đảm an ninh',
              i, date('2020-01-01', '+' || (i % 2000) || ' days'), date('2020-01-01', '+' || (i % 2000) || ' days'),
              1, 1577836800 + i * 600 FROM n`,
      `WITH RECURSIVE k(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM k WHERE j < ${RECIPIENTS_PER_DISPATCH - 1})
       INSERT INTO recipients (dispatch_id, unit_id, sent_at, sent_by, acknowledged_at, acknowledged_by)
       SELECT d.id, ((d.id + k.j * 15) % ${UNITS}) + 1, d.created_at, 1,
              CASE WHEN (d.id * 7 + k.j) % 10 < 7 THEN d.created_at + 3600 END,
              CASE WHEN (d.id * 7 + k.j) % 10 < 7 THEN 1 END
       FROM dispatches d, k WHERE d.id BETWEEN ${from} AND ${to}`,
      `INSERT INTO tasks (dispatch_id, title, lead_unit_id, due_date, status, created_by)
       SELECT id, 'Nhiệm vụ ' || id, (id % ${UNITS}) + 1, issued_date,
              CASE id % 10 WHEN 0 THEN 'overdue' WHEN 1 THEN 'done' ELSE 'todo' END, 1
       FROM dispatches WHERE id BETWEEN ${from} AND ${to} AND id % 10 < 3`,
      // The search document the API writes on create (worker/dispatches/search.ts), folded.
      `INSERT INTO dispatches_fts (rowid, content)
       SELECT id, id || ' ubnd vp cong van so ' || id || ' ve viec tang cuong cong tac bao dam an ninh'
       FROM dispatches WHERE id BETWEEN ${from} AND ${to}`,
    );
  }
  statements.push('ANALYZE');
  return statements;
}

interface Query {
  name: string;
  sql: string;
  params: unknown[];
}

const QUERIES: Query[] = [
  { name: 'SELECT 1 (per-call floor)', sql: 'SELECT 1', params: [] },
  { name: 'acknowledgement by unit', sql: ACKNOWLEDGEMENT_BY_UNIT, params: [] },
  { name: 'overdue by unit', sql: OVERDUE_BY_UNIT, params: ['2026-11-26'] },
  { name: 'pending list page of a unit', sql: PENDING_FOR_UNIT_PAGE, params: [42] },
  { name: 'matrix of one dispatch', sql: DISPATCH_MATRIX, params: [54_321] },
];

/** The timing worker on a D1 state directory (the one `wrangler dev --persist-to` would serve). */
export async function timerWorker(state: string) {
  const worker = await unstable_dev(`${repo}scripts/bench/d1-timer.worker.js`, {
    config: `${repo}wrangler.toml`,
    ip: '127.0.0.1',
    persistTo: state,
    logLevel: 'error',
    experimental: { disableExperimentalWarning: true },
  });
  const post = async (body: unknown) => {
    const res = await worker.fetch('http://127.0.0.1/', { method: 'POST', body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`bench worker: ${res.status} ${await res.text()}`);
    return (await res.json()) as { meanMs?: number };
  };
  return { worker, post };
}

export async function benchDashboard(): Promise<void> {
  console.log(
    `\nDashboard queries: D1 in local workerd vs node:sqlite, ${DISPATCHES} dispatches × ${RECIPIENTS_PER_DISPATCH} recipients`,
  );
  const state = `${repo}node_modules/.cache/bench/d1-dashboard`;
  rmSync(state, { recursive: true, force: true });
  mkdirSync(state, { recursive: true });
  const schema = migrationStatements();
  const data = dataStatements();

  const sqlite = new DatabaseSync(':memory:');
  let t0 = performance.now();
  for (const statement of [...schema, ...data]) sqlite.exec(statement);
  console.log(`  loaded SQLite in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const { worker, post } = await timerWorker(state);
  try {
    t0 = performance.now();
    for (const statement of [...schema, ...data]) await post({ op: 'exec', sql: statement });
    console.log(`  loaded D1 in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);

    const rows: string[][] = [['query', 'SQLite ms', 'D1 ms', 'ratio', '≤ 100 ms']];
    for (const query of QUERIES) {
      sqlite.prepare(query.sql).all(...(query.params as never[]));
      const s0 = performance.now();
      for (let round = 0; round < ROUNDS; round++)
        sqlite.prepare(query.sql).all(...(query.params as never[]));
      const a = (performance.now() - s0) / ROUNDS;
      await post({ op: 'time', sql: query.sql, params: query.params, rounds: 1 });
      const b = (await post({ op: 'time', sql: query.sql, params: query.params, rounds: ROUNDS }))
        .meanMs as number;
      rows.push([query.name, a.toFixed(2), b.toFixed(2), (b / a).toFixed(2), b <= 100 ? 'yes' : 'no']);
    }
    const widths = (rows[0] as string[]).map((_, c) => Math.max(...rows.map((r) => (r[c] as string).length)));
    for (const row of rows)
      console.log(
        `  ${row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] as number) : cell.padStart(widths[c] as number))).join('  ')}`,
      );
    console.log(
      `\n  mean of ${ROUNDS} runs each; ratio = D1 time / SQLite time for the same SQL (target ≤ 2)`,
    );
  } finally {
    await worker.stop();
    sqlite.close();
  }
}
