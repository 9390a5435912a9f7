/**
 * From engine offsets back to the page: the text node and offset where a reference starts
 * and ends, as a range for the highlight.
 * @module
 */
import type { TextRun } from './text-runs';

export type RangeFactory = (
  startNode: Text,
  startOffset: number,
  endNode: Text,
  endOffset: number,
) => AbstractRange;

/**
 * StaticRange where the browser has it: the page pays nothing for it when its DOM changes,
 * while every live Range is updated on every mutation of the document. A highlight whose text
 * changed is rescanned anyway (the MutationObserver sees the change).
 */
export function defaultRangeFactory(document: Document): RangeFactory {
  // The content script's own global: in Firefox, the page window's constructors are Xrays.
  const StaticRangeClass = globalThis.StaticRange as typeof StaticRange | undefined;
  if (typeof StaticRangeClass === 'function') {
    return (startContainer, startOffset, endContainer, endOffset) =>
      new StaticRangeClass({ startContainer, startOffset, endContainer, endOffset });
  }
  return liveRangeFactory(document);
}

export function liveRangeFactory(document: Document): RangeFactory {
  return (startNode, startOffset, endNode, endOffset) => {
    const range = document.createRange();
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset);
    return range;
  };
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
export function rangeInRun(run: TextRun, start: number, end: number, makeRange: RangeFactory): AbstractRange {
  const first = nodeIndexAt(run, start);
  const last = nodeIndexAt(run, end - 1);
  return makeRange(
    run.nodes[first] as Text,
    Math.max(0, start - (run.starts[first] as number)),
    run.nodes[last] as Text,
    Math.min(end, run.ends[last] as number) - (run.starts[last] as number),
  );
}
