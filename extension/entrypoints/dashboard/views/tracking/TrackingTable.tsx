import type { TrackingRow } from '../../../../../shared/schemas/reports';
import { formatDate } from '../../../../lib/i18n';
import { useText } from '../../catalogue';
import { describeTasks, formatDateTime } from '../../format';
import type { ViewId, ViewParams } from '../view-props';
import { PageLink } from './PageLink';

/** Rows of dispatches; each recipient unit in scope a cell, linked to its record. */
export function TrackingTable({
  rows,
  navigate,
}: {
  rows: TrackingRow[];
  navigate: (view: ViewId, params?: ViewParams) => void;
}) {
  const t = useText();
  return (
    <table class="trk-table" data-testid="tracking-table">
      <thead>
        <tr>
          <th scope="col">{t('trk_colDispatch')}</th>
          <th scope="col">{t('trk_colReceived')}</th>
          <th scope="col">{t('trk_colUnits')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ dispatch, cells }) => {
          const acknowledged = cells.filter((cell) => cell.acknowledgedAt !== null).length;
          return (
            <tr key={dispatch.id} data-testid="tracking-row" data-dispatch-id={dispatch.id}>
              <th scope="row">
                <PageLink
                  view="dispatches"
                  params={{ dispatch: String(dispatch.id) }}
                  navigate={navigate}
                  testId="trk-open-matrix"
                >
                  {dispatch.symbol}
                </PageLink>
                <span class="sub">{dispatch.subject}</span>
              </th>
              <td class="trk-date">{formatDate(dispatch.receivedDate)}</td>
              <td>
                {cells.length === 0 ? (
                  <span class="hint">{t('trk_noRecipients')}</span>
                ) : (
                  <>
                    <span class="sub">{t('trk_summary', { acknowledged, recipients: cells.length })}</span>
                    <ul class="trk-cells">
                      {cells.map((cell) => {
                        const state = cell.acknowledgedAt ? 'acknowledged' : 'pending';
                        const when = formatDateTime(cell.acknowledgedAt);
                        const status = cell.acknowledgedAt
                          ? cell.acknowledgedBy
                            ? t('trk_cellAckedBy', {
                                code: cell.unit.code,
                                when,
                                who: cell.acknowledgedBy.name,
                              })
                            : t('trk_cellAcked', { code: cell.unit.code, when })
                          : t('trk_cellPending', { code: cell.unit.code });
                        return (
                          <li
                            key={cell.unit.id}
                            data-testid="tracking-cell"
                            data-unit-code={cell.unit.code}
                            data-state={state}
                            data-dispatch-id={dispatch.id}
                            class={`trk-cell cell-${state}${cell.tasks.overdue > 0 ? ' cell-overdue' : ''}`}
                            title={cell.unit.name}
                          >
                            <PageLink
                              view="unit"
                              params={{ unit: String(cell.unit.id) }}
                              navigate={navigate}
                              label={`${status}. ${t('trk_openUnit', { unit: cell.unit.name })}`}
                            >
                              <span aria-hidden="true">{status}</span>
                            </PageLink>
                            <span
                              class={`sub${cell.tasks.overdue > 0 ? ' bad' : ''}`}
                              data-testid="tracking-cell-tasks"
                            >
                              {describeTasks(cell.tasks, t)}
                            </span>
                          </li>
                        );
                      })}
                    </ul>
                  </>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
