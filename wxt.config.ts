import preact from '@preact/preset-vite';
import { defineConfig, type WxtViteConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  // Explicit imports (wxt/browser, wxt/utils/*) keep every file type-checkable without `wxt prepare`.
  imports: false,
  manifest: {
    name: 'Theo dõi công văn',
    description: 'Nhận diện số, ký hiệu văn bản trên trang web và theo dõi công văn.',
    // storage: per-tab results live in storage.session so they outlive the background worker.
    permissions: ['storage'],
  },
  vite: () => ({
    // @preact/preset-vite is typed against the hoisted Vite 8 (vitest's); WXT bundles Vite 7.
    // The plugin supports both at runtime, only the declared types differ.
    plugins: [preact() as unknown as NonNullable<WxtViteConfig['plugins']>[number]],
  }),
});
