import { useText } from '../catalogue';

/**
 * "Xem thêm": reads the next page of a list. Disabled and marked busy while a page is on its
 * way, so a double click never asks for the same page twice.
 */
export function MoreButton({ testId, busy, onMore }: { testId: string; busy: boolean; onMore: () => void }) {
  const t = useText();
  return (
    <button
      type="button"
      data-testid={testId}
      disabled={busy}
      aria-busy={busy ? 'true' : 'false'}
      onClick={onMore}
    >
      {t('more')}
    </button>
  );
}
