/**
 * The dispatch × unit matrix: one cell per recipient unit, acknowledged (when, by whom) or not
 * yet, and the state of its tasks from this dispatch.
 * @module
 */
import { useEffect, useState } from 'preact/hooks';
import type { DispatchStatus } from '../../../../shared/schemas/dispatch';
import { errorText } from '../../../lib/error-text';
import type { Request } from '../../../lib/messaging';
import { useText } from '../catalogue';
import { describeTasks, formatDateTime } from '../format';

export function Matrix({
  request,
  dispatchId,
  symbol,
}: {
  request: Request;
  dispatchId: number;
  symbol: string | null;
}) {
  const t = useText();
  const [status, setStatus] = useState<DispatchStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [title, setTitle] = useState<string | null>(symbol);

  useEffect(() => {
    let live = true;
    setStatus(null);
    setError(null);
    setTitle(symbol);
    void (async () => {
      try {
        const answer = await request('dispatch-status', { dispatchId });
        if (!live) return;
        if (answer?.ok) setStatus(answer.data);
        else setError(t('loadFailed', { reason: answer?.error ?? '' }));
      } catch (caught) {
        if (live) setError(t('loadFailed', { reason: errorText(caught) }));
      }
      // Opened from `?dispatch=<id>`: the heading still names the document.
      if (symbol === null) {
        const detail = await request('get-dispatch', { dispatchId }).catch(() => null);
        if (live && detail?.ok) setTitle(detail.data.symbol);
      }
    })();
    return () => {
      live = false;
    };
  }, [request, dispatchId, symbol, t]);

  return (
    <section aria-labelledby="matrix-heading" class="card" data-testid="matrix" data-dispatch-id={dispatchId}>
      <h2 id="matrix-heading">
        {title ? t('matrixHeading', { symbol: title }) : t('matrixHeadingId', { id: dispatchId })}
      </h2>
      {error && (
        <p class="error" role="alert" data-testid="matrix-error">
          {error}
        </p>
      )}
      {!status && !error && <p data-testid="matrix-loading">{t('loading')}</p>}
      {status && status.units.length === 0 && <p class="hint">{t('matrixEmpty')}</p>}
      {status && status.units.length > 0 && (
        <>
          <p data-testid="matrix-totals">
            {t('matrixTotals', {
              acknowledged: status.totals.acknowledged,
              recipients: status.totals.recipients,
            })}
          </p>
          <table class="matrix">
            <thead>
              <tr>
                <th scope="col">{t('unit')}</th>
                <th scope="col">{t('colState')}</th>
                <th scope="col">{t('colTasks')}</th>
              </tr>
            </thead>
            <tbody>
              {status.units.map((row) => {
                const state = row.acknowledged ? 'acknowledged' : 'pending';
                const when = formatDateTime(row.acknowledgedAt);
                return (
                  <tr
                    key={row.unit.id}
                    data-testid="cell"
                    data-unit-code={row.unit.code}
                    data-state={state}
                    class={`cell-${state}${row.tasks.overdue > 0 ? ' cell-overdue' : ''}`}
                  >
                    <th scope="row">
                      {row.unit.name} <span class="hint">({row.unit.code})</span>
                    </th>
                    <td>
                      <span class={`state state-${state}`}>{t(`state_${state}`)}</span>
                      {row.acknowledged && (
                        <span class="sub" data-testid="acked-at">
                          {row.acknowledgedBy
                            ? t('ackedAt', { when, who: row.acknowledgedBy.name })
                            : t('ackedAtNoOne', { when })}
                        </span>
                      )}
                      {row.note && <span class="sub">{row.note}</span>}
                    </td>
                    <td data-testid="cell-tasks" class={row.tasks.overdue > 0 ? 'bad' : undefined}>
                      {describeTasks(row.tasks, t)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
