import type { ViewProps } from '../view-props';

/** The page of the dispatch × unit matrix over a filter (group, unit, status, dates, text). Not built yet: it says so rather than pretend. */
export function TrackingView(_props: ViewProps) {
  return (
    <p class="hint" data-testid="view-not-built">
      Trang này đang được xây dựng. / This page is being built.
    </p>
  );
}
