/**
 * The real API for end-to-end tests: `wrangler dev` on 127.0.0.1 with its own D1 state
 * directory, migrated and given an organisation before it starts; it can be stopped and
 * started again on the same port and data, as a server that goes down and comes back.
 * @module
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyMigrations, execute, literal, ROOT } from '../../../scripts/lib/d1';
import { hashPassword } from '../../../scripts/lib/password-hash';

export const PASSWORD = 'mat-khau-e2e';

export interface E2eUser {
  email: string;
  role: 'admin' | 'clerk' | 'unit_head';
  unitCode: string | null;
}

export const UNITS = [
  { code: 'VP', name: 'Văn phòng UBND tỉnh', kind: 'agency' },
  { code: 'CA', name: 'Công an tỉnh', kind: 'department' },
  { code: 'SGDĐT', name: 'Sở Giáo dục và Đào tạo', kind: 'department' },
  { code: 'KA', name: 'UBND huyện Kỳ Anh', kind: 'district' },
];
export const USERS: E2eUser[] = [
  { email: 'admin@e2e.vn', role: 'admin', unitCode: 'VP' },
  { email: 'vanthu@e2e.vn', role: 'clerk', unitCode: 'VP' },
  { email: 'ca@e2e.vn', role: 'unit_head', unitCode: 'CA' },
  { email: 'sgddt@e2e.vn', role: 'unit_head', unitCode: 'SGDĐT' },
];

export class TestWorker {
  private process: ChildProcess | null = null;

  /** `state`: a D1 state directory to serve (a benchmark's); a fresh empty one by default. */
  constructor(
    readonly port: number,
    readonly state = mkdtempSync(join(tmpdir(), 'dispatch-e2e-d1-')),
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Migrates the state directory and adds the units and users (once, before the first start). */
  async prepare(): Promise<void> {
    const target = { remote: false, persistTo: this.state };
    applyMigrations(target);
    const hash = await hashPassword(PASSWORD);
    const statements = [
      ...UNITS.map(
        (u) =>
          `INSERT INTO units (code, name, kind) VALUES (${literal(u.code)}, ${literal(u.name)}, ${literal(u.kind)});`,
      ),
      ...USERS.map(
        (u) =>
          `INSERT INTO users (email, name, role, unit_id, password_hash) VALUES (${literal(u.email)}, ${literal(u.email.split('@')[0])}, ${literal(u.role)}, ${u.unitCode ? `(SELECT id FROM units WHERE code = ${literal(u.unitCode)})` : 'NULL'}, ${literal(hash)});`,
      ),
      `INSERT INTO unit_groups (name) VALUES ('Các sở, ban, ngành');`,
      `INSERT INTO unit_group_members (group_id, unit_id) SELECT 1, id FROM units WHERE code IN ('CA', 'SGDĐT');`,
    ];
    execute(target, statements.join('\n'));
  }

  async start(): Promise<void> {
    const wrangler = join(ROOT, 'node_modules', 'wrangler', 'bin', 'wrangler.js');
    this.process = spawn(
      process.execPath,
      [
        wrangler,
        'dev',
        '--ip',
        '127.0.0.1',
        '--port',
        String(this.port),
        '--persist-to',
        this.state,
        '--log-level',
        'warn',
        // Serves /__scheduled, so a test can run the hourly cron handler when it wants to.
        '--test-scheduled',
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
    );
    let output = '';
    this.process.stdout?.on('data', (chunk) => (output += chunk));
    this.process.stderr?.on('data', (chunk) => (output += chunk));
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (this.process.exitCode !== null) throw new Error(`wrangler dev exited: ${output}`);
      try {
        const res = await fetch(`${this.url}/api/health`);
        if (res.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`wrangler dev did not answer within 60 s: ${output}`);
  }

  async stop(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // The whole group: wrangler starts workerd as a child of its own.
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGKILL');
    this.process = null;
    // Until the port is free, a restart would fail.
    for (let i = 0; i < 40; i++) {
      try {
        await fetch(`${this.url}/api/health`);
        await new Promise((resolve) => setTimeout(resolve, 250));
      } catch {
        return;
      }
    }
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.state, { recursive: true, force: true });
  }

  /** Runs the worker's scheduled handler (the hourly cron) once, as Cloudflare would. */
  async runCron(): Promise<void> {
    const res = await fetch(`${this.url}/__scheduled?cron=${encodeURIComponent('0 * * * *')}`);
    if (!res.ok) throw new Error(`/__scheduled: ${res.status} ${await res.text()}`);
  }

  /** Signs in through the API (for checks the test makes behind the browser's back). */
  async token(email: string): Promise<string> {
    const res = await fetch(`${this.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    return ((await res.json()) as { token: string }).token;
  }

  async get<T>(path: string, token: string): Promise<T> {
    const res = await fetch(`${this.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }
}
