import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const r = await build({
  entryPoints: ['extension/entrypoints/content.ts'],
  bundle: true,
  minify: true,
  format: 'iife',
  write: false,
  metafile: true,
  target: 'chrome120',
  logLevel: 'error',
  loader: { '.css': 'empty' },
});
const out = Object.values(r.metafile.outputs)[0];
const rows = Object.entries(out.inputs)
  .map(([k, v]) => [k, v.bytesInOutput])
  .sort((a, b) => b[1] - a[1]);
let t = 0;
for (const [k, b] of rows) {
  t += b;
  console.log(String(b).padStart(7), k);
}
console.log(t, 'gz', gzipSync(r.outputFiles[0].contents, { level: 9 }).length);
