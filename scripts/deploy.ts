/**
 * `npm run deploy`: the production deploy (README, "Deployment"). Applies the pending D1
 * migrations to the remote database first, then deploys the worker, so the new code never
 * runs against an old schema. Migrations only add (they are never edited once applied), so
 * the previous worker keeps working in the moment between the two steps.
 * @module
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail } from './lib/cli';
import { applyMigrations, ROOT, runWrangler, WranglerError } from './lib/d1';

// The all-zero id in the repository is a placeholder for local work; wrangler would only say
// the database was not found.
const config = readFileSync(join(ROOT, 'wrangler.toml'), 'utf8');
if (/^\s*database_id\s*=\s*"0{8}-0{4}-0{4}-0{4}-0{12}"/m.test(config)) {
  fail(
    'wrangler.toml still has the placeholder database_id. Run `npx wrangler d1 create dispatch-tracker` ' +
      'and put the id it prints into wrangler.toml (README, "Deployment").',
  );
}

try {
  console.log('▶ Applying D1 migrations to the remote database');
  applyMigrations({ remote: true });
  console.log('▶ Deploying the worker');
  runWrangler(['deploy']);
} catch (error) {
  if (error instanceof WranglerError) fail(`${error.message}; see wrangler's message above`);
  throw error;
}
