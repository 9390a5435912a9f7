/**
 * The dispatch's tasks: what, who leads, who helps, by when, where it stands. A task past its due
 * date and not done reads "Quá hạn" whatever was last reported, as the matrix counts it.
 * @module
 */
import type { DispatchDetail } from '../../../../../shared/schemas/dispatch';
import { formatDate } from '../../../../lib/i18n';
import { useText } from '../../catalogue';

type Brief = DispatchDetail['tasks'][number];
const STATUSES = ['todo', 'in_progress', 'done', 'overdue'] as const;
type Status = (typeof STATUSES)[number];
const RECURRING = ['monthly', 'quarterly', 'yearly'] as const;

/** The status to show on `today` (YYYY-MM-DD). */
export function shownStatus(task: Brief, today: string): Status {
  const status = (STATUSES as readonly string[]).includes(task.status) ? (task.status as Status) : 'todo';
  if (status !== 'done' && task.dueDate !== null && task.dueDate < today) return 'overdue';
  return status;
}

export interface DispatchTasksProps {
  tasks: readonly Brief[];
  today: string;
  /** A unit's name by id (units the organisation lists and the dispatch's recipients). */
  unitName: (id: number) => string;
}

export function DispatchTasks({ tasks, today, unitName }: DispatchTasksProps) {
  const t = useText();
  return (
    <section aria-labelledby="dispatch-tasks-heading" class="card" data-testid="dispatch-tasks">
      <h2 id="dispatch-tasks-heading">{t('act_tasksHeading', { n: tasks.length })}</h2>
      {tasks.length === 0 ? (
        <p class="hint">{t('act_noTasks')}</p>
      ) : (
        <table class="tasks">
          <thead>
            <tr>
              <th scope="col">{t('act_taskTitle')}</th>
              <th scope="col">{t('act_lead')}</th>
              <th scope="col">{t('act_coordinating')}</th>
              <th scope="col">{t('act_dueShort')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col" class="num">
                {t('act_progress')}
              </th>
            </tr>
          </thead>
          <tbody>
            {tasks.map((task) => {
              const status = shownStatus(task, today);
              const recurring = (RECURRING as readonly string[]).includes(task.recurrence)
                ? (task.recurrence as (typeof RECURRING)[number])
                : null;
              return (
                <tr key={task.id} data-testid="dispatch-task" data-task-id={task.id} data-status={status}>
                  <th scope="row">
                    {task.title}
                    {recurring && <span class="sub">{t(`act_recurrence_${recurring}`)}</span>}
                  </th>
                  <td>{unitName(task.leadUnitId)}</td>
                  <td>{task.coordinatingUnitIds.map(unitName).join('; ')}</td>
                  <td>{task.dueDate ? formatDate(task.dueDate) : t('act_noDue')}</td>
                  <td class={status === 'overdue' ? 'bad' : status === 'done' ? 'ok' : undefined}>
                    {t(`status_${status}`)}
                  </td>
                  <td class="num">
                    <progress max={100} value={task.progress} aria-hidden="true" />{' '}
                    {t('act_percent', { n: task.progress })}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
