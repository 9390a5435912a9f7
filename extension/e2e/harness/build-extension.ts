/**
 * Builds the extension once before the end-to-end tests, so they always load what the
 * current source builds (a stale .output would test yesterday's extension).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../../../scripts/lib/d1';
import { chromiumAvailable } from './browser';

export default function buildExtension(): void {
  if (!chromiumAvailable()) return;
  const wxt = join(ROOT, 'node_modules', 'wxt', 'bin', 'wxt.mjs');
  const result = spawnSync(process.execPath, [wxt, 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the extension did not build');
}
