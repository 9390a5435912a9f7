/**
 * The dispatch × unit matrix: one cell per recipient unit, acknowledged (when, by whom) or not
 * yet, and the state of its tasks from this dispatch. Each unit links to its own record.
 * @module
 */

import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { DispatchStatus } from '../../../../shared/schemas/dispatch';
import { errorText } from '../../../lib/error-text';
import type { Request } from '../../../lib/messaging';
import { useText } from '../catalogue';
import { describeTasks, formatDateTime } from '../format';

export interface MatrixProps {
  request: Request;
  dispatchId: number;
  /** The document's number and symbol for the heading, once known (else its id). */
  symbol: string | null;
  /** Read again when this changes (after a distribution or an assignment). */
  version?: number;
  /** Opens a unit's record; each unit's name links there. */
  onOpenUnit?: (unitId: number) => void;
  /** Shown at the foot of the matrix's card (its exports). */
  children?: ComponentChildren;
}

export function Matrix({ request, dispatchId, symbol, version = 0, onOpenUnit, children }: MatrixProps) {
  const t = useText();
  const [status, setStatus] = useState<DispatchStatus | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    // A refresh keeps the current cells on screen until the new ones arrive.
    setError(null);
    void (async () => {
      try {
        const answer = await request('dispatch-status', { dispatchId });
        if (!live) return;
        if (answer?.ok) setStatus(answer.data);
        else setError(t('loadFailed', { reason: answer?.error ?? '' }));
      } catch (caught) {
        if (live) setError(t('loadFailed', { reason: errorText(caught) }));
      }
    })();
    return () => {
      live = false;
    };
  }, [request, dispatchId, version, t]);

  // Without a remount, never show another dispatch's cells while this one's are read.
  const shown = status?.dispatchId === dispatchId ? status : null;

  return (
    <section aria-labelledby="matrix-heading" class="card" data-testid="matrix" data-dispatch-id={dispatchId}>
      <h2 id="matrix-heading">
        {symbol ? t('matrixHeading', { symbol }) : t('matrixHeadingId', { id: dispatchId })}
      </h2>
      {error && (
        <p class="error" role="alert" data-testid="matrix-error">
          {error}
        </p>
      )}
      {!shown && !error && <p data-testid="matrix-loading">{t('loading')}</p>}
      {shown && shown.units.length === 0 && <p class="hint">{t('matrixEmpty')}</p>}
      {shown && shown.units.length > 0 && (
        <>
          <p data-testid="matrix-totals">
            {t('matrixTotals', {
              acknowledged: shown.totals.acknowledged,
              recipients: shown.totals.recipients,
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
              {shown.units.map((row) => {
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
                      {onOpenUnit ? (
                        <a
                          href={`?view=unit&unit=${row.unit.id}`}
                          data-testid="open-unit"
                          onClick={(event) => {
                            if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0)
                              return;
                            event.preventDefault();
                            onOpenUnit(row.unit.id);
                          }}
                        >
                          {row.unit.name}
                        </a>
                      ) : (
                        row.unit.name
                      )}{' '}
                      <span class="hint">({row.unit.code})</span>
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
      {children}
    </section>
  );
}
