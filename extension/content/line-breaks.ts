/**
 * What separates two text nodes of one block as the reader sees them (`separatorBetween`), and
 * whether they are on different lines: a <br>, or an empty block such
 * as <hr>, sits between them. Asked only of nodes around a reference candidate, where a line
 * break changes what the engine reads ("27/8/2020<br>3944/UBND-NC" is not "20203944/UBND-NC").
 * @module
 */
import { isDigit } from '../../shared/references/chars';
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

/** A letter (or a combining mark of one) closing a text. */
const LETTER_AT_END = /[\p{L}\p{M}]$/u;

/**
 * A style placing its element where the page says, and its top ("left: 12.4%; top: 7%": pdf.js's
 * text layer; "top: calc(…)" reads as placed, at no known top).
 */
const PLACED = /(?:^|[;\s])top\s*:\s*(-?[\d.]*)\s*(%?)/i;
/** Tops further apart are two lines, in px (a percent of a page taken as 6 px). */
const LINE_HEIGHT = 6;

/**
 * What stands between two text nodes of one run as the reader sees them: `lineBreak` where an
 * element breaks the line; a space where a word in one node meets a number in the next
 * ("<span>Số hiệu</span><span>3321/UBND-VP</span>", spaced by a flex or grid layout's CSS,
 * which the text does not show: glued, "hiệu3321" would hide the number from the engine), or
 * between two elements each placed by its style; else nothing ("3944/<b>UBND</b>-NC").
 */
export function separatorBetween(before: Text, after: Text, lineBreak = '\n'): string {
  if (lineBreakBetween(before, after)) return lineBreak;
  const apart = topsApart(before, after);
  // A line ending in a hyphen goes on, as a wrapped symbol does ("Kết luận số 20-" over
  // "KL/TW …"; review 14).
  if (apart > LINE_HEIGHT && !/-\s*$/.test(before.data)) return lineBreak;
  return gluedNumber(before.data, after.data) || apart >= 0 ? ' ' : '';
}

/**
 * How far apart the tops of two nodes' elements are when each is placed by its own style, or
 * -1: the words of a PDF viewer's text layer, one span a word with no space between (audit 29),
 * are read apart, and on two lines when their tops are (an old viewer puts nothing between its
 * lines, which ran the header's lines together; audit 37).
 */
function topsApart(before: Text, after: Text): number {
  const a = before.parentElement;
  const b = after.parentElement;
  const x = PLACED.exec(a?.getAttribute('style') ?? '');
  const y = PLACED.exec(b?.getAttribute('style') ?? '');
  if (a === b || !x || !y) return -1;
  return Math.abs(Number(x[1]) - Number(y[1])) * (x[2] ? 6 : 1) || 0;
}

/**
 * Whether `after` opens with a digit glued to a letter or a date closing `before`
 * ("<span>06/08/2021</span><a>160/KH-UBND</a>", a box's date before its link: glued, "2021160"
 * is no number the engine reads; audit 207).
 */
export function gluedNumber(before: string, after: string): boolean {
  return isDigit(after.charCodeAt(0)) && (LETTER_AT_END.test(before) || DATE_AT_END.test(before));
}

const DATE_AT_END = /\d[/.-]\d{4}$/;
