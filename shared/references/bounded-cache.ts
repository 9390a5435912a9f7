/**
 * Remembering the answers of the engine's small pure functions of one key (a segment, a
 * symbol, a day): pages repeat the same few again and again, and a lookup costs less than the
 * answer. One helper rather than a map and its bound beside each function: the content script,
 * which holds them all, has a size budget (DESIGN.md §6).
 * @module
 */

/** Keys remembered at most: the map is emptied when full, so that odd input cannot grow it. */
const CACHE_LIMIT = 4096;

/** `compute`, each answer remembered (`undefined` is no answer: it is computed again). */
export function boundedCache<K, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(key, value);
    }
    return value;
  };
}
