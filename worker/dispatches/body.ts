/**
 * A JSON body that may be left out: `POST /api/dispatches/:id/ack` carries at most a note, and
 * a client sending nothing means "no note", not malformed JSON.
 * @module
 */
import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError } from '../lib/errors';

export async function readOptionalJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  const raw = await c.req.text();
  let body: unknown = {};
  if (raw.trim() !== '') {
    try {
      body = JSON.parse(raw);
    } catch {
      throw new ApiError(400, 'bad_request', 'The body is not valid JSON');
    }
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError(
      422,
      'validation_failed',
      'The body is not valid',
      parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    );
  }
  return parsed.data;
}
