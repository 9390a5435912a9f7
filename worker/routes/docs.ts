import { Hono } from 'hono';
import type { AppEnv } from '../lib/types';
import { openApiDocument } from '../openapi/document';
import { referencePage } from '../openapi/reference-page';

/** The API's own description: public, like any published API reference. */
export const docsRoutes = new Hono<AppEnv>()
  .get('/openapi.json', (c) => c.json(openApiDocument(new URL(c.req.url).origin)))
  .get('/docs', (c) => c.html(referencePage()));
