/**
 * The demo organisation (demo-organisation.ts) as one SQL script for `wrangler d1 execute
 * --file`, which runs it as a single batch. Rows refer to each other through their unique
 * keys (unit code, e-mail, dispatch key + issued date), never through guessed ids, and the
 * dispatch fields the server derives (key, number, type, search text) come from the same
 * engine and the same search document (worker/dispatches/search.ts) as a dispatch clipped
 * through the API.
 * @module
 */
import { findReferences } from '../../shared/references';
import { searchDocument } from '../../worker/dispatches/search';
import { literal } from '../lib/d1';
import {
  CLERK,
  type DemoDispatch,
  type DemoTask,
  DISPATCHES,
  GROUPS,
  UNITS,
  USERS,
} from './demo-organisation';

export interface SeedOptions {
  /** PBKDF2 hash of the demo password, shared by every demo account. */
  passwordHash: string;
  /** The day of seeding in Vietnam, YYYY-MM-DD: task dates are relative to it. */
  today: string;
  /** Unix seconds now: nothing is dated later. */
  now: number;
}

const DAY = 86_400;

/** YYYY-MM-DD `days` after `date`. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Unix seconds of `hour`:00 in Vietnam (UTC+7, no daylight saving) on `date`. */
function at(date: string, hour: number): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d, hour - 7) / 1000;
}

/** Today in Vietnam. */
export function vietnamToday(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10);
}

const unitId = (code: string) => `(SELECT id FROM units WHERE code = ${literal(code)})`;
const userId = (email: string) => `(SELECT id FROM users WHERE email = ${literal(email)})`;

/** The engine's reading of a demo symbol; a typo in the demo data stops the build. */
function reference(symbol: string) {
  const [ref] = findReferences(symbol);
  if (!ref || ref.raw !== symbol || ref.symbol !== symbol) {
    throw new Error(`demo symbol ${symbol} is not one canonical reference (engine: ${ref?.symbol})`);
  }
  return ref;
}

function dueDate(task: DemoTask, today: string): string {
  if (typeof task.due === 'number') return addDays(today, task.due);
  const year = Number(today.slice(0, 4));
  const next = today <= `${year}-12-15` ? year : year + 1;
  return `${task.due === 'next-15-december' ? next : next - 1}-12-15`;
}

/** Recipient unit codes: the units named plus the members of the groups named, once each. */
function recipientCodes(dispatch: DemoDispatch): string[] {
  const codes = new Set(dispatch.sentTo.units ?? []);
  for (const name of dispatch.sentTo.groups ?? []) {
    const group = GROUPS.find((g) => g.name === name);
    if (!group) throw new Error(`demo dispatch ${dispatch.symbol} is sent to an unknown group ${name}`);
    for (const code of group.units) codes.add(code);
  }
  return [...codes];
}

function insert(table: string, row: Record<string, string>): string {
  return `INSERT INTO ${table} (${Object.keys(row).join(', ')}) VALUES (${Object.values(row).join(', ')});`;
}

function organisationSql(passwordHash: string): string[] {
  const out: string[] = [];
  for (const unit of UNITS) {
    out.push(
      insert('units', {
        code: literal(unit.code),
        name: literal(unit.name),
        kind: literal(unit.kind),
        parent_id: unit.parent ? unitId(unit.parent) : 'NULL',
      }),
    );
  }
  for (const group of GROUPS) {
    out.push(insert('unit_groups', { name: literal(group.name) }));
    for (const code of group.units) {
      out.push(
        `INSERT INTO unit_group_members (group_id, unit_id) SELECT id, ${unitId(code)} FROM unit_groups WHERE name = ${literal(group.name)};`,
      );
    }
  }
  for (const user of USERS) {
    out.push(
      insert('users', {
        email: literal(user.email),
        name: literal(user.name),
        role: literal(user.role),
        unit_id: unitId(user.unit),
        password_hash: literal(passwordHash),
      }),
    );
  }
  return out;
}

function dispatchSql(dispatch: DemoDispatch, receivedNumber: number, options: SeedOptions): string[] {
  const ref = reference(dispatch.symbol);
  const issuedDate =
    typeof dispatch.issuedDate === 'number'
      ? addDays(options.today, -dispatch.issuedDate)
      : dispatch.issuedDate;
  const receivedDate = addDays(issuedDate, 1);
  const recorded = at(receivedDate, 8);
  const sent = at(receivedDate, 14);
  const clamp = (seconds: number) => Math.min(seconds, options.now - 60);
  const id = `(SELECT id FROM dispatches WHERE key = ${literal(ref.key)} AND issued_date = ${literal(issuedDate)})`;
  const out = [
    insert('dispatches', {
      symbol: literal(ref.symbol),
      key: literal(ref.key),
      number: literal(ref.number),
      year: literal(ref.year),
      type_code: literal(ref.typeCode),
      type_name: literal(ref.typeName),
      issuer: literal(ref.issuer),
      issued_date: literal(issuedDate),
      issuing_body: literal(dispatch.issuingBody),
      subject: literal(dispatch.subject),
      urgency: literal(dispatch.urgency ?? 'normal'),
      source_title: literal(dispatch.sourceTitle),
      excerpt: literal(dispatch.excerpt),
      received_number: literal(receivedNumber),
      received_date: literal(receivedDate),
      clipped_by: userId(CLERK),
      created_at: literal(recorded),
      updated_at: literal(recorded),
    }),
    `INSERT INTO dispatches_fts (rowid, content) SELECT ${id}, ${literal(
      searchDocument({
        symbol: ref.symbol,
        key: ref.key,
        subject: dispatch.subject,
        issuingBody: dispatch.issuingBody,
        typeName: ref.typeName,
      }),
    )};`,
  ];
  for (const code of recipientCodes(dispatch)) {
    const ack = dispatch.acks[code];
    out.push(
      insert('recipients', {
        dispatch_id: id,
        unit_id: unitId(code),
        sent_at: literal(sent),
        sent_by: userId(CLERK),
        acknowledged_at: ack ? literal(clamp(sent + ack.afterDays * DAY + 2 * 3600)) : 'NULL',
        acknowledged_by: ack ? userId(ack.by) : 'NULL',
        ack_note: literal(ack?.note),
      }),
    );
  }
  /** When each occurrence was done, by due date: its successor is created then (the scheduler's rule). */
  const doneAt = new Map<string, number>();
  for (const task of dispatch.tasks) {
    const due = dueDate(task, options.today);
    const taskId = (dueOn: string) =>
      `(SELECT id FROM tasks WHERE dispatch_id = ${id} AND title = ${literal(task.title)} AND due_date = ${literal(dueOn)})`;
    const previous = task.follows ? dueDate({ ...task, due: task.follows }, options.today) : null;
    // Assigned with the dispatch, or some four months before the due date for a later one.
    const created = clamp(
      (previous ? doneAt.get(previous) : undefined) ?? Math.max(sent, at(addDays(due, -120), 9)),
    );
    const updateTimes = task.updates.map((update, i) =>
      clamp(update.status === 'overdue' ? at(addDays(due, 1), 0) + 600 : created + (i + 1) * 7 * DAY),
    );
    const lastUpdate = updateTimes.at(-1) ?? created;
    if (task.status === 'done') doneAt.set(due, lastUpdate + 3600);
    out.push(
      insert('tasks', {
        dispatch_id: id,
        title: literal(task.title),
        description: literal(task.description),
        lead_unit_id: unitId(task.lead),
        due_date: literal(due),
        recurrence: literal(task.recurrence),
        status: literal(task.status),
        progress: literal(task.progress),
        previous_task_id: previous ? taskId(previous) : 'NULL',
        created_by: userId(CLERK),
        completed_at: task.status === 'done' ? literal(lastUpdate) : 'NULL',
        created_at: literal(created),
        updated_at: literal(lastUpdate),
      }),
    );
    for (const code of task.coordinating ?? []) {
      out.push(insert('task_units', { task_id: taskId(due), unit_id: unitId(code) }));
    }
    task.updates.forEach((update, i) => {
      out.push(
        insert('task_updates', {
          task_id: taskId(due),
          user_id: update.by ? userId(update.by) : 'NULL',
          status: literal(update.status),
          progress: literal(update.progress),
          note: literal(update.note),
          created_at: literal(updateTimes[i] as number),
        }),
      );
    });
  }
  return out;
}

/**
 * Cited references, after every dispatch is in: a citation of a demo dispatch links to it,
 * whichever of the two is older (as the API links them both ways).
 */
function citesSql(dispatch: DemoDispatch): string[] {
  const ref = reference(dispatch.symbol);
  const id = `(SELECT min(id) FROM dispatches WHERE key = ${literal(ref.key)})`;
  return dispatch.cites.map((symbol) => {
    const cited = reference(symbol);
    return insert('dispatch_cites', {
      dispatch_id: id,
      cited_key: literal(cited.key),
      cited_symbol: literal(cited.symbol),
      cited_dispatch_id: `(SELECT min(id) FROM dispatches WHERE key = ${literal(cited.key)})`,
    });
  });
}

export function buildSeedSql(options: SeedOptions): string {
  const statements = organisationSql(options.passwordHash);
  // Số đến restarts each year: number the dispatches in the order they came in.
  const perYear = new Map<string, number>();
  for (const dispatch of DISPATCHES) {
    const year =
      typeof dispatch.issuedDate === 'number'
        ? addDays(options.today, 1 - dispatch.issuedDate).slice(0, 4)
        : addDays(dispatch.issuedDate, 1).slice(0, 4);
    const number = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, number);
    statements.push(...dispatchSql(dispatch, number, options));
  }
  for (const dispatch of DISPATCHES) statements.push(...citesSql(dispatch));
  const summary = {
    units: UNITS.length,
    groups: GROUPS.length,
    users: USERS.map((user) => user.email),
    dispatches: DISPATCHES.map((dispatch) => dispatch.symbol),
  };
  statements.push(
    `INSERT INTO audit_log (actor_id, action, entity, entity_id, after) VALUES (NULL, 'seed', 'organisation', NULL, ${literal(JSON.stringify(summary))});`,
  );
  return `-- Demo organisation (scripts/seed). Generated; runs as one batch.\n${statements.join('\n')}\n`;
}
