/**
 * The period's figures: dispatches received, acknowledgement rate, tasks by status, overdue
 * tasks and the units with the most of them. Plain tables and a definition list, then the
 * charts the page hands in for the same period.
 * @module
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Overview as Figures } from '../../../../shared/schemas/reports';
import { errorText } from '../../../lib/error-text';
import { formatDate, type Language } from '../../../lib/i18n';
import type { Request } from '../../../lib/messaging';
import { useText } from '../catalogue';
import { formatRate, monthOf } from '../format';
import { readPeriod } from '../period-text';
import { DateInput } from './DateInput';

const STATUSES = ['todo', 'in_progress', 'overdue', 'done'] as const;

export function Overview({
  request,
  today,
  language,
  charts,
}: {
  request: Request;
  today: string;
  language: Language;
  /** Drawn under the figures for the period they show (null ends: all time). */
  charts?: (period: { from: string | null; to: string | null }) => ComponentChildren;
}) {
  const t = useText();
  const month = monthOf(today);
  const [fromText, setFromText] = useState(formatDate(month.from));
  const [toText, setToText] = useState(formatDate(month.to));
  const [figures, setFigures] = useState<Figures | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);

  const load = async (from: string, to: string) => {
    setLoading(true);
    try {
      const answer = await request('dashboard-overview', {
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
      });
      if (answer?.ok) {
        setFigures(answer.data);
        setError(null);
      } else setError(t('loadFailed', { reason: answer?.error ?? '' }));
    } catch (caught) {
      setError(t('loadFailed', { reason: errorText(caught) }));
    } finally {
      setLoading(false);
    }
  };

  useEffect(() => {
    void load(month.from, month.to);
  }, []);

  const submit = (event: Event) => {
    event.preventDefault();
    const typed = readPeriod(fromText, toText);
    if ('badDate' in typed) return setError(t('badDate', { value: typed.badDate }));
    if ('reversed' in typed) return setError(t('badPeriod'));
    void load(typed.from, typed.to);
  };

  const period = figures?.period;
  const largest = figures ? Math.max(...STATUSES.map((status) => figures.tasks[status])) : 0;
  return (
    <section aria-labelledby="overview-heading" class="card" data-testid="overview">
      <h2 id="overview-heading">{t('overviewHeading')}</h2>
      <form class="period" onSubmit={submit} data-testid="period-form">
        <fieldset>
          <legend>{t('periodLegend')}</legend>
          <DateInput label={t('from')} testId="period-from" value={fromText} onValue={setFromText} />
          <DateInput label={t('to')} testId="period-to" value={toText} onValue={setToText} />
          <button type="submit" data-testid="period-show">
            {t('show')}
          </button>
        </fieldset>
      </form>
      {error && (
        <p class="error" role="alert" data-testid="overview-error">
          {error}
        </p>
      )}
      {loading && !figures && <p data-testid="overview-loading">{t('loading')}</p>}
      {figures && (
        <div class="figures" aria-busy={loading ? 'true' : 'false'}>
          <p class="hint" data-testid="period-shown">
            {t('periodShown', {
              from: period?.from ? formatDate(period.from) : t('allTime'),
              to: period?.to ? formatDate(period.to) : t('allTime'),
            })}
          </p>
          <dl class="stats">
            <div>
              <dt>{t('figDispatches')}</dt>
              <dd data-testid="fig-dispatches">{figures.dispatches}</dd>
            </div>
            <div>
              <dt>{t('figAckRate')}</dt>
              <dd data-testid="fig-ack-rate">
                {figures.acknowledgementRate === null
                  ? t('noRate')
                  : formatRate(figures.acknowledgementRate, language)}
                <span class="sub">
                  {t('figAckDetail', { acknowledged: figures.acknowledged, recipients: figures.recipients })}
                </span>
              </dd>
            </div>
            <div>
              <dt>{t('figOverdue')}</dt>
              <dd data-testid="fig-overdue" class={figures.overdueTasks > 0 ? 'bad' : undefined}>
                {figures.overdueTasks}
              </dd>
            </div>
          </dl>
          <div class="tables">
            <table data-testid="tasks-by-status">
              <caption>{t('tasksCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('status')}</th>
                  <th scope="col" class="num">
                    {t('count')}
                  </th>
                  <td class="bar-cell" />
                </tr>
              </thead>
              <tbody>
                {STATUSES.map((status) => (
                  <tr key={status} data-status={status}>
                    <th scope="row">{t(`status_${status}`)}</th>
                    <td class="num">{figures.tasks[status]}</td>
                    <td class="bar-cell">
                      <Bar value={figures.tasks[status]} max={largest} status={status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <table data-testid="late-units">
              <caption>{t('lateCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('unitCode')}</th>
                  <th scope="col">{t('unit')}</th>
                  <th scope="col" class="num">
                    {t('overdue')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {figures.unitsMostOverdue.length === 0 ? (
                  <tr>
                    <td colSpan={3} class="hint">
                      {t('lateNone')}
                    </td>
                  </tr>
                ) : (
                  figures.unitsMostOverdue.map((unit) => (
                    <tr key={unit.unitId} data-testid="late-unit" data-unit-code={unit.code}>
                      <td>{unit.code}</td>
                      <th scope="row">{unit.name}</th>
                      <td class="num">{unit.overdue}</td>
                    </tr>
                  ))
                )}
              </tbody>
            </table>
          </div>
          {charts && period && <div class="charts">{charts(period)}</div>}
        </div>
      )}
    </section>
  );
}

/** A bar beside the count, for the eye only: the number is in the cell before it. */
function Bar({ value, max, status }: { value: number; max: number; status: string }) {
  const width = max > 0 ? Math.round((value / max) * 100) : 0;
  return (
    <svg class={`bar bar-${status}`} width="120" height="12" viewBox="0 0 100 12" aria-hidden="true">
      <rect x="0" y="1" width={width} height="10" rx="2" />
    </svg>
  );
}
