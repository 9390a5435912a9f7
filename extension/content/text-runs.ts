/**
 * The page's text as runs: consecutive text nodes that share a block, joined, with where each
 * node starts in the joined text. "Công văn số 3944/<b>UBND</b>-NC" is one run, so the engine
 * sees the whole symbol; two paragraphs are two runs, so no reference runs across them.
 * @module
 */
import { isDigit, isSymbolLetter } from '../../shared/references/chars';
import type { BlockResolver } from './block-elements';
import { separatorBetween } from './line-breaks';

export interface TextRun {
  /** The block the run's text belongs to. */
  block: Element;
  nodes: Text[];
  /** Where each node's text starts in `text`. */
  starts: number[];
  /** Where each node's text ends in `text` (a rebuilt run may put line breaks between nodes). */
  ends: number[];
  text: string;
}

const SHOW_TEXT = 4;
const TEXT_NODE = 3;
/** Text nodes visited between two looks at the clock, less one (a mask: 32 nodes). */
const CLOCK_CHECK_MASK = 31;
/**
 * A longer run is cut at the next node boundary, so that one engine call on one pathological
 * block (a whole page of <br>-separated lines) still fits in a time slice.
 */
const MAX_RUN_LENGTH = 32_768;
/**
 * Whether the engine could find a reference that touches this node: it parses only from a
 * slash, or from a hyphen between a digit and a letter (scanReferences: not in "28-8-2020"), and
 * the digit may end the node before ("64" + "-CP") or the letter open the next ("15-" + "TTg").
 * Asked of every text node of the page, cold: two `indexOf` calls (memchr on Vietnamese
 * two-byte text) cost a fraction of a `/\d/` test over the same characters.
 */
function mayHoldReference(data: string): boolean {
  if (data.indexOf('/') >= 0) return true;
  for (let at = data.indexOf('-'); at >= 0; at = data.indexOf('-', at + 1))
    if (
      (at === 0 || isDigit(data.charCodeAt(at - 1))) &&
      (at === data.length - 1 || isSymbolLetter(data.charCodeAt(at + 1)))
    )
      return true;
  return false;
}
/** Whitespace nodes between tags are short; a longer node is text even if it starts blank. */
const MAX_BLANK = 64;

function isBlank(data: string): boolean {
  if (data.length > MAX_BLANK) return false;
  for (let i = 0; i < data.length; i++) if (data.charCodeAt(i) > 32) return false;
  return true;
}

/** Nodes kept while looking for a place to start in their block; older ones are forgotten. */
const MAX_LOOKBACK = 64;
const LOOKBACK_MASK = MAX_LOOKBACK - 1;

/**
 * How many of the last `count` remembered nodes a run's head may reach back to: all of them up
 * to MAX_LOOKBACK; past it, the older half is forgotten each time the lookback fills up
 * again (between half and all of it, as far as the walk ever looked back).
 */
function keptOf(count: number): number {
  const half = MAX_LOOKBACK / 2;
  return count <= MAX_LOOKBACK ? count : half + 1 + ((count - half - 1) % half);
}

export type WalkStep = TextRun | 'paused' | 'done';

/**
 * Walks the text nodes under `root` (a TreeWalker, no filter callback: a JavaScript filter
 * called for every node would cost as much as the walk itself) and returns one run at a time.
 * Resumable: `next()` stops with 'paused' when `shouldYield` says the time slice is over.
 *
 * Only runs where the engine can start (`mayHoldReference`) matter, so a node's block is looked
 * up only when the node holds such a place, or is a neighbour of one: the other nodes since the
 * last run wait in a short buffer, and become the head of a run when a place turns up in their
 * block (the number before "/UBND-NC" in another element, the type word before it). On a page
 * of prose (no slash, no hyphen after a number) the walk reads no parent at all.
 */
export interface TextRunWalker {
  /** The next run; 'paused' when `shouldYield` says the time slice is over, 'done' at the end. */
  next(shouldYield?: () => boolean): WalkStep;
}

// The walk's state is the function's local variables, not a class's fields: the minifier
// renames locals, and the content script has a size budget (DESIGN.md §6). For the same reason
// `everyRun` is a flag, not an options object: it returns runs where the engine cannot start
// too (for the page's main text), which are dropped by default.
export function textRunWalker(root: Node, blocks: BlockResolver, everyRun = false): TextRunWalker {
  let walker: TreeWalker | null = null;
  let pendingRoot: Text | null = null;
  if (root.nodeType === TEXT_NODE) pendingRoot = root as Text;
  else walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, SHOW_TEXT);
  let finished = false;
  // The open run, its block known. Reused buffers with a count, not fresh arrays per run.
  let runBlock: Element | null = null;
  const nodes: Text[] = [];
  const texts: string[] = [];
  let count = 0;
  let length = 0;
  /** Whitespace after the open run's last node: kept if the run goes on. */
  let pendingBlank: Text | null = null;
  /**
   * The nodes since the last run, in a ring of MAX_LOOKBACK: remembering one costs one store in
   * the walk's loop; their text and block are read again only for a run's head.
   */
  const recent: Text[] = new Array(MAX_LOOKBACK);
  /** How many nodes went into the ring since the walk began, and where the last run took it back to. */
  let recentEnd = 0;
  let recentStart = 0;
  let lastParent: Element | null = null;
  let lastBlock: Element | null = null;

  const remember = (node: Text): void => {
    recent[recentEnd++ & LOOKBACK_MASK] = node;
  };

  const append = (node: Text, data: string): void => {
    nodes[count] = node;
    texts[count] = data;
    count++;
    length += data.length;
  };

  const blockOf = (node: Text): Element | null => {
    const parent = node.parentElement;
    if (parent === null) return null;
    // Siblings split by inline tags share a parent: skip the lookup for them.
    if (parent !== lastParent) {
      lastParent = parent;
      lastBlock = blocks.blockOf(parent);
    }
    return lastBlock;
  };

  /** The open run (every run holds a place to start unless every run is asked for), and a fresh start. */
  const flush = (): TextRun | null => {
    const closed = count;
    const block = runBlock;
    pendingBlank = null;
    count = 0;
    length = 0;
    runBlock = null;
    if (closed === 0 || block === null) return null;
    let text = texts[0] as string;
    for (let i = 1; i < closed; i++) text += texts[i] as string;
    return makeRun(block, nodes.slice(0, closed), texts.slice(0, closed), text);
  };

  /** Opens a run at a node with a place to start (with the same block's nodes before it), or keeps the node for later. */
  const startOrRemember = (node: Text, data: string, known: Element | null | undefined): void => {
    if (!everyRun && !mayHoldReference(data)) {
      remember(node);
      return;
    }
    const block = known === undefined ? blockOf(node) : known;
    if (block === null) return;
    // The run's head: the remembered nodes of this block, back to the first of another block;
    // whitespace and skipped elements (scripts, styles) do not end it, and whitespace before
    // its first word is left out. Most often it is empty: the whitespace after the previous
    // block.
    const end = recentEnd;
    const oldest = end - keptOf(end - recentStart);
    let first = end;
    let skipped = false;
    for (let i = end - 1; i >= oldest; i--) {
      const earlier = recent[i & LOOKBACK_MASK] as Text;
      if (isBlank(earlier.data)) continue;
      const earlierBlock = blockOf(earlier);
      if (earlierBlock === null) skipped = true;
      else if (earlierBlock === block) first = i;
      else break;
    }
    runBlock = block;
    recentStart = end;
    for (let i = first; i < end; i++) {
      const earlier = recent[i & LOOKBACK_MASK] as Text;
      const earlierData = earlier.data;
      if (skipped && !isBlank(earlierData) && blockOf(earlier) === null) continue;
      append(earlier, earlierData);
    }
    append(node, data);
  };

  /** Takes one node; returns the run it closed, if it closed one. */
  const visit = (node: Text, data: string): TextRun | null => {
    if (isBlank(data)) {
      // Whitespace between tags separates two words only inside a run: never a block lookup.
      if (runBlock) pendingBlank = node;
      else remember(node);
      return null;
    }
    if (runBlock === null) {
      startOrRemember(node, data, undefined);
      return null;
    }
    const block = blockOf(node);
    if (block === null) return null; // a script or a style inside the run
    if (block === runBlock && length <= MAX_RUN_LENGTH) {
      if (pendingBlank) append(pendingBlank, pendingBlank.data);
      pendingBlank = null;
      append(node, data);
      return null;
    }
    const run = flush();
    startOrRemember(node, data, block);
    return run;
  };

  const next = (shouldYield = () => false): WalkStep => {
    if (finished) return 'done';
    let visited = 0;
    for (;;) {
      let node: Text | null;
      if (walker) node = walker.nextNode() as Text | null;
      else {
        node = pendingRoot;
        pendingRoot = null;
      }
      if (node === null) {
        finished = true;
        return flush() ?? 'done';
      }
      const data = node.data;
      // The common case, kept in this loop (it runs cold, once, over every text node of the
      // page: each call less counts): no run open, no place to start, so only remembered.
      if (runBlock === null && !everyRun && !mayHoldReference(data))
        recent[recentEnd++ & LOOKBACK_MASK] = node;
      else {
        const run = visit(node, data);
        if (run) return run;
      }
      if ((++visited & CLOCK_CHECK_MASK) === 0 && shouldYield()) return 'paused';
    }
  };
  return { next };
}

/**
 * The run's nodes and their offsets, with a line break wherever a <br> (or an empty block)
 * sits between two nodes, and a space between a word and a number in two elements
 * (`separatorBetween`): glued, "27/8/2020<br>3944/UBND-NC" would hide the reference from the
 * engine altogether. Only runs of several nodes pay for the check; the text is
 * rebuilt only when a separator turns up.
 */
function makeRun(block: Element, nodes: Text[], texts: string[], joined: string): TextRun {
  const count = texts.length;
  const starts: number[] = new Array(count);
  const ends: number[] = new Array(count);
  let rebuilt: string | null = null;
  let offset = 0;
  for (let i = 0; i < count; i++) {
    const part = texts[i] as string;
    const separator = i > 0 ? separatorBetween(nodes[i - 1] as Text, nodes[i] as Text) : '';
    if (separator) {
      rebuilt = (rebuilt ?? joined.slice(0, offset)) + separator;
      offset++;
    }
    if (rebuilt !== null) rebuilt += part;
    starts[i] = offset;
    offset += part.length;
    ends[i] = offset;
  }
  return { block, nodes, starts, ends, text: rebuilt ?? joined };
}
/** Every run under `root` at once (tests, and the bounded main-text walk). */
export function allTextRuns(root: Node, blocks: BlockResolver, everyRun = false): TextRun[] {
  const walker = textRunWalker(root, blocks, everyRun);
  const runs: TextRun[] = [];
  for (let step = walker.next(); step !== 'done'; step = walker.next()) {
    if (step !== 'paused') runs.push(step);
  }
  return runs;
}
