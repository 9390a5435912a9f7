/**
 * The worker's own password hashing (worker/lib/passwords.ts: PBKDF2-SHA-256 through WebCrypto,
 * which Node has as well), so a hash written by a script verifies in the worker.
 *
 * Imported by a path TypeScript does not follow: that file is typed against the Workers'
 * `BufferSource`, which Node's typings reject for a `Uint8Array<ArrayBufferLike>`; the worker
 * project type-checks it. The signature below is the one it exports.
 * @module
 */
const PASSWORDS_MODULE = '../../worker/lib/passwords.ts';

export const { hashPassword } = (await import(PASSWORDS_MODULE)) as {
  hashPassword: (password: string) => Promise<string>;
};
