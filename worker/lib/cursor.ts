/**
 * Opaque list cursors: the sort position of the last item returned, base64url-encoded JSON.
 * A cursor that does not decode is a 422, never a 500.
 * @module
 */
import { ApiError } from './errors';

export function encodeCursor(position: unknown): string {
  return btoa(JSON.stringify(position)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function decodeRaw(cursor: string): unknown {
  try {
    return JSON.parse(atob(cursor.replace(/-/g, '+').replace(/_/g, '/')));
  } catch {
    throw new ApiError(422, 'validation_failed', 'The cursor is not valid', [
      { path: 'cursor', message: 'invalid' },
    ]);
  }
}

/** A cursor holding one id (lists ordered by id), or null when none was given. */
export function decodeCursor(cursor: string | undefined): number | null {
  if (cursor === undefined) return null;
  const value = decodeRaw(cursor);
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new ApiError(422, 'validation_failed', 'The cursor is not valid', [
      { path: 'cursor', message: 'invalid' },
    ]);
  }
  return value;
}

/** A cursor holding a tuple (lists ordered by several columns), or null. */
export function decodeTupleCursor<T extends unknown[]>(
  cursor: string | undefined,
  check: (value: unknown[]) => value is T,
): T | null {
  if (cursor === undefined) return null;
  const value = decodeRaw(cursor);
  if (!Array.isArray(value) || !check(value)) {
    throw new ApiError(422, 'validation_failed', 'The cursor is not valid', [
      { path: 'cursor', message: 'invalid' },
    ]);
  }
  return value;
}
