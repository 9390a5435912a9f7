/**
 * A stand-in for `CSS.highlights` and `Highlight` (happy-dom has neither): a Map of named Sets.
 * @module
 */
import type { HighlightApi } from '../highlighter';

export function recordingHighlights(): { api: HighlightApi; registry: Map<string, Set<AbstractRange>> } {
  const registry = new Map<string, Set<AbstractRange>>();
  return {
    registry,
    api: {
      CSS: { highlights: registry as unknown as HighlightApi['CSS']['highlights'] },
      Highlight: Set<AbstractRange>,
    },
  };
}
