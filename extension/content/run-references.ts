/**
 * The references of one run of text, each with its range in the page. The engine reads the
 * run as collected; only when a candidate touches a hidden node does the run get rebuilt as
 * the reader sees it, and read again. Runs without a candidate never pay for a style check.
 * @module
 */
import type { ReportedReference } from '../lib/page-scan';
import { separatorBetween } from './line-breaks';
import { nodeIndexAt, type RangeClass, rangeInRun } from './ranges';
import { findReferencesAround } from './references-around';
import type { TextRun } from './text-runs';
import type { VisibilityCheck } from './visibility';

export interface FoundReference {
  reference: ReportedReference;
  range: AbstractRange;
}

export function referencesInRun(
  run: TextRun,
  visibility: VisibilityCheck,
  rangeClass: RangeClass,
): FoundReference[] {
  const references = findReferencesAround(run.text);
  if (references.length === 0) return [];
  for (const reference of references) {
    if (!readsAsCollected(run, reference, visibility)) {
      const rendered = renderedRun(run, visibility);
      return rendered ? withRanges(rendered, findReferencesAround(rendered.text), rangeClass) : [];
    }
  }
  return withRanges(run, references, rangeClass);
}

function withRanges(run: TextRun, references: ReportedReference[], rangeClass: RangeClass): FoundReference[] {
  return references.map((reference) => ({
    reference,
    range: rangeInRun(run, reference.start, reference.end, rangeClass),
  }));
}

/** Whether the nodes a reference spans are all shown: then what the engine read is what the reader sees. */
function readsAsCollected(run: TextRun, reference: ReportedReference, visibility: VisibilityCheck): boolean {
  const { nodes } = run;
  const last = nodeIndexAt(run, reference.end - 1);
  for (let i = nodeIndexAt(run, reference.start); i <= last; i++) {
    const parent = (nodes[i] as Text).parentElement;
    if (!parent || !visibility.isShown(parent)) return false;
  }
  return true;
}

/**
 * The run as the reader sees it: hidden nodes left out, `lineBreak` where the page breaks the
 * line (a <br> between two nodes).
 */
export function renderedRun(run: TextRun, visibility: VisibilityCheck, lineBreak = '\n'): TextRun | null {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const parts: string[] = [];
  let offset = 0;
  // The last node holding more than whitespace: a text layer's source may put a newline between
  // its placed lines, and the tops to compare are the lines' (audit 111).
  let previous: Text | undefined;
  run.nodes.forEach((node, i) => {
    const parent = node.parentElement;
    if (!parent || !visibility.isShown(parent)) return;
    const separator = previous ? separatorBetween(previous, node, lineBreak) : '';
    if (separator) {
      parts.push(separator);
      offset += separator.length;
    }
    const data = run.text.slice(run.starts[i], run.ends[i]);
    nodes.push(node);
    if (data.trim()) previous = node;
    parts.push(data);
    starts.push(offset);
    offset += data.length;
    ends.push(offset);
  });
  if (nodes.length === 0) return null;
  return { block: run.block, nodes, starts, ends, text: parts.join('') };
}
