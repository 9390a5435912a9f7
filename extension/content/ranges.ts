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
 * StaticRange (every browser the extension supports has it: Chrome 60, Firefox 71): the page pays
 * nothing for it when its DOM changes, while every live Range is updated on every mutation of
 * the document. A highlight whose text changed is rescanned anyway (the MutationObserver sees the
 * change). Tests in happy-dom, which has none, hand the detector `liveRangeFactory`.
 */
export const staticRangeFactory: RangeFactory = (startContainer, startOffset, endContainer, endOffset) =>
  // The content script's own global: in Firefox, the page window's constructors are Xrays.
  new StaticRange({ startContainer, startOffset, endContainer, endOffset });

/** Live Ranges of `document`, where there is no StaticRange (happy-dom). */
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
