import { fileURLToPath } from 'node:url';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const migrationsDir = fileURLToPath(new URL('./migrations', import.meta.url));

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'shared',
          environment: 'node',
          include: ['shared/**/*.test.ts'],
        },
      },
      {
        plugins: [
          // Runs the tests inside workerd with the bindings of wrangler.toml and a real local D1.
          cloudflareTest(async () => ({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              bindings: { TEST_MIGRATIONS: await readD1Migrations(migrationsDir) },
            },
          })),
        ],
        test: {
          name: 'worker',
          include: ['worker/**/*.test.ts'],
          setupFiles: ['./worker/test/apply-migrations.ts'],
        },
      },
      {
        test: {
          // The real built extension in Debian's Chromium against the real worker (wrangler dev);
          // skipped, with a message, where /usr/bin/chromium is missing. .ci/run installs it.
          name: 'e2e',
          environment: 'node',
          include: ['extension/e2e/**/*.e2e.ts'],
          globalSetup: ['./extension/e2e/harness/build-extension.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        // WxtVitest: `wxt/browser` and the `browser`/`chrome` globals become WXT's in-memory
        // fakeBrowser (storage, alarms, badge, tabs, messaging), reset with fakeBrowser.reset().
        plugins: [preact(), WxtVitest()],
        test: {
          name: 'extension',
          environment: 'happy-dom',
          include: ['extension/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
});
