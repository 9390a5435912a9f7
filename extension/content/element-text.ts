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
  collect(element, parts);
  return parts
    .join('')
    .replace(/[ \t\r\f\u00a0]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .trim();
}

/** The same text on one line, spaces collapsed: for fields such as a subject. */
export function elementLine(element: Element): string {
  return elementText(element).replace(/\s+/g, ' ');
}

function collect(node: Node, parts: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      parts.push((child as Text).data);
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const element = child as Element;
    const name = element.localName;
    if (name === 'br') {
      parts.push('\n');
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
    if (block) parts.push('\n');
    collect(element, parts);
    if (block) parts.push('\n');
  }
}
