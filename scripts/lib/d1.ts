/**
 * The D1 database from Node, through wrangler's own commands: the local database is the one
 * `wrangler dev` serves (`.wrangler/state`), the remote one is the production database named in
 * wrangler.toml. No worker needs to be running, and nothing here talks to D1 another way.
 * @module
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `database_name` in wrangler.toml. */
export const DATABASE = 'dispatch-tracker';

export const ROOT = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
// wrangler's own entry point, run with this Node: no dependence on PATH or on a shell.
const WRANGLER = join(ROOT, 'node_modules', 'wrangler', 'bin', 'wrangler.js');

export interface D1Target {
  remote: boolean;
  /** Local only: another state directory than `.wrangler/state` (wrangler's --persist-to). */
  persistTo?: string;
}

export const describeTarget = (target: D1Target) =>
  target.remote
    ? `the remote D1 database "${DATABASE}"`
    : `the local D1 database (${target.persistTo ?? '.wrangler/state'})`;

function targetArgs(target: D1Target): string[] {
  if (target.remote) return ['--remote'];
  return target.persistTo ? ['--local', '--persist-to', target.persistTo] : ['--local'];
}

export class WranglerError extends Error {}

function wrangler(args: string[], options: { stdin: 'inherit' | 'ignore'; capture: boolean }): string {
  const result = spawnSync(process.execPath, [WRANGLER, ...args], {
    cwd: ROOT,
    stdio: [options.stdin, options.capture ? 'pipe' : 'inherit', 'inherit'],
    encoding: 'utf8',
    // Large enough for any answer these scripts read (a count, one row).
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    if (options.capture && result.stdout) process.stderr.write(result.stdout);
    throw new WranglerError(`wrangler ${args.slice(0, 3).join(' ')} … failed (exit ${result.status})`);
  }
  return result.stdout ?? '';
}

/** Any other wrangler command, in the terminal (e.g. `deploy`). */
export function runWrangler(args: string[]): void {
  wrangler(args, { stdin: 'inherit', capture: false });
}

/**
 * Applies the pending migrations. Locally stdin is closed, so wrangler applies them without a
 * prompt; against production it is left to the terminal, so a person confirms.
 */
export function applyMigrations(target: D1Target): void {
  wrangler(['d1', 'migrations', 'apply', DATABASE, ...targetArgs(target)], {
    stdin: target.remote ? 'inherit' : 'ignore',
    capture: false,
  });
}

/** The rows of one read-only statement. */
export function query<T>(target: D1Target, statement: string): T[] {
  const out = wrangler(['d1', 'execute', DATABASE, ...targetArgs(target), '--json', '--command', statement], {
    stdin: 'ignore',
    capture: true,
  });
  const answers = JSON.parse(out) as { results: T[] }[];
  return answers.flatMap((answer) => answer.results);
}

/**
 * Runs a script of statements from a temporary file (never through a shell, so nothing in the
 * SQL is interpreted twice). wrangler runs a file as one batch: all of it or none of it.
 */
export function execute(target: D1Target, script: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'dispatch-tracker-'));
  try {
    const file = join(dir, 'statements.sql');
    writeFileSync(file, script, 'utf8');
    // Its report (a table of row counts) is noise here; on failure it is printed with the error.
    wrangler(['d1', 'execute', DATABASE, ...targetArgs(target), '--yes', '--file', file], {
      stdin: 'ignore',
      capture: true,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A value as an SQL literal. SQLite string literals have a single escape, the doubled quote;
 * a NUL would end the text early in some tools, so it is refused rather than passed on.
 */
export function literal(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
    return String(value);
  }
  if (value.includes('\0')) throw new Error('text with a NUL character cannot be stored');
  return `'${value.replaceAll("'", "''")}'`;
}
