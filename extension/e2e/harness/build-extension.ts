/**
 * Builds the extension once before the end-to-end tests (for each browser found here), so they always load what the
 * current source builds (a stale .output would test yesterday's extension).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../../../scripts/lib/d1';
import { chromiumAvailable } from './browser';
import { firefoxAvailable } from './firefox';

function build(...args: string[]): void {
  const wxt = join(ROOT, 'node_modules', 'wxt', 'bin', 'wxt.mjs');
  const result = spawnSync(process.execPath, [wxt, 'build', ...args], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`the extension did not build (wxt build ${args.join(' ')})`);
}

/** Builds what a browser present here will load: Chrome's build for Chromium, Firefox's for Firefox. */
export default function buildExtension(): void {
  if (chromiumAvailable()) build();
  if (firefoxAvailable()) build('-b', 'firefox');
}
