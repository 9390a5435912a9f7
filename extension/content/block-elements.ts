/**
 * Which elements break text into blocks, and which hold no page text at all. Decided by tag
 * name and the style attribute only: asking for the computed style of every element would cost
 * more than the rest of the scan (about 0.5 µs a call in Chromium against 0.1 µs for the whole
 * visit of a text node).
 * @module
 */

/** Elements whose text never reaches the reader, or is the reader's own input. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'textarea',
  'input',
  'select',
  'option',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'head',
  'title',
]);

/**
 * Elements laid out as blocks (or table parts and list items) by the user-agent style sheet:
 * text on either side of one never belongs to the same line, so references do not run across.
 */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/**
 * An inline tag its style attribute lays out as a block, or takes out of the line: a PDF
 * viewer's text layer places each line in a span of its own (`position:absolute; top:…`), and
 * portals make rows of spans with `display:block`. Not "inline-block" nor "inline-flex".
 */
const BLOCK_STYLE =
  /(?:^|[;\s])(?:display\s*:\s*(?:block|flex|grid|list-item|table)|position\s*:\s*(?:absolute|fixed))/i;

/** Whether the element's text is a block of its own: by its tag, or by its style attribute. */
export function isBlock(element: Element): boolean {
  return BLOCK_TAGS.has(element.localName) || BLOCK_STYLE.test(element.getAttribute('style') ?? '');
}

/** Elements that end a line without being blocks: text before and after is on two lines. */
export function breaksLine(element: Element): boolean {
  return element.localName === 'br' || isBlock(element);
}

/** The block each element's text belongs to: the nearest block-level ancestor-or-self, or null inside a skipped element. */
export interface BlockResolver {
  blockOf(element: Element): Element | null;
}

/**
 * A resolver for one pass over the page; it caches every element it has seen, so the many text
 * nodes of one paragraph cost one lookup each. A closure, not a class: the minifier renames its
 * state, and the content script has a size budget (DESIGN.md §6).
 */
export function blockResolver(): BlockResolver {
  const cache = new Map<Element, Element | null>();
  const blockOf = (element: Element): Element | null => {
    // Most text sits right in its block (<p>, <td>, <li>): answered from the tag, no cache.
    const name = element.localName;
    if (BLOCK_TAGS.has(name)) return element;
    if (SKIPPED_TAGS.has(name)) return null;
    const cached = cache.get(element);
    if (cached !== undefined) return cached;
    const parent = element.parentElement;
    const block = isBlock(element) || !parent ? element : blockOf(parent);
    cache.set(element, block);
    return block;
  };
  return { blockOf };
}
