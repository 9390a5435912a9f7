/**
 * Painting the references with the CSS Custom Highlight API: the page's DOM is never touched
 * (no <mark> wrappers, so page scripts and layout see the same nodes). The style of the
 * highlight comes with the extension's manifest (highlight.css), not from here. Without the
 * API (Firefox before 140) the page is left as it is and detection still works.
 * @module
 */

export const HIGHLIGHT_NAME = 'dispatch-tracker';

/** The parts of the Highlight API used here, so that tests can pass a stand-in. */
export interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): unknown;
  clear(): void;
}

export interface HighlightApi {
  registry: {
    get(name: string): unknown;
    set(name: string, highlight: never): unknown;
    delete(name: string): unknown;
  };
  create(): HighlightLike;
}

/** The browser's API, or null where it is missing. */
export function browserHighlightApi(): HighlightApi | null {
  const registry = globalThis.CSS?.highlights;
  const HighlightClass = globalThis.Highlight as typeof Highlight | undefined;
  if (!registry || typeof HighlightClass !== 'function') return null;
  return { registry: registry as HighlightApi['registry'], create: () => new HighlightClass() };
}

export class ReferenceHighlighter {
  #highlight: HighlightLike | null = null;

  constructor(private readonly api: HighlightApi | null) {}

  add(ranges: Iterable<AbstractRange>): void {
    const highlight = this.#ensure();
    if (!highlight) return;
    for (const range of ranges) highlight.add(range);
  }

  remove(ranges: Iterable<AbstractRange>): void {
    const highlight = this.#highlight;
    if (!highlight) return;
    for (const range of ranges) highlight.delete(range);
  }

  /** Takes every highlight off the page. */
  clear(): void {
    if (this.#highlight && this.api) {
      this.#highlight.clear();
      // A newer copy of the content script (the extension was updated) may own the name by now.
      if (this.api.registry.get(HIGHLIGHT_NAME) === this.#highlight) this.api.registry.delete(HIGHLIGHT_NAME);
    }
    this.#highlight = null;
  }

  #ensure(): HighlightLike | null {
    if (!this.api) return null;
    if (!this.#highlight) {
      try {
        const highlight = this.api.create();
        this.api.registry.set(HIGHLIGHT_NAME, highlight as never);
        this.#highlight = highlight;
      } catch {
        // A browser whose content scripts cannot hand their highlights to the page's
        // registry: detection goes on without painting.
        return null;
      }
    }
    return this.#highlight;
  }
}
