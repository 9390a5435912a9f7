import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig, type WxtViteConfig } from 'wxt';
import { EXTENSION_PAGES_CSP } from './extension/manifest-csp';
import { FIREFOX_SETTINGS } from './extension/manifest-firefox';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  // Explicit imports (wxt/browser, wxt/utils/*) keep every file type-checkable without `wxt prepare`.
  imports: false,
  manifest: ({ browser, manifestVersion, command }) => ({
    // Built extensions only: `wxt dev` adds its own dev-server sources for hot reloading.
    ...(command === 'build'
      ? {
          content_security_policy:
            manifestVersion === 3 ? { extension_pages: EXTENSION_PAGES_CSP } : EXTENSION_PAGES_CSP,
        }
      : {}),
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: FIREFOX_SETTINGS } } : {}),
    name: 'Theo dõi công văn',
    description: 'Nhận diện số, ký hiệu văn bản trên trang web và theo dõi công văn.',
    // Each one is explained in the README ("Permissions, and why").
    // storage: settings, session, offline queue, and per-tab results in storage.session.
    // alarms: wakes the background to retry queued saves with backoff, and to read the inbox.
    // contextMenus: the "Lưu công văn từ vùng chọn" item on selected text.
    // notifications: tells a unit head of new dispatches and near deadlines (can be turned off).
    // sidePanel (Chrome only): the unit heads' side panel (entrypoints/sidepanel). WXT adds it
    // with `side_panel` for Chrome MV3, and `sidebar_action` (which needs no permission) for
    // Firefox, so it is not listed here, where Firefox would warn about an unknown permission.
    // No host permissions: the API allows extension origins by CORS, so the background
    // reaches any server the user configures without access to other sites.
    permissions: ['storage', 'alarms', 'contextMenus', 'notifications'],
  }),
  vite: () => ({
    // @preact/preset-vite is typed against the hoisted Vite 8 (vitest's); WXT bundles Vite 7.
    // The plugin supports both at runtime, only the declared types differ.
    plugins: [preact() as unknown as NonNullable<WxtViteConfig['plugins']>[number]],
    // WXT wraps the content script in its ContentScriptContext; this lean one keeps what the
    // script uses and ≈ 675 bytes gzipped of its 20 KB budget (extension/content/script-context.ts).
    resolve: {
      alias: [
        {
          find: /^wxt\/utils\/content-script-context$/,
          replacement: fileURLToPath(new URL('./extension/content/script-context.ts', import.meta.url)),
        },
      ],
    },
    // Terser, three passes: the content script is ≈ 4% smaller gzipped than with esbuild's
    // minifier, which keeps it within its 20 KB budget (BENCHMARKS.md, bundle sizes).
    build: { minify: 'terser', terserOptions: { compress: { passes: 3 } } },
  }),
});
