import { afterEach, describe, expect, it } from 'vitest';
import { click, mount, type, unmountAll } from '../../../popup/test-render';
import { App } from '../../App';
import { ADMIN, fakeBackground } from '../../test-fixtures';
import { answerTracking } from '../tracking/tracking-fixtures';
import { chartPeriod } from './chart-period';

afterEach(unmountAll);

async function renderOverview(language: 'vi' | 'en' = 'vi') {
  const background = fakeBackground(ADMIN, answerTracking);
  const mounted = await mount(
    <App
      send={background.send}
      language={language}
      openOptions={() => {}}
      initialParams={{}}
      today="2026-11-26"
    />,
  );
  return { ...mounted, background };
}

describe('overview charts', () => {
  it('draws sent vs acknowledged for the figures’ period, with a summary and a table', async () => {
    const { byTestId, allByTestId, background } = await renderOverview();
    expect(background.messages.find((m) => m.type === 'ack-series')).toEqual({
      type: 'ack-series',
      from: '2026-11-01',
      to: '2026-11-30',
    });
    expect(byTestId('ack-chart-summary')?.textContent).toBe(
      'Cả kỳ: 9/14 lượt đã xác nhận; cao nhất 10 lượt gửi trong một ngày.',
    );
    const svg = byTestId('ack-chart-svg');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(svg?.getAttribute('aria-labelledby')).toBe('ack-chart-heading ack-chart-summary');
    // Scaled to the busiest day: 10 sent → full height; 5 and 4 acknowledged.
    const heights = allByTestId('ack-bar').map((bar) => Number(bar.getAttribute('height')));
    expect(heights[0]).toBeCloseTo(69);
    expect(heights[1]).toBeCloseTo(55.2);
    const rows = byTestId('ack-chart-table')?.querySelectorAll('tbody tr') ?? [];
    expect([...rows].map((row) => row.textContent)).toEqual(['01/11/20262105', '30/11/2026144']);
  });

  it('stacks tasks by state per unit group, numbers in the table and bars for the eye', async () => {
    const { allByTestId, background } = await renderOverview();
    expect(background.messages.find((m) => m.type === 'group-tasks')).toEqual({
      type: 'group-tasks',
      from: '2026-11-01',
      to: '2026-11-30',
    });
    const rows = allByTestId('group-row');
    expect(rows[0]?.textContent).toBe('Các sở, ban, ngành tỉnh21238');
    const segments = [...(rows[0]?.querySelectorAll('rect') ?? [])].map((r) => [
      r.getAttribute('data-state'),
      Number(r.getAttribute('width')),
    ]);
    // 8 tasks is the largest group: 240 px.
    expect(segments).toEqual([
      ['todo', 60],
      ['in_progress', 30],
      ['overdue', 60],
      ['done', 90],
    ]);
    expect(rows[0]?.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('follows the period, showing the last year of a longer one and saying so', async () => {
    const { byTestId, background } = await renderOverview('en');
    await type(byTestId('period-from'), '');
    await type(byTestId('period-to'), '');
    await click(byTestId('period-show'));
    expect(background.messages.filter((m) => m.type === 'ack-series').at(-1)).toEqual({
      type: 'ack-series',
      from: '2025-11-27',
      to: '2026-11-26',
    });
    expect(background.messages.filter((m) => m.type === 'group-tasks').at(-1)).toEqual({
      type: 'group-tasks',
    });
    expect(byTestId('ack-chart-clamped')?.textContent).toBe(
      'The chart shows only the last 12 months of the period (27/11/2025 – 26/11/2026).',
    );
  });
});

describe('chartPeriod', () => {
  it('keeps a period of a year or less, ends an open one today and cuts a longer one to its last year', () => {
    expect(chartPeriod('2026-01-01', '2026-12-31', '2026-11-26')).toEqual({
      from: '2026-01-01',
      to: '2026-12-31',
      clamped: false,
    });
    expect(chartPeriod('2026-06-01', null, '2026-11-26')).toEqual({
      from: '2026-06-01',
      to: '2026-11-26',
      clamped: false,
    });
    expect(chartPeriod('2020-01-01', '2026-03-31', '2026-11-26')).toEqual({
      from: '2025-04-01',
      to: '2026-03-31',
      clamped: true,
    });
  });
});
