/**
 * Whether two text nodes of one block are on different lines: a <br>, or an empty block such
 * as <hr>, sits between them. Asked only of nodes around a reference candidate, where a line
 * break changes what the engine reads ("27/8/2020<br>3944/UBND-NC" is not "20203944/UBND-NC").
 * @module
 */
import { breaksLine } from './block-elements';

const ELEMENT_NODE = 1;
/** Nodes between two text nodes of one run are a few inline tags; a page that nests more is not worth the walk. */
const MAX_STEPS = 64;

/** True when, walking back from `after` to `before` in document order, an element breaks the line. */
export function lineBreakBetween(before: Text, after: Text): boolean {
  let node: Node = after;
  for (let steps = 0; steps < MAX_STEPS; steps++) {
    let previous = node.previousSibling;
    if (previous === null) {
      // Leaving an inline element backwards: its start tag does not break the line.
      const parent = node.parentNode;
      if (parent === null) return false;
      node = parent;
      continue;
    }
    // Entering the previous sibling from its end, down to its last leaf.
    for (;;) {
      if (previous === before) return false;
      if (previous.nodeType === ELEMENT_NODE && breaksLine(previous as Element)) return true;
      const last: ChildNode | null = previous.lastChild;
      if (last === null) break;
      previous = last;
      steps++;
    }
    node = previous;
  }
  return false;
}
