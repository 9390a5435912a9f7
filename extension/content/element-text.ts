/**
 * The text of a small element (a table cell) roughly as rendered: line breaks at <br> and
 * around blocks, nothing from scripts, styles or elements marked hidden. For cells only: it
 * reads attributes, not styles, so it costs no style recalculation.
 * @module
 */
import { isBlock, SKIPPED_TAGS } from './block-elements';
import { isPreamble } from './card-preamble';
import { gluedNumber } from './line-breaks';
import { isKnownLabel, normalizeLabel } from './listing-columns';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/** The longest label a field's label element holds ("Cơ quan ban hành:"). */
const MAX_LABEL = 40;

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

/** The first line of the element's text past a counter or a date, read no further than that line (a card's heading). */
export function firstLine(element: Element): string {
  const parts: string[] = [];
  collect(element, parts, (added, lineEnd) => lineEnd && !!heading(added));
  return heading(parts) ?? '';
}

function heading(parts: string[]): string | undefined {
  return tidy(parts.join(''))
    .split('\n')
    .find((line) => !isPreamble(line));
}

function tidy(text: string): string {
  return text
    .replace(/[ \t\r\f\u00a0]+/g, ' ')
    .replace(/ ?\n\s*/g, '\n')
    .trim();
}

/**
 * The label an element holds when it is a field's label with its value in the next element
 * ("<dt>Số ký hiệu:</dt><dd>…</dd>", "<span class="lbl">Số hiệu</span><span>…</span>"): its
 * text alone, one of the listing labels; null otherwise.
 */
function fieldLabel(element: Element): string | null {
  const text = element.firstChild;
  if (!text || text !== element.lastChild || text.nodeType !== TEXT_NODE) return null;
  const data = (text as Text).data.trim();
  // "Cơ quan ban hành: Bộ Tài chính" is a field with its value, not a label waiting for one.
  return data.length <= MAX_LABEL && !/:\s*\S/.test(data) && isKnownLabel(normalizeLabel(data)) ? data : null;
}

/** A label element followed by its value: the label as "Label: ", on the value's line. */
function labelBeforeValue(element: Element): string | null {
  const label = element.nextElementSibling ? fieldLabel(element) : null;
  if (label === null || fieldLabel(element.nextElementSibling as Element) !== null) return null;
  return label.endsWith(':') ? `${label} ` : `${label}: `;
}

/** Collects the text of `node`'s children; stops (returns true) when `stop` says so. */
function collect(node: Node, parts: string[], stop: Stop): boolean {
  const lineBreak = () => {
    parts.push('\n');
    return stop(parts, true);
  };
  // After a field's label, its value goes on the label's line ("Số ký hiệu: 2305/UBND-VX").
  let afterLabel = false;
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      const data = (child as Text).data;
      // The source's line break between a label and its value is no line of the text.
      if (afterLabel && data.trim() === '') continue;
      afterLabel = false;
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
    const label = labelBeforeValue(element);
    if (label !== null) {
      if (isBlock(element) && lineBreak()) return true;
      parts.push(label);
      afterLabel = true;
      continue;
    }
    const block = isBlock(element);
    const opensLine = block && !afterLabel;
    afterLabel = false;
    if ((opensLine && lineBreak()) || collect(element, parts, stop) || (block && lineBreak())) return true;
  }
  return false;
}
