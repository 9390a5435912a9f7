/**
 * Whether an element's text is shown to the reader: not in a hidden subtree (display:none,
 * visibility:hidden, [hidden]), not hidden from assistive technology (aria-hidden), and not
 * something the reader is typing (contenteditable). Asked only for the elements holding a
 * reference candidate, never for the whole page: one style check costs as much as visiting
 * five text nodes.
 * @module
 */

// visibilityProperty is the current name; checkVisibilityCSS the one Chromium 105–120 knows.
const CHECK_OPTIONS = { visibilityProperty: true, checkVisibilityCSS: true } as CheckVisibilityOptions;

/** `checkVisibility` where it exists (Chromium 105+, Firefox 106+), computed styles elsewhere. */
export function isRendered(element: Element): boolean {
  if (typeof element.checkVisibility === 'function') return element.checkVisibility(CHECK_OPTIONS);
  const view = element.ownerDocument.defaultView;
  if (!view) return true;
  if (view.getComputedStyle(element).visibility === 'hidden') return false;
  for (let e: Element | null = element; e; e = e.parentElement) {
    if (view.getComputedStyle(e).display === 'none') return false;
  }
  return true;
}

/** Marks that take an element's text out of what the reader sees or owns. */
function excludedByAttributes(element: Element): boolean {
  // Most elements carry no attribute at all: one call instead of three.
  if (!element.hasAttributes()) return false;
  if (element.getAttribute('aria-hidden') === 'true' || element.hasAttribute('hidden')) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** Whether an element's text is shown to the reader. */
export interface VisibilityCheck {
  isShown(element: Element): boolean;
}

/**
 * A cached check for one pass over the page: each element is asked once, and the attribute
 * marks of its ancestors are shared with its siblings through the cache. A closure, not a
 * class: the minifier renames its state (the content script's size budget).
 */
export function visibilityCheck(): VisibilityCheck {
  const shownCache = new Map<Element, boolean>();
  const excludedCache = new Map<Element, boolean>();
  const isExcluded = (element: Element): boolean => {
    let excluded = excludedCache.get(element);
    if (excluded === undefined) {
      const parent = element.parentElement;
      excluded = excludedByAttributes(element) || (parent !== null && isExcluded(parent));
      excludedCache.set(element, excluded);
    }
    return excluded;
  };
  return {
    isShown(element) {
      let shown = shownCache.get(element);
      if (shown === undefined) {
        shown = !isExcluded(element) && isRendered(element);
        shownCache.set(element, shown);
      }
      return shown;
    },
  };
}
