/**
 * `npm run admin:create -- --email E --password P [--name N] [--local|--remote]`
 *
 * The first admin of an installation, written straight into D1 (local by default) without the
 * worker running: the API only lets admins create users, so somebody has to be first. The
 * migrations are applied first, the password is hashed exactly as the worker hashes it, and an
 * existing address is refused rather than overwritten.
 * @module
 */
import { UserCreateSchema } from '../shared/schemas/organisation';
import { fail, parseOptions, TARGET_OPTIONS, targetOf } from './lib/cli';
import { applyMigrations, describeTarget, execute, literal, query, WranglerError } from './lib/d1';
import { hashPassword } from './lib/password-hash';

const USAGE = `Usage: npm run admin:create -- --email E --password P [--name N] [--local | --remote]

  --email      the admin's e-mail address (sign-in is case-insensitive)
  --password   at least 8 characters
  --name       the name shown in the app (default "Quản trị hệ thống")
  --local      the local database that npm start / npm run api serve (default)
  --remote     the production database named in wrangler.toml (after npx wrangler login)`;

const values = parseOptions(
  {
    ...TARGET_OPTIONS,
    email: { type: 'string' },
    password: { type: 'string' },
    name: { type: 'string' },
  },
  USAGE,
);
const target = targetOf(values);

// The rules of POST /api/users, from the same schema.
const parsed = UserCreateSchema.pick({ email: true, name: true, password: true }).safeParse({
  email: values.email,
  password: values.password,
  name: values.name ?? 'Quản trị hệ thống',
});
if (!parsed.success) {
  const problems = parsed.error.issues.map((issue) => `  --${issue.path.join('.')}: ${issue.message}`);
  fail(`Not created:\n${problems.join('\n')}\n\n${USAGE}`, 2);
}
const email = parsed.data.email.toLowerCase();

try {
  console.log(`▶ Applying migrations to ${describeTarget(target)}`);
  applyMigrations(target);

  const [existing] = query<{ role: string; active: number }>(
    target,
    `SELECT role, active FROM users WHERE email = ${literal(email)}`,
  );
  if (existing) {
    fail(
      `${email} already has an account (${existing.role}${existing.active ? '' : ', deactivated'}) in ` +
        `${describeTarget(target)}; nothing was changed. An admin can change it with PATCH /api/users/:id.`,
    );
  }

  const passwordHash = await hashPassword(parsed.data.password);
  // One file, one batch: the user and its audit entry (actor NULL: the command line) together.
  execute(
    target,
    `INSERT INTO users (email, name, role, unit_id, password_hash, active)
  VALUES (${literal(email)}, ${literal(parsed.data.name)}, 'admin', NULL, ${literal(passwordHash)}, 1);
INSERT INTO audit_log (actor_id, action, entity, entity_id, after)
  SELECT NULL, 'create', 'user', id,
    json_object('id', id, 'email', email, 'name', name, 'role', role, 'unitId', unit_id, 'active', json('true'))
  FROM users WHERE email = ${literal(email)};
`,
  );
  console.log(`✔ Admin ${email} created in ${describeTarget(target)}. Sign in with POST /api/auth/login.`);
} catch (error) {
  if (error instanceof WranglerError) fail(`${error.message}; see wrangler's message above`);
  throw error;
}
