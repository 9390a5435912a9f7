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

/**
 * Walks the text nodes under `root` (a TreeWalker, no filter callback: a JavaScript filter
 * called for every node would cost as much as the walk itself) and returns one run at a time.
 * Resumable: `next()` stops with 'paused' when `shouldYield` says the time slice is over.
 */
export class TextRunWalker {
  private readonly walker: TreeWalker | null;
  private pendingRoot: Text | null = null;
  private runBlock: Element | null = null;
  // The run being collected. Reused buffers with a count, not fresh arrays per run: most runs
  // are one node without a digit, and allocating for each cost more than the walk itself.
  private readonly nodes: Text[] = [];
  private readonly texts: string[] = [];
  private count = 0;
  private length = 0;
  private hasDigit = false;
  private pendingBlank: Text | null = null;
  private lastParent: Element | null = null;
  private lastBlock: Element | null = null;
  private finished = false;
  private readonly everyRun: boolean;

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
    let visited = 0;
    for (;;) {
      const node = this.nextTextNode();
      if (node === null) {
        this.finished = true;
        return this.flush() ?? 'done';
      }
      const data = node.data;
      if (isBlank(data)) {
        // Whitespace between tags: it separates two words only between two nodes of one
        // run, so it waits for the next node; it never costs a block lookup.
        if (this.count > 0) this.pendingBlank = node;
      } else {
        const block = this.blockOf(node);
        if (block !== null) {
          let run: TextRun | null = null;
          if (block !== this.runBlock || this.length > MAX_RUN_LENGTH) run = this.flush();
          else if (this.pendingBlank) this.append(this.pendingBlank, this.pendingBlank.data);
          this.pendingBlank = null;
          this.runBlock = block;
          this.append(node, data);
          if (run) return run;
        }
      }
      if (++visited % NODES_PER_CLOCK_CHECK === 0 && shouldYield()) return 'paused';
    }
  }

  private append(node: Text, data: string): void {
    this.nodes[this.count] = node;
    this.texts[this.count] = data;
    this.count++;
    this.length += data.length;
    // Tested node by node: testing the joined run would first copy it into one string.
    if (!this.hasDigit) this.hasDigit = DIGIT.test(data);
  }

  private blockOf(node: Text): Element | null {
    const parent = node.parentElement;
    if (parent === null) return null;
    // Siblings split by inline tags share a parent: skip the cache lookup for them.
    if (parent !== this.lastParent) {
      this.lastParent = parent;
      this.lastBlock = this.blocks.blockOf(parent);
    }
    return this.lastBlock;
  }

  private nextTextNode(): Text | null {
    if (this.walker) return this.walker.nextNode() as Text | null;
    const root = this.pendingRoot;
    this.pendingRoot = null;
    return root;
  }

  /** The run collected so far (null when empty or digit-free), and a fresh start. */
  private flush(): TextRun | null {
    const { count, runBlock, hasDigit } = this;
    this.pendingBlank = null;
    this.hasDigit = false;
    this.count = 0;
    this.length = 0;
    this.runBlock = null;
    if (count === 0 || runBlock === null || !(hasDigit || this.everyRun)) return null;
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
