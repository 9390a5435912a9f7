/**
 * Building test pages in happy-dom's document.
 * @module
 */

/** Replaces the body with `html` and returns it. */
export function setBody(html: string, title = 'Trang thử'): HTMLElement {
  document.title = title;
  document.body.innerHTML = html;
  return document.body;
}

/** The text a range covers (a live Range: happy-dom has no StaticRange). */
export function rangeText(range: AbstractRange): string {
  return (range as Range).toString();
}

/** Lets MutationObserver callbacks run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
