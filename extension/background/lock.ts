/**
 * Named locks: work under one name runs one at a time, in call order. The background's
 * handlers read, change and write storage; without this, two messages arriving together
 * (two quick scans of one tab, a save during a retry) would each write over the other.
 * @module
 */
const tails = new Map<string, Promise<unknown>>();

export function withLock<T>(name: string, work: () => Promise<T>): Promise<T> {
  const previous = tails.get(name) ?? Promise.resolve();
  const result = previous.then(work, work);
  // The chain continues whether this work succeeds or fails; forget it once it is the last.
  const tail = result.then(
    () => undefined,
    () => undefined,
  );
  tails.set(name, tail);
  void tail.then(() => {
    if (tails.get(name) === tail) tails.delete(name);
  });
  return result;
}
