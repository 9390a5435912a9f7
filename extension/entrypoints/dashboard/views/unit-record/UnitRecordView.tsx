import type { ViewProps } from '../view-props';

/** The page of everything addressed to one unit and its record. Not built yet: it says so rather than pretend. */
export function UnitRecordView(_props: ViewProps) {
  return (
    <p class="hint" data-testid="view-not-built">
      Trang này đang được xây dựng. / This page is being built.
    </p>
  );
}
