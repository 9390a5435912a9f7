import type { D1Migration } from 'cloudflare:test';

// Bindings that exist only under test (vitest.config.ts adds them to the worker's own).
declare global {
  namespace Cloudflare {
    interface Env {
      TEST_MIGRATIONS: D1Migration[];
    }
  }
}
