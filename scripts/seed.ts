/**
 * `npm run seed [-- --if-empty] [--skip-migrations]`: puts the demo organisation into the local D1 database.
 *
 * Only into an empty one (no users): demo accounts with a published password must never land
 * next to real ones. Without --if-empty a database that is not empty is refused (exit 1);
 * with it (what `npm start` uses) it is left alone and the script says so (exit 0).
 * @module
 */
import { fail, parseOptions } from './lib/cli';
import { applyMigrations, describeTarget, execute, literal, query, WranglerError } from './lib/d1';
import { hashPassword } from './lib/password-hash';
import { DEMO_PASSWORD, DISPATCHES, GROUPS, UNITS, USERS } from './seed/demo-organisation';
import { buildSeedSql, vietnamToday } from './seed/seed-sql';

const USAGE = `Usage: npm run seed [-- --if-empty] [--skip-migrations]

Seeds the local D1 database (.wrangler/state) with a demo organisation and prints its accounts.
  --if-empty          skip when the database already has users (default: refuse with exit 1),
                      listing the demo accounts it still has
  --skip-migrations   the migrations were just applied (npm start does): do not check again`;

const values = parseOptions(
  {
    'if-empty': { type: 'boolean' },
    'skip-migrations': { type: 'boolean' },
    'persist-to': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  USAGE,
);
// Never remote: the demo password is in the README.
const target = { remote: false, persistTo: values['persist-to'] };

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function printAccounts(users = USERS) {
  const width = Math.max(...users.map((user) => user.email.length));
  const units = new Map(UNITS.map((unit) => [unit.code, unit.name]));
  console.log(`\nDemo accounts (password for all: ${DEMO_PASSWORD}, unless changed since)`);
  for (const user of users) {
    console.log(`  ${user.email.padEnd(width)}  ${user.role.padEnd(9)}  ${units.get(user.unit)}`);
  }
}

try {
  if (!values['skip-migrations']) applyMigrations(target);
  const [row] = query<{ users: number }>(target, 'SELECT count(*) AS users FROM users');
  const users = row?.users ?? 0;
  if (users > 0) {
    const has = `${capitalise(describeTarget(target))} already has ${users} user(s)`;
    if (!values['if-empty']) {
      fail(`${has}; the demo organisation only goes into an empty database. Nothing was changed.`);
    }
    console.log(`ℹ ${has}: not seeding the demo organisation.`);
    // A database seeded by an earlier `npm start`: remind which demo accounts it still has.
    const emails = USERS.map((user) => literal(user.email)).join(', ');
    const present = new Set(
      query<{ email: string }>(
        target,
        `SELECT email FROM users WHERE active = 1 AND email IN (${emails})`,
      ).map((user) => user.email),
    );
    if (present.size > 0) printAccounts(USERS.filter((user) => present.has(user.email)));
    process.exit(0);
  }
  const now = new Date();
  const script = buildSeedSql({
    passwordHash: await hashPassword(DEMO_PASSWORD),
    today: vietnamToday(now),
    now: Math.floor(now.getTime() / 1000),
  });
  console.log(`▶ Seeding ${describeTarget(target)} with the demo organisation`);
  execute(target, script);
  console.log(
    `✔ Seeded ${UNITS.length} units, ${GROUPS.length} groups, ${USERS.length} users and ${DISPATCHES.length} dispatches.`,
  );
  printAccounts();
} catch (error) {
  if (error instanceof WranglerError) fail(`${error.message}; see wrangler's message above`);
  throw error;
}
