/**
 * Request validation with the zod schemas of shared/: malformed JSON is a 400, a body or
 * query that breaks its schema a 422 with the issues in `details`.
 * @module
 */
import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError } from './errors';

function issues(error: z.ZodError) {
  return error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new ApiError(400, 'bad_request', 'The body is not valid JSON');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw new ApiError(422, 'validation_failed', 'The body is not valid', issues(parsed.error));
  return parsed.data;
}

export function readQuery<S extends z.ZodType>(c: Context, schema: S): z.infer<S> {
  const parsed = schema.safeParse(c.req.query());
  if (!parsed.success)
    throw new ApiError(422, 'validation_failed', 'The query is not valid', issues(parsed.error));
  return parsed.data;
}

const ID = /^[1-9]\d{0,15}$/;

/** A numeric path parameter; anything else cannot name a record, so it is a 404. */
export function readId(c: Context, name = 'id'): number {
  const raw = c.req.param(name) ?? '';
  if (!ID.test(raw)) throw new ApiError(404, 'not_found', `No such ${name}`);
  return Number(raw);
}
