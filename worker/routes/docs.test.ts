import { describe, expect, it } from 'vitest';
import { ROUTES } from '../openapi/catalogue';
import { call } from '../test/fixtures';

describe('API description', () => {
  it('serves an OpenAPI 3.1 document with every catalogued route and its body schema', async () => {
    const res = await call('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<string, Record<string, { requestBody?: unknown }>>;
    };
    expect(doc.openapi).toBe('3.1.0');
    for (const route of ROUTES) {
      const operation = doc.paths[route.path.replace(/:(\w+)/g, '{$1}')]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${route.path}`).toBeDefined();
      expect(operation?.requestBody !== undefined, `${route.method} ${route.path} body`).toBe(
        route.body !== undefined,
      );
    }
  });

  it('serves a reference page listing every route', async () => {
    const res = await call('/api/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    for (const route of ROUTES) expect(html).toContain(`${route.method} ${route.path}`);
    expect(html).not.toContain('<script');
  });
});
