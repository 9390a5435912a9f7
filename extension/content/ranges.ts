/**
 * From engine offsets back to the page: the text node and offset where a reference starts
 * and ends, as a range for the highlight.
 * @module
 */
import type { TextRun } from './text-runs';

/**
 * What the ranges are built with: a constructor called as `StaticRange` is, with the range's ends.
 * StaticRange itself in the extension (every browser the extension supports has it: Chrome 60,
 * Firefox 71), passed as it is: the page pays nothing for it when its DOM changes, while every
 * live Range is updated on every mutation of the document. A highlight whose text changed is
 * rescanned anyway (the MutationObserver sees the change). Tests in happy-dom, which has none,
 * hand the detector `liveRangeClass`.
 */
export type RangeClass = new (ends: StaticRangeInit) => AbstractRange;

/** Live Ranges of `document`, built as StaticRange builds its own, where there is no StaticRange (happy-dom). */
export function liveRangeClass(document: Document): RangeClass {
  // A function called with `new` gives the object it returns: here, the live range.
  function LiveRange(ends: StaticRangeInit): AbstractRange {
    const range = document.createRange();
    range.setStart(ends.startContainer, ends.startOffset);
    range.setEnd(ends.endContainer, ends.endOffset);
    return range;
  }
  return LiveRange as unknown as RangeClass;
}

/** Index of the run's node that holds the character at `offset` (the first node ending after it). */
export function nodeIndexAt(run: TextRun, offset: number): number {
  const { ends } = run;
  let low = 0;
  let high = ends.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((ends[middle] as number) > offset) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The range of the run's text from `start` to `end` (offsets into `run.text`). */
export function rangeInRun(run: TextRun, start: number, end: number, RangeType: RangeClass): AbstractRange {
  const first = nodeIndexAt(run, start);
  const last = nodeIndexAt(run, end - 1);
  return new RangeType({
    startContainer: run.nodes[first] as Text,
    startOffset: Math.max(0, start - (run.starts[first] as number)),
    endContainer: run.nodes[last] as Text,
    endOffset: Math.min(end, run.ends[last] as number) - (run.starts[last] as number),
  });
}
