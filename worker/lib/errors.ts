import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { type ErrorCode, errorEnvelope } from '../../shared/errors';

/** An expected failure with its envelope code; thrown from routes, shaped by `onError`. */
export class ApiError extends HTTPException {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(status: ContentfulStatusCode, code: ErrorCode, message: string, details?: unknown) {
    super(status, { message });
    this.code = code;
    this.details = details;
  }
}

const CODE_BY_STATUS: Partial<Record<number, ErrorCode>> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  422: 'validation_failed',
  429: 'rate_limited',
  503: 'unavailable',
};

/** The app's single `onError`: every error leaves as the shared JSON envelope. */
export function handleError(err: Error, c: Context) {
  if (err instanceof ApiError) {
    return c.json(errorEnvelope(err.code, err.message, err.details), err.status);
  }
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    return c.json(errorEnvelope(CODE_BY_STATUS[status] ?? 'internal', err.message), status);
  }
  console.error(err);
  return c.json(errorEnvelope('internal', 'Internal server error'), 500);
}

/** The app's `notFound`: an unknown route is a 404 in the envelope. */
export function handleNotFound(c: Context) {
  return c.json(errorEnvelope('not_found', `No route for ${c.req.method} ${c.req.path}`), 404);
}
