// `npm start [-- --no-seed]`: one command from a fresh clone to a running local stack.
// 1. applies the D1 migrations to the local database (.wrangler/state),
// 2. builds the extension for Chrome and Firefox,
// 3. seeds the demo organisation when the database has no users yet and prints the demo
//    accounts (scripts/seed.ts; `--no-seed` leaves an empty database empty),
// 4. prints where to load the extension from,
// 5. serves the API with `wrangler dev` on 127.0.0.1 (PORT, default 8787) until Ctrl-C.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const port = process.env.PORT ?? '8787';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const seed = !process.argv.slice(2).includes('--no-seed');

/** @type {import('node:child_process').ChildProcess | null} */
let current = null;
// Pass Ctrl-C / termination on to the running step and let it shut down; its exit ends this script.
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => current?.kill(signal));
}

/**
 * Runs a command in the repository root; resolves with its exit code.
 * @param {string} command
 * @param {string[]} args
 * @param {{ stdin?: 'inherit' | 'ignore' }} [options]
 * @returns {Promise<number>}
 */
function run(command, args, { stdin = 'inherit' } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: [stdin, 'inherit', 'inherit'] });
    current = child;
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      current = null;
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/**
 * Runs one step of the start-up and stops everything when it fails.
 * @param {string} title
 * @param {string} command
 * @param {string[]} args
 * @param {{ stdin?: 'inherit' | 'ignore' }} [options]
 */
async function step(title, command, args, options) {
  console.log(`\n▶ ${title}`);
  const code = await run(command, args, options);
  if (code !== 0) {
    console.error(`✖ ${title} failed (exit ${code})`);
    process.exit(code);
  }
}

// stdin closed: wrangler then applies local migrations without asking for confirmation.
await step('Applying D1 migrations to the local database', npm, ['run', 'db:migrate:local'], {
  stdin: 'ignore',
});
await step('Building the extension (Chrome and Firefox)', npm, ['run', 'build']);
// After the build, so the demo accounts are what is on screen when the server starts.
if (seed) {
  await step('Seeding the demo organisation (only into an empty database)', npm, [
    'run',
    'seed',
    '--',
    '--if-empty',
    '--skip-migrations',
  ]);
}

const chrome = join(root, '.output', 'chrome-mv3');
const firefox = join(root, '.output', 'firefox-mv2');
for (const dir of [chrome, firefox]) {
  if (!existsSync(join(dir, 'manifest.json'))) {
    console.error(`✖ expected a built extension in ${dir}`);
    process.exit(1);
  }
}
console.log(`
✔ Extension built.
  Chrome/Edge: chrome://extensions → Developer mode → Load unpacked → ${chrome}
  Firefox:     about:debugging#/runtime/this-firefox → Load Temporary Add-on… → ${join(firefox, 'manifest.json')}

▶ Serving the API on http://127.0.0.1:${port} (health: http://127.0.0.1:${port}/api/health). Ctrl-C stops it.
`);
process.exit(await run('wrangler', ['dev', '--ip', '127.0.0.1', '--port', port]));
