/**
 * "Already recorded?" for a page's references. Privacy: the server is sent reference keys and
 * nothing else, never the page's URL, title or text (the promise to users).
 * @module
 */
import { symbolKey } from '../../shared/references';
import { LOOKUP_MAX_KEYS, type LookupResponse } from '../../shared/schemas/dispatch';
import type { ReferenceStatus } from '../lib/page-scan';
import { withApi } from './session';

type LookupItem = LookupResponse['items'][number];

/**
 * The status of each key from the lookup's rows. A key the page dates is 'saved' only if a
 * record has that date or none (symbols without a year recur: 12/UBND-VP of 2020 is not
 * 12/UBND-VP of 2024); an undated key takes the first record.
 */
export function statusesFromLookup(
  dates: ReadonlyMap<string, string | null>,
  items: readonly LookupItem[],
): ReferenceStatus[] {
  // The server keys what it stores itself; map its keys back to ours, also through the plain fold.
  const ours = new Map<string, string>();
  for (const key of dates.keys()) {
    ours.set(key, key);
    const folded = symbolKey(key);
    if (!ours.has(folded)) ours.set(folded, key);
  }
  const records = new Map<string, LookupItem[]>();
  for (const item of items) {
    const key = ours.get(item.key) ?? ours.get(symbolKey(item.symbol));
    if (key) records.set(key, [...(records.get(key) ?? []), item]);
  }
  return [...dates].map(([key, date]): ReferenceStatus => {
    const candidates = records.get(key) ?? [];
    const match = date
      ? (candidates.find((c) => c.issuedDate === date) ?? candidates.find((c) => c.issuedDate === null))
      : candidates[0];
    return match
      ? { key, state: 'saved', dispatchId: match.id, error: null }
      : { key, state: 'new', dispatchId: null, error: null };
  });
}

/**
 * Asks the server about these keys (in chunks the API accepts). Null when it could not
 * answer or nobody is signed in: the references then simply have no status yet.
 */
export async function lookupStatuses(
  dates: ReadonlyMap<string, string | null>,
  options: { timeoutMs?: number } = {},
): Promise<ReferenceStatus[] | null> {
  const keys = [...dates.keys()];
  const items: LookupItem[] = [];
  for (let i = 0; i < keys.length; i += LOOKUP_MAX_KEYS) {
    const result = await withApi((api) => api.lookup(keys.slice(i, i + LOOKUP_MAX_KEYS)), options);
    if (!result.ok) return null;
    items.push(...result.data.items);
  }
  return statusesFromLookup(dates, items);
}
