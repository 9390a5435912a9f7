import type { ViewProps } from '../view-props';

/** The page of the incoming-document register, printable on A4 landscape. Not built yet: it says so rather than pretend. */
export function RegisterView(_props: ViewProps) {
  return (
    <p class="hint" data-testid="view-not-built">
      Trang này đang được xây dựng. / This page is being built.
    </p>
  );
}
