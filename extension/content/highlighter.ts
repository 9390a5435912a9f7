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

/**
 * The globals of the API used here, `CSS.highlights` and `Highlight`: the content script's own
 * global object holds them (`browserHighlightApi`), which is passed as it is, with no wrapper.
 */
export interface HighlightApi {
  CSS: {
    highlights: {
      get(name: string): unknown;
      set(name: string, highlight: never): unknown;
      delete(name: string): unknown;
    };
  };
  Highlight: new () => HighlightLike;
}

/** The browser's API (the global object), or null where it is missing. */
export function browserHighlightApi(): HighlightApi | null {
  return globalThis.CSS?.highlights && globalThis.Highlight ? (globalThis as unknown as HighlightApi) : null;
}

export interface ReferenceHighlighter {
  add(ranges: Iterable<AbstractRange>): void;
  remove(ranges: Iterable<AbstractRange>): void;
  /** Takes every highlight off the page. */
  clear(): void;
}

/** Paints through `api`, or not at all when it is null. */
export function referenceHighlighter(api: HighlightApi | null): ReferenceHighlighter {
  let current: HighlightLike | null = null;

  const ensure = (): HighlightLike | null => {
    if (!api) return null;
    if (!current) {
      try {
        const highlight = new api.Highlight();
        api.CSS.highlights.set(HIGHLIGHT_NAME, highlight as never);
        current = highlight;
      } catch {
        // A browser whose content scripts cannot hand their highlights to the page's
        // registry: detection goes on without painting.
        return null;
      }
    }
    return current;
  };

  return {
    add(ranges) {
      const highlight = ensure();
      if (!highlight) return;
      for (const range of ranges) highlight.add(range);
    },

    remove(ranges) {
      const highlight = current;
      if (!highlight) return;
      for (const range of ranges) highlight.delete(range);
    },

    clear() {
      if (current && api) {
        current.clear();
        // A newer copy of the content script (the extension was updated) may own the name by now.
        if (api.CSS.highlights.get(HIGHLIGHT_NAME) === current) api.CSS.highlights.delete(HIGHLIGHT_NAME);
      }
      current = null;
    },
  };
}
