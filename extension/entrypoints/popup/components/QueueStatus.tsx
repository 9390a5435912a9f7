import type { QueuedSave } from '../../../lib/messaging';
import { useText } from '../catalogue';

export interface QueueStatusProps {
  /** Saves the background holds, from every tab. */
  queue: readonly QueuedSave[];
  busy: boolean;
  onRetry: () => void;
  onRemove: (id: string) => void;
}

/**
 * The offline queue at a glance: how many saves wait for the server (with a way to try now
 * rather than at the next retry), and the ones the server refused, each with its reason and a
 * way to drop it.
 */
export function QueueStatus({ queue, busy, onRetry, onRemove }: QueueStatusProps) {
  const t = useText();
  const waiting = queue.filter((entry) => entry.state !== 'error').length;
  const refused = queue.filter((entry) => entry.state === 'error');
  if (queue.length === 0) return null;
  return (
    <div class="notice" data-testid="queue">
      {waiting > 0 && (
        <div class="actions">
          <p>{t('queueWaiting', { n: waiting })}</p>
          <button type="button" data-testid="retry-queue" disabled={busy} onClick={onRetry}>
            {t('queueRetry')}
          </button>
        </div>
      )}
      {refused.length > 0 && (
        <ul class="plain-list" aria-label={t('queueRefused')}>
          {refused.map((entry) => (
            <li key={entry.id} class="actions" data-testid="queue-refused">
              <p>
                <span class="ref-symbol">{entry.body.symbol}</span>:{' '}
                <span class="ref-error">{entry.lastError}</span>
              </p>
              <button
                type="button"
                data-testid="remove-queued"
                aria-label={t('queueRemoveLabel', { symbol: entry.body.symbol })}
                onClick={() => onRemove(entry.id)}
              >
                {t('queueRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
