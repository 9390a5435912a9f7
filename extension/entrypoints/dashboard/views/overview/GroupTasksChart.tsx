/**
 * Tasks by state per addressee group: one stacked bar per group (to do, in progress, overdue,
 * done), scaled to the largest group. The table beside it holds the numbers; the bars are for
 * the eye only.
 * @module
 */
import { useEffect, useState } from 'preact/hooks';
import type { GroupTasks, TaskState } from '../../../../../shared/schemas/reports';
import { errorText } from '../../../../lib/error-text';
import type { Request } from '../../../../lib/messaging';
import { useText } from '../../catalogue';

const ORDER: readonly TaskState[] = ['todo', 'in_progress', 'overdue', 'done'];
const WIDTH = 240;

export function GroupTasksChart({
  request,
  from,
  to,
}: {
  request: Request;
  from: string | null;
  to: string | null;
}) {
  const t = useText();
  const [data, setData] = useState<GroupTasks | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setData(null);
    void request('group-tasks', { ...(from ? { from } : {}), ...(to ? { to } : {}) })
      .then((answer) => {
        if (!live) return;
        if (answer?.ok) {
          setData(answer.data);
          setError(null);
        } else setError(t('loadFailed', { reason: answer?.error ?? '' }));
      })
      .catch((caught) => live && setError(t('loadFailed', { reason: errorText(caught) })));
    return () => {
      live = false;
    };
  }, [request, from, to]);

  const totalOf = (tasks: Record<TaskState, number>) => ORDER.reduce((sum, state) => sum + tasks[state], 0);
  const max = data ? Math.max(1, ...data.items.map((item) => totalOf(item.tasks))) : 1;
  return (
    <section aria-labelledby="group-chart-heading" class="card" data-testid="group-chart">
      <h3 id="group-chart-heading">{t('chart_groupHeading')}</h3>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {!data && !error && <p>{t('loading')}</p>}
      {data && data.items.length === 0 && <p class="hint">{t('chart_noGroups')}</p>}
      {data && data.items.length > 0 && (
        <>
          <div class="trk-legend" aria-hidden="true">
            {ORDER.map((state) => (
              <span key={state}>
                <svg class="trk-swatch" viewBox="0 0 10 10" aria-hidden="true">
                  <rect class={`trk-seg-${state}`} width="10" height="10" />
                </svg>
                {t(`status_${state}`)}
              </span>
            ))}
          </div>
          <table data-testid="group-chart-table">
            <caption>{t('chart_groupCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('chart_group')}</th>
                {ORDER.map((state) => (
                  <th key={state} scope="col" class="num">
                    {t(`status_${state}`)}
                  </th>
                ))}
                <th scope="col" class="num">
                  {t('chart_total')}
                </th>
                <td class="bar-cell" />
              </tr>
            </thead>
            <tbody>
              {data.items.map((item) => {
                let x = 0;
                return (
                  <tr key={item.groupId} data-testid="group-row" data-group-id={item.groupId}>
                    <th scope="row">{item.name}</th>
                    {ORDER.map((state) => (
                      <td
                        key={state}
                        class={`num${state === 'overdue' && item.tasks.overdue > 0 ? ' bad' : ''}`}
                      >
                        {item.tasks[state]}
                      </td>
                    ))}
                    <td class="num">{totalOf(item.tasks)}</td>
                    <td class="bar-cell">
                      <svg width={WIDTH} height="14" viewBox={`0 0 ${WIDTH} 14`} aria-hidden="true">
                        {ORDER.map((state) => {
                          const width = (item.tasks[state] / max) * WIDTH;
                          const segment = (
                            <rect
                              key={state}
                              class={`trk-seg-${state}`}
                              data-state={state}
                              x={x}
                              y="1"
                              width={width}
                              height="12"
                            />
                          );
                          x += width;
                          return segment;
                        })}
                      </svg>
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
