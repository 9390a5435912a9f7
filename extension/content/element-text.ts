/**
 * The text of a small element (a table cell) roughly as rendered: line breaks at <br> and
 * around blocks, nothing from scripts, styles or elements marked hidden. For cells only: it
 * reads attributes, not styles, so it costs no style recalculation.
 * @module
 */
import { isBlock, SKIPPED_TAGS } from './block-elements';
import { gluedNumber } from './line-breaks';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Whether to stop collecting, after a text (`lineEnd` false) or a line break was added. */
type Stop = (parts: string[], lineEnd: boolean) => boolean;

const never: Stop = () => false;

export function elementText(element: Element): string {
  const parts: string[] = [];
  collect(element, parts, never);
  return tidy(parts.join(''));
}

/** About the first `max` characters of the element's text, read no further (a table row that may be a page's layout). */
export function textStart(element: Element, max: number): string {
  const parts: string[] = [];
  let length = 0;
  collect(element, parts, (added) => {
    length += (added[added.length - 1] as string).length;
    return length >= max;
  });
  return tidy(parts.join('').slice(0, max));
}

/** The same text on one line, spaces collapsed: for fields such as a subject. */
export function elementLine(element: Element): string {
  return elementText(element).replace(/\s+/g, ' ');
}

/** A list's counter on a line of its own, before an item's heading ("1", "1.", "01"). */
export const isOrdinal = (line: string) => /^\d{1,3}\.?$/.test(line);

/** The first line of the element's text past a counter, read no further than that line (a card's heading). */
export function firstLine(element: Element): string {
  const parts: string[] = [];
  collect(element, parts, (added, lineEnd) => lineEnd && !!heading(added));
  return heading(parts) ?? '';
}

function heading(parts: string[]): string | undefined {
  return tidy(parts.join(''))
    .split('\n')
    .find((line) => !isOrdinal(line));
}

function tidy(text: string): string {
  return text
    .replace(/[ \t\r\f\u00a0]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .trim();
}

/** Collects the text of `node`'s children; stops (returns true) when `stop` says so. */
function collect(node: Node, parts: string[], stop: Stop): boolean {
  const lineBreak = () => {
    parts.push('\n');
    return stop(parts, true);
  };
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      const data = (child as Text).data;
      // "<span>Số hiệu</span><span>3321/UBND-VP</span>": a layout's CSS spaces them (line-breaks.ts).
      if (gluedNumber(parts[parts.length - 1] ?? '', data)) parts.push(' ');
      parts.push(data);
      if (stop(parts, false)) return true;
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const element = child as Element;
    const name = element.localName;
    if (name === 'br') {
      if (lineBreak()) return true;
      continue;
    }
    if (
      SKIPPED_TAGS.has(name) ||
      element.hasAttribute('hidden') ||
      element.getAttribute('aria-hidden') === 'true'
    ) {
      continue;
    }
    const block = isBlock(element);
    if ((block && lineBreak()) || collect(element, parts, stop) || (block && lineBreak())) return true;
  }
  return false;
}
