import type { ComponentChildren } from 'preact';
import type { ViewId, ViewParams } from '../view-props';

/**
 * A link to another page of the dashboard: a real address (opens in a new tab, shows on hover),
 * followed in place on a plain click.
 */
export function PageLink({
  view,
  params,
  navigate,
  label,
  children,
  testId,
}: {
  view: ViewId;
  params: ViewParams;
  navigate: (view: ViewId, params?: ViewParams) => void;
  label?: string;
  children: ComponentChildren;
  testId?: string;
}) {
  return (
    <a
      href={`?${new URLSearchParams({ view, ...params }).toString()}`}
      aria-label={label}
      data-testid={testId}
      onClick={(event) => {
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        navigate(view, params);
      }}
    >
      {children}
    </a>
  );
}
