/**
 * The page's text as runs: consecutive text nodes that share a block, joined, with where each
 * node starts in the joined text. "Công văn số 3944/<b>UBND</b>-NC" is one run, so the engine
 * sees the whole symbol; two paragraphs are two runs, so no reference runs across them.
 * @module
 */
import type { BlockResolver } from './block-elements';
import { lineBreakBetween } from './line-breaks';

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
/** How many text nodes are visited between two looks at the clock. */
const NODES_PER_CLOCK_CHECK = 32;
/**
 * A longer run is cut at the next node boundary, so that one engine call on one pathological
 * block (a whole page of <br>-separated lines) still fits in a time slice.
 */
const MAX_RUN_LENGTH = 32_768;
/** A reference holds at least one digit; text without any is not worth the engine's call. */
const DIGIT = /\d/;
/** Whitespace nodes between tags are short; a longer node is text even if it starts blank. */
const MAX_BLANK = 64;

function isBlank(data: string): boolean {
  if (data.length > MAX_BLANK) return false;
  for (let i = 0; i < data.length; i++) if (data.charCodeAt(i) > 32) return false;
  return true;
}

export type WalkStep = TextRun | 'paused' | 'done';

export interface TextRunWalkerOptions {
  /** Return runs without a digit too (for the page's main text); by default they are dropped. */
  everyRun?: boolean;
}

/** Digit-free nodes kept while looking for a digit in their block; older ones are forgotten. */
const MAX_LOOKBACK = 64;

/**
 * Walks the text nodes under `root` (a TreeWalker, no filter callback: a JavaScript filter
 * called for every node would cost as much as the walk itself) and returns one run at a time.
 * Resumable: `next()` stops with 'paused' when `shouldYield` says the time slice is over.
 *
 * Only runs holding a digit matter to the engine, so a node's block is looked up only when the
 * node holds a digit, or is a neighbour of one: the digit-free nodes since the last run wait in
 * a short buffer, and become the head of a run when a digit turns up in their block. On a page
 * of prose the walk reads no parent at all.
 */
export class TextRunWalker {
  private readonly walker: TreeWalker | null;
  private pendingRoot: Text | null = null;
  private readonly everyRun: boolean;
  private finished = false;
  // The open run, its block known. Reused buffers with a count, not fresh arrays per run.
  private runBlock: Element | null = null;
  private readonly nodes: Text[] = [];
  private readonly texts: string[] = [];
  private count = 0;
  private length = 0;
  /** Whitespace after the open run's last node: kept if the run goes on. */
  private pendingBlank: Text | null = null;
  // Nodes since the last run, their block not looked up yet (undefined) unless it had to be.
  private readonly recentNodes: Text[] = [];
  private readonly recentTexts: string[] = [];
  private readonly recentBlocks: (Element | null | undefined)[] = [];
  private recentCount = 0;
  private lastParent: Element | null = null;
  private lastBlock: Element | null = null;

  constructor(
    root: Node,
    private readonly blocks: BlockResolver,
    options: TextRunWalkerOptions = {},
  ) {
    this.everyRun = options.everyRun ?? false;
    if (root.nodeType === TEXT_NODE) {
      this.walker = null;
      this.pendingRoot = root as Text;
    } else {
      const document = root.ownerDocument ?? (root as Document);
      this.walker = document.createTreeWalker(root, SHOW_TEXT);
    }
  }

  next(shouldYield: () => boolean = () => false): WalkStep {
    if (this.finished) return 'done';
    const { walker, everyRun } = this;
    let visited = 0;
    for (;;) {
      const node = walker ? (walker.nextNode() as Text | null) : this.takeRoot();
      if (node === null) {
        this.finished = true;
        return this.flush() ?? 'done';
      }
      const data = node.data;
      // The common case, kept in this loop (it runs cold, once, over every text node of the
      // page: each call less counts): no run open, no digit, so only remembered.
      if (this.runBlock === null && !everyRun && !DIGIT.test(data)) this.remember(node, data, undefined);
      else {
        const run = this.visit(node, data);
        if (run) return run;
      }
      if (++visited % NODES_PER_CLOCK_CHECK === 0 && shouldYield()) return 'paused';
    }
  }

  /** Takes one node; returns the run it closed, if it closed one. */
  private visit(node: Text, data: string): TextRun | null {
    if (isBlank(data)) {
      // Whitespace between tags separates two words only inside a run: never a block lookup.
      if (this.runBlock) this.pendingBlank = node;
      else this.remember(node, data, undefined);
      return null;
    }
    if (this.runBlock === null) {
      this.startOrRemember(node, data, undefined);
      return null;
    }
    const block = this.blockOf(node);
    if (block === null) return null; // a script or a style inside the run
    if (block === this.runBlock && this.length <= MAX_RUN_LENGTH) {
      if (this.pendingBlank) this.append(this.pendingBlank, this.pendingBlank.data);
      this.pendingBlank = null;
      this.append(node, data);
      return null;
    }
    const run = this.flush();
    this.startOrRemember(node, data, block);
    return run;
  }

  /** Opens a run at a node with a digit (with the same block's nodes before it), or keeps the node for later. */
  private startOrRemember(node: Text, data: string, known: Element | null | undefined): void {
    if (!this.everyRun && !DIGIT.test(data)) {
      this.remember(node, data, known);
      return;
    }
    const block = known === undefined ? this.blockOf(node) : known;
    if (block === null) return;
    // The run's head: the remembered nodes of this block, back to the first of another block.
    const head: number[] = [];
    for (let i = this.recentCount - 1; i >= 0; i--) {
      if (isBlank(this.recentTexts[i] as string)) {
        head.push(i);
        continue;
      }
      let recentBlock = this.recentBlocks[i];
      if (recentBlock === undefined) recentBlock = this.blockOf(this.recentNodes[i] as Text);
      if (recentBlock === null) continue;
      if (recentBlock !== block) break;
      head.push(i);
    }
    while (head.length > 0 && isBlank(this.recentTexts[head[head.length - 1] as number] as string))
      head.pop();
    this.runBlock = block;
    for (let k = head.length - 1; k >= 0; k--) {
      const i = head[k] as number;
      this.append(this.recentNodes[i] as Text, this.recentTexts[i] as string);
    }
    this.recentCount = 0;
    this.append(node, data);
  }

  private remember(node: Text, data: string, block: Element | null | undefined): void {
    if (this.recentCount === MAX_LOOKBACK) {
      // Forget the older half: a digit that far on is not in the same line.
      const keep = MAX_LOOKBACK / 2;
      this.recentNodes.copyWithin(0, keep);
      this.recentTexts.copyWithin(0, keep);
      this.recentBlocks.copyWithin(0, keep);
      this.recentCount = keep;
    }
    const i = this.recentCount++;
    this.recentNodes[i] = node;
    this.recentTexts[i] = data;
    this.recentBlocks[i] = block;
  }

  private append(node: Text, data: string): void {
    this.nodes[this.count] = node;
    this.texts[this.count] = data;
    this.count++;
    this.length += data.length;
  }

  private blockOf(node: Text): Element | null {
    const parent = node.parentElement;
    if (parent === null) return null;
    // Siblings split by inline tags share a parent: skip the lookup for them.
    if (parent !== this.lastParent) {
      this.lastParent = parent;
      this.lastBlock = this.blocks.blockOf(parent);
    }
    return this.lastBlock;
  }

  private takeRoot(): Text | null {
    const root = this.pendingRoot;
    this.pendingRoot = null;
    return root;
  }

  /** The open run (every run holds a digit unless every run is asked for), and a fresh start. */
  private flush(): TextRun | null {
    const { count, runBlock } = this;
    this.pendingBlank = null;
    this.count = 0;
    this.length = 0;
    this.runBlock = null;
    if (count === 0 || runBlock === null) return null;
    let text = this.texts[0] as string;
    for (let i = 1; i < count; i++) text += this.texts[i] as string;
    return makeRun(runBlock, this.nodes.slice(0, count), this.texts.slice(0, count), text);
  }
}

/**
 * The run's nodes and their offsets, with a line break wherever a <br> (or an empty block)
 * sits between two nodes: glued, "27/8/2020<br>3944/UBND-NC" would hide the reference from
 * the engine altogether. Only runs of several nodes with a digit pay for the check.
 */
function makeRun(block: Element, nodes: Text[], texts: string[], joined: string): TextRun {
  if (texts.length === 1) return { block, nodes, starts: [0], ends: [joined.length], text: joined };
  const starts: number[] = [];
  const ends: number[] = [];
  const parts: string[] = [];
  let offset = 0;
  let broken = false;
  texts.forEach((part, i) => {
    if (i > 0 && lineBreakBetween(nodes[i - 1] as Text, nodes[i] as Text)) {
      parts.push('\n');
      offset++;
      broken = true;
    }
    parts.push(part);
    starts.push(offset);
    offset += part.length;
    ends.push(offset);
  });
  return { block, nodes, starts, ends, text: broken ? parts.join('') : joined };
}
/** Every run under `root` at once (tests, and the bounded main-text walk). */
export function allTextRuns(
  root: Node,
  blocks: BlockResolver,
  options: TextRunWalkerOptions = {},
): TextRun[] {
  const walker = new TextRunWalker(root, blocks, options);
  const runs: TextRun[] = [];
  for (let step = walker.next(); step !== 'done'; step = walker.next()) {
    if (step !== 'paused') runs.push(step);
  }
  return runs;
}
