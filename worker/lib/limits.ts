/** Largest request body: a clipped dispatch with a long excerpt fits many times over. */
export const MAX_BODY_BYTES = 256 * 1024;
