import type { ViewProps } from '../view-props';

/** The page of units, groups, users and the audit log. Not built yet: it says so rather than pretend. */
export function AdminView(_props: ViewProps) {
  return (
    <p class="hint" data-testid="view-not-built">
      Trang này đang được xây dựng. / This page is being built.
    </p>
  );
}
