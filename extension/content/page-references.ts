/**
 * Every reference found on the page so far, kept in page order by the run it was read from,
 * so that rescanning one changed block replaces exactly that block's references.
 * @module
 */
import type { DocumentReference } from '../../shared/references';
import type { FoundReference } from './run-references';

/** The references of one run of text, keyed by the run's first text node. */
export interface RunRecord {
  first: Text;
  found: FoundReference[];
}

const DISCONNECTED = 1;
const PRECEDING = 2;
const CONTAINED_BY = 16;

export interface PageReferences {
  /**
   * Puts `fresh` (the runs of a rescanned subtree, in page order) in place of what was found
   * under `region` before; returns the runs taken out. The place is found by binary search on
   * document position, so a small change on a large page costs a few comparisons.
   */
  replace(region: Node, fresh: RunRecord[]): RunRecord[];
  /** Takes out the runs whose text left the document; returns them. */
  prune(): RunRecord[];
  clear(): void;
  /** One reference per key, the first in page order. */
  distinct(): DocumentReference[];
}

export function pageReferences(): PageReferences {
  let records: RunRecord[] = [];

  /** Index of the first run at or after `region`'s start; -1 when a run on the way left the document. */
  const firstNotBefore = (region: Node): number => {
    let low = 0;
    let high = records.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const first = (records[middle] as RunRecord).first;
      const position = first === region ? 0 : region.compareDocumentPosition(first);
      if (position & DISCONNECTED) return -1;
      if (position & PRECEDING) low = middle + 1;
      else high = middle;
    }
    return low;
  };

  const prune = (): RunRecord[] => {
    const kept: RunRecord[] = [];
    const removed: RunRecord[] = [];
    for (const record of records) (record.first.isConnected ? kept : removed).push(record);
    records = kept;
    return removed;
  };

  return {
    replace(region, fresh) {
      let from = firstNotBefore(region);
      if (from < 0) {
        prune();
        from = firstNotBefore(region);
        if (from < 0) from = records.length;
      }
      let to = from;
      while (to < records.length) {
        const first = (records[to] as RunRecord).first;
        if (first !== region && !(region.compareDocumentPosition(first) & CONTAINED_BY)) break;
        to++;
      }
      return records.splice(from, to - from, ...fresh);
    },

    prune,

    clear() {
      records = [];
    },

    distinct() {
      const seen = new Set<string>();
      const references: DocumentReference[] = [];
      for (const record of records) {
        for (const { reference } of record.found) {
          if (seen.has(reference.key)) continue;
          seen.add(reference.key);
          references.push(reference);
        }
      }
      return references;
    },
  };
}
