/**
 * A human-readable reference of the API, rendered on the server from the same catalogue:
 * no script and no outside resource, so it works offline and under a strict CSP.
 * @module
 */
import { z } from 'zod';
import { ROUTES } from './catalogue';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function schemaBlock(title: string, schema: z.ZodType | undefined): string {
  if (!schema) return '';
  const json = JSON.stringify(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), null, 2);
  return `<details><summary>${title}</summary><pre>${escapeHtml(json)}</pre></details>`;
}

export function referencePage(): string {
  const rows = ROUTES.map(
    (route) => `<section>
  <h2><code>${route.method} ${escapeHtml(route.path)}</code></h2>
  <p>${escapeHtml(route.summary)}</p>
  <p><strong>Callers:</strong> ${route.callers.map(escapeHtml).join(', ')}</p>
  ${schemaBlock('Query', route.query)}${schemaBlock('Body', route.body)}
</section>`,
  ).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dispatch Tracker API</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}h2{font-size:1rem;margin:1.5rem 0 .25rem}pre{background:#f4f4f4;padding:.5rem;overflow:auto}section{border-top:1px solid #ddd}</style>
</head><body>
<h1>Dispatch Tracker API — Theo dõi công văn</h1>
<p>JSON over HTTPS. Send <code>Authorization: Bearer &lt;token&gt;</code> from <code>POST /api/auth/login</code>.
Errors: <code>{"error":{"code","message","details"?}}</code> with 400, 401, 403, 404, 409, 413, 422 or 429.
Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).</p>
${rows}
</body></html>`;
}
