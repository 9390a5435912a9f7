/**
 * The text of a small element (a table cell) roughly as rendered: line breaks at <br> and
 * around blocks, nothing from scripts, styles or elements marked hidden. For cells only: it
 * reads attributes, not styles, so it costs no style recalculation.
 * @module
 */
import { BLOCK_TAGS, SKIPPED_TAGS } from './block-elements';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export function elementText(element: Element): string {
  const parts: string[] = [];
  collect(element, parts, false);
  return tidy(parts.join(''));
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
  collect(element, parts, true);
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

/** Collects the text of `node`'s children; with `firstLine`, stops (returns true) at the end of the first line past a counter. */
function collect(node: Node, parts: string[], firstLine: boolean): boolean {
  const lineBreak = () => {
    parts.push('\n');
    return firstLine && !!heading(parts);
  };
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      parts.push((child as Text).data);
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
    const block = BLOCK_TAGS.has(name);
    if ((block && lineBreak()) || collect(element, parts, firstLine) || (block && lineBreak())) return true;
  }
  return false;
}
