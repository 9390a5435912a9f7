import type { UnitTask } from '../../../../../shared/schemas/reports';
import { formatDate } from '../../../../lib/i18n';
import { useText } from '../../catalogue';
import { PageLink } from '../tracking/PageLink';
import type { ViewId, ViewParams } from '../view-props';

/** The unit's unfinished tasks, soonest due first, each linked to its dispatch. */
export function UnitTasks({
  tasks,
  navigate,
}: {
  tasks: UnitTask[];
  navigate: (view: ViewId, params?: ViewParams) => void;
}) {
  const t = useText();
  return (
    <>
      <h3>{t('unit_tasks')}</h3>
      {tasks.length === 0 ? (
        <p class="hint">{t('unit_noTasks')}</p>
      ) : (
        <table class="trk-table" data-testid="unit-open-tasks">
          <thead>
            <tr>
              <th scope="col">{t('unit_colTask')}</th>
              <th scope="col">{t('unit_colDue')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('unit_colRole')}</th>
            </tr>
          </thead>
          <tbody>
            {tasks.map((task) => (
              <tr key={task.id} data-testid="unit-open-task" data-deadline={task.deadline ?? 'none'}>
                <th scope="row">
                  <PageLink
                    view="dispatches"
                    params={{ dispatch: String(task.dispatchId) }}
                    navigate={navigate}
                  >
                    {task.title}
                  </PageLink>
                </th>
                <td class="trk-date">{task.dueDate ? formatDate(task.dueDate) : t('unit_noDue')}</td>
                <td class={task.deadline === 'qua_han' ? 'bad' : undefined}>
                  {t(`status_${task.status}`)}
                  {task.deadline && <span class="sub">{t(`dl_${task.deadline}`)}</span>}
                </td>
                <td>{t(`unit_role_${task.role}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
