/**
 * Acknowledgement over time: per day or week of receipt, how many recipient units the
 * dispatches went to (grey) and how many of those have acknowledged (green). Hand-rolled SVG
 * for the eye; the same figures as a table and a sentence for screen readers and exact reading.
 * @module
 */
import { useEffect, useState } from 'preact/hooks';
import type { AckSeries } from '../../../../../shared/schemas/reports';
import { errorText } from '../../../../lib/error-text';
import { formatDate } from '../../../../lib/i18n';
import type { Request } from '../../../../lib/messaging';
import { useText } from '../../catalogue';
import { chartPeriod } from './chart-period';

const WIDTH = 720;
const HEIGHT = 160;
const AXIS = 18;

export function AckChart({
  request,
  from,
  to,
  today,
}: {
  request: Request;
  from: string | null;
  to: string | null;
  today: string;
}) {
  const t = useText();
  const period = chartPeriod(from, to, today);
  const [series, setSeries] = useState<AckSeries | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setSeries(null);
    void request('ack-series', { from: period.from, to: period.to })
      .then((answer) => {
        if (!live) return;
        if (answer?.ok) {
          setSeries(answer.data);
          setError(null);
        } else setError(t('loadFailed', { reason: answer?.error ?? '' }));
      })
      .catch((caught) => live && setError(t('loadFailed', { reason: errorText(caught) })));
    return () => {
      live = false;
    };
  }, [request, period.from, period.to]);

  const bucket = series ? t(`chart_bucket_${series.bucket}`) : '';
  const max = series ? Math.max(1, ...series.items.map((item) => item.recipients)) : 1;
  const sent = series?.items.reduce((sum, item) => sum + item.recipients, 0) ?? 0;
  const acknowledged = series?.items.reduce((sum, item) => sum + item.acknowledged, 0) ?? 0;
  const slot = series && series.items.length > 0 ? WIDTH / series.items.length : WIDTH;
  const bar = Math.max(1, slot * 0.8);
  const y = (value: number) => HEIGHT - AXIS - (value / max) * (HEIGHT - AXIS - 4);
  return (
    <section aria-labelledby="ack-chart-heading" class="card" data-testid="ack-chart">
      <h3 id="ack-chart-heading">{t('chart_ackHeading')}</h3>
      {period.clamped && (
        <p class="hint" data-testid="ack-chart-clamped">
          {t('chart_clamped', { from: formatDate(period.from), to: formatDate(period.to) })}
        </p>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {!series && !error && <p>{t('loading')}</p>}
      {series && (
        <>
          <p id="ack-chart-summary" data-testid="ack-chart-summary">
            {t('chart_ackSummary', {
              acknowledged,
              recipients: sent,
              max: max === 1 && sent === 0 ? 0 : max,
              bucket,
            })}
          </p>
          <div class="trk-legend" aria-hidden="true">
            <span>
              <svg class="trk-swatch" viewBox="0 0 10 10" aria-hidden="true">
                <rect class="trk-sent" width="10" height="10" />
              </svg>
              {t('chart_sent')}
            </span>
            <span>
              <svg class="trk-swatch" viewBox="0 0 10 10" aria-hidden="true">
                <rect class="trk-acked" width="10" height="10" />
              </svg>
              {t('chart_acked')}
            </span>
          </div>
          <svg
            class="trk-chart"
            viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
            role="img"
            aria-labelledby="ack-chart-heading ack-chart-summary"
            data-testid="ack-chart-svg"
          >
            <title>{t('chart_ackHeading')}</title>
            {series.items.map((item, index) => (
              <g key={item.start} data-start={item.start}>
                <title>
                  {`${formatDate(item.start)}: ${t('chart_sent')} ${item.recipients}, ${t('chart_acked')} ${item.acknowledged}`}
                </title>
                <rect
                  class="trk-sent"
                  x={index * slot}
                  y={y(item.recipients)}
                  width={bar}
                  height={HEIGHT - AXIS - y(item.recipients)}
                />
                <rect
                  class="trk-acked"
                  data-testid="ack-bar"
                  x={index * slot}
                  y={y(item.acknowledged)}
                  width={bar}
                  height={HEIGHT - AXIS - y(item.acknowledged)}
                />
              </g>
            ))}
            <line
              x1="0"
              x2={WIDTH}
              y1={HEIGHT - AXIS}
              y2={HEIGHT - AXIS}
              stroke="currentColor"
              stroke-width="0.5"
            />
            <text class="trk-axis" x="0" y={HEIGHT - 4}>
              {formatDate(series.items[0]?.start)}
            </text>
            <text class="trk-axis" x={WIDTH} y={HEIGHT - 4} text-anchor="end">
              {formatDate(series.items[series.items.length - 1]?.start)}
            </text>
          </svg>
          <details>
            <summary>{t('chart_showTable')}</summary>
            <table data-testid="ack-chart-table">
              <caption>{t('chart_ackCaption', { bucket })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('chart_start')}</th>
                  <th scope="col" class="num">
                    {t('chart_dispatches')}
                  </th>
                  <th scope="col" class="num">
                    {t('chart_sent')}
                  </th>
                  <th scope="col" class="num">
                    {t('chart_acked')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {series.items.map((item) => (
                  <tr key={item.start}>
                    <th scope="row">{formatDate(item.start)}</th>
                    <td class="num">{item.dispatches}</td>
                    <td class="num">{item.recipients}</td>
                    <td class="num">{item.acknowledged}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </section>
  );
}
