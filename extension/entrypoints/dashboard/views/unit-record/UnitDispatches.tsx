import type { UnitRecord } from '../../../../../shared/schemas/reports';
import { formatDate } from '../../../../lib/i18n';
import { useText } from '../../catalogue';
import { formatDateTime } from '../../format';
import { PageLink } from '../tracking/PageLink';
import type { ViewId, ViewParams } from '../view-props';
import { TaskLine } from './TaskLine';

/** The dispatches sent to the unit: acknowledged when and by whom, and the unit's tasks on each. */
export function UnitDispatches({
  items,
  navigate,
}: {
  items: UnitRecord['items'];
  navigate: (view: ViewId, params?: ViewParams) => void;
}) {
  const t = useText();
  if (items.length === 0) return <p class="hint">{t('unit_noDispatches')}</p>;
  return (
    <table class="trk-table" data-testid="unit-dispatches">
      <thead>
        <tr>
          <th scope="col">{t('trk_colDispatch')}</th>
          <th scope="col">{t('trk_colReceived')}</th>
          <th scope="col">{t('unit_colAck')}</th>
          <th scope="col">{t('unit_colTasks')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const state = item.acknowledgedAt ? 'acknowledged' : 'pending';
          const when = formatDateTime(item.acknowledgedAt);
          return (
            <tr
              key={item.dispatch.id}
              data-testid="unit-dispatch"
              data-state={state}
              data-dispatch-id={item.dispatch.id}
            >
              <th scope="row">
                <PageLink
                  view="dispatches"
                  params={{ dispatch: String(item.dispatch.id) }}
                  navigate={navigate}
                >
                  {item.dispatch.symbol}
                </PageLink>
                <span class="sub">{item.dispatch.subject}</span>
              </th>
              <td class="trk-date">{formatDate(item.dispatch.receivedDate)}</td>
              <td>
                <span class={`state state-${state}`}>{t(`state_${state}`)}</span>
                {item.acknowledgedAt && (
                  <span class="sub">
                    {item.acknowledgedBy
                      ? t('ackedAt', { when, who: item.acknowledgedBy.name })
                      : t('ackedAtNoOne', { when })}
                  </span>
                )}
                <span class="sub">{t('unit_sent', { when: formatDateTime(item.sentAt) })}</span>
              </td>
              <td>
                {item.tasks.length === 0 ? (
                  <span class="hint">{t('noTasks')}</span>
                ) : (
                  <ul class="trk-plain">
                    {item.tasks.map((task) => (
                      <li key={task.id}>
                        <TaskLine task={task} />
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
