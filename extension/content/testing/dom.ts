/**
 * Building test pages in happy-dom's document.
 * @module
 */

/**
 * The browsers' own style sheet rule that hides an element with the hidden attribute, which
 * happy-dom's computed styles lack (listing-table.ts asks the computed display).
 */
const USER_AGENT_STYLE = '[hidden] { display: none }';

/** Replaces the body with `html` and returns it. */
export function setBody(html: string, title = 'Trang thử'): HTMLElement {
  if (!document.getElementById('user-agent-style')) {
    const style = document.createElement('style');
    style.id = 'user-agent-style';
    style.textContent = USER_AGENT_STYLE;
    document.head.append(style);
  }
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
