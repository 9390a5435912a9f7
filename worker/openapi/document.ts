/**
 * The OpenAPI 3.1 document of the API, built from the route catalogue and the zod schemas
 * of shared/ (zod 4 writes the JSON Schemas), so it cannot drift from what is validated.
 * @module
 */
import { z } from 'zod';
import { ErrorEnvelopeSchema } from '../../shared/errors';
import { ROUTES, type RouteSpec } from './catalogue';

function jsonSchema(schema: z.ZodType): unknown {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
}

function parameters(route: RouteSpec) {
  const path = [...route.path.matchAll(/:(\w+)/g)].map((m) => ({
    name: m[1],
    in: 'path',
    required: true,
    schema: { type: 'integer', minimum: 1 },
  }));
  const query = route.query
    ? (jsonSchema(route.query) as { properties?: Record<string, unknown>; required?: string[] })
    : null;
  const queryParameters = Object.entries(query?.properties ?? {}).map(([name, schema]) => ({
    name,
    in: 'query',
    required: query?.required?.includes(name) ?? false,
    schema,
  }));
  const idempotency =
    route.method === 'POST' && route.path === '/api/dispatches'
      ? [
          {
            name: 'Idempotency-Key',
            in: 'header',
            required: false,
            schema: { type: 'string', maxLength: 100 },
          },
        ]
      : [];
  return [...path, ...queryParameters, ...idempotency];
}

export function openApiDocument(serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of ROUTES) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    const secured = !route.callers.includes('anonymous');
    paths[path] ??= {};
    (paths[path] as Record<string, unknown>)[route.method.toLowerCase()] = {
      summary: route.summary,
      description: `Callers: ${route.callers.join(', ')}.`,
      ...(secured ? { security: [{ bearer: [] }] } : {}),
      parameters: parameters(route),
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: jsonSchema(route.body) } },
            },
          }
        : {}),
      responses: {
        '200': { description: 'OK' },
        default: {
          description: 'An error',
          content: { 'application/json': { schema: jsonSchema(ErrorEnvelopeSchema) } },
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Dispatch Tracker API (Theo dõi công văn)', version: '0.1.0' },
    servers: [{ url: serverUrl }],
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    paths,
  };
}
