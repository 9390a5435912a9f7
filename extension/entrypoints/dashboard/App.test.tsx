import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '../../lib/i18n';
import { click, labelOf, mount, type, unmountAll } from '../popup/test-render';
import { App } from './App';
import { ADMIN, CLERK, type FakeBackground, fakeBackground, SIGNED_OUT, UNIT_HEAD } from './test-fixtures';

const TODAY = '2026-11-26';

async function renderDashboard(
  background: FakeBackground,
  options: { language?: Language; openOptions?: () => void; dispatchId?: number; view?: string } = {},
) {
  return mount(
    <App
      send={background.send}
      language={options.language ?? 'vi'}
      openOptions={options.openOptions ?? (() => {})}
      initialParams={{
        ...(options.view ? { view: options.view } : {}),
        ...(options.dispatchId ? { dispatch: String(options.dispatchId) } : {}),
      }}
      today={TODAY}
    />,
  );
}

afterEach(unmountAll);

describe('dashboard: who sees it', () => {
  it('asks a signed-out user to sign in on the options page', async () => {
    const openOptions = vi.fn();
    const { byTestId } = await renderDashboard(fakeBackground(SIGNED_OUT), { openOptions });
    expect(byTestId('sign-in-prompt')?.textContent).toContain('Bạn chưa đăng nhập');
    await click(byTestId('open-options'));
    expect(openOptions).toHaveBeenCalledOnce();
    expect(byTestId('overview')).toBeNull();
  });

  it('tells a unit head the page is not for them, and asks the background for nothing else', async () => {
    const background = fakeBackground(UNIT_HEAD);
    const { byTestId } = await renderDashboard(background);
    expect(byTestId('not-allowed')?.textContent).toContain('quản trị viên và văn thư');
    expect(background.messages.map((m) => m.type)).toEqual(['get-session']);
  });

  it('shows a clerk no figures, register or management (the API gives them to administrators only)', async () => {
    const background = fakeBackground(CLERK);
    const { byTestId, allByTestId } = await renderDashboard(background, { view: 'overview' });
    expect(byTestId('overview')).toBeNull();
    expect(byTestId('view-dispatches')).not.toBeNull();
    const pages = allByTestId('nav')[0]?.querySelectorAll('a');
    expect([...(pages ?? [])].map((a) => a.dataset.view)).toEqual(['dispatches', 'tracking', 'unit']);
    expect(background.messages.some((m) => m.type === 'dashboard-overview')).toBe(false);
  });

  it('moves between pages with links that keep the page in the address', async () => {
    const { byTestId } = await renderDashboard(fakeBackground(ADMIN));
    expect(byTestId('view-overview')).not.toBeNull();
    const link = byTestId('nav')?.querySelector<HTMLAnchorElement>('a[data-view="dispatches"]');
    expect(link?.getAttribute('href')).toBe('?view=dispatches');
    await click(link ?? null);
    expect(byTestId('view-overview')).toBeNull();
    expect(byTestId('view-dispatches')).not.toBeNull();
    expect(link?.getAttribute('aria-current')).toBe('page');
  });
});

describe('dashboard: overview', () => {
  it('shows this month’s figures by default, with dd/mm/yyyy dates', async () => {
    const background = fakeBackground(ADMIN);
    const { byTestId, allByTestId } = await renderDashboard(background);
    expect(background.messages.find((m) => m.type === 'dashboard-overview')).toEqual({
      type: 'dashboard-overview',
      from: '2026-11-01',
      to: '2026-11-30',
    });
    const from = byTestId<HTMLInputElement>('period-from');
    expect(from?.value).toBe('01/11/2026');
    expect(from && labelOf(from)).toBe('Từ ngày (dd/mm/yyyy)');
    expect(byTestId<HTMLInputElement>('period-to')?.value).toBe('30/11/2026');
    expect(byTestId('period-shown')?.textContent).toBe('Từ 01/11/2026 đến 30/11/2026');
    expect(byTestId('fig-dispatches')?.textContent).toBe('12');
    expect(byTestId('fig-ack-rate')?.textContent).toContain('66,7 %');
    expect(byTestId('fig-ack-rate')?.textContent).toContain('20/30');
    expect(byTestId('fig-overdue')?.textContent).toBe('2');
    const rows = byTestId('tasks-by-status')?.querySelectorAll('tbody tr') ?? [];
    expect([...rows].map((row) => row.textContent)).toEqual([
      'Chưa thực hiện4',
      'Đang thực hiện3',
      'Quá hạn2',
      'Hoàn thành5',
    ]);
    expect(allByTestId('late-unit').map((row) => row.dataset.unitCode)).toEqual(['HT-SGDDT', 'HT-CA']);
    // The bars are for the eye only, scaled to the largest count.
    const bars = byTestId('tasks-by-status')?.querySelectorAll('svg rect') ?? [];
    expect([...bars].map((rect) => rect.getAttribute('width'))).toEqual(['80', '60', '40', '100']);
    expect(byTestId('tasks-by-status')?.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('reads a typed period, and refuses a date that does not exist or a reversed period', async () => {
    const background = fakeBackground(ADMIN);
    const { byTestId } = await renderDashboard(background);
    await type(byTestId('period-from'), '1/1/2026');
    await type(byTestId('period-to'), '31/12/2026');
    await click(byTestId('period-show'));
    expect(background.messages.filter((m) => m.type === 'dashboard-overview').at(-1)).toEqual({
      type: 'dashboard-overview',
      from: '2026-01-01',
      to: '2026-12-31',
    });
    expect(byTestId('period-shown')?.textContent).toBe('Từ 01/01/2026 đến 31/12/2026');

    const sent = background.messages.length;
    await type(byTestId('period-to'), '31/02/2026');
    await click(byTestId('period-show'));
    expect(byTestId('overview-error')?.textContent).toContain('31/02/2026');
    await type(byTestId('period-to'), '01/01/2025');
    await click(byTestId('period-show'));
    expect(byTestId('overview-error')?.textContent).toBe('Ngày bắt đầu phải trước ngày kết thúc.');
    expect(background.messages).toHaveLength(sent);

    // Empty ends: all time.
    await type(byTestId('period-from'), '');
    await type(byTestId('period-to'), '');
    await click(byTestId('period-show'));
    // The charts under the figures ask for their own data afterwards.
    expect(background.messages.filter((m) => m.type === 'dashboard-overview').at(-1)).toEqual({
      type: 'dashboard-overview',
    });
    expect(byTestId('overview-error')).toBeNull();
  });

  it('says why the figures could not be read', async () => {
    const background = fakeBackground(ADMIN);
    background.failNext('dashboard-overview', 'Máy chủ bận');
    const { byTestId } = await renderDashboard(background);
    expect(byTestId('overview-error')?.textContent).toBe('Không tải được dữ liệu: Máy chủ bận');
  });

  it('speaks English when chosen', async () => {
    const { byTestId } = await renderDashboard(fakeBackground(ADMIN), { language: 'en' });
    expect(byTestId('fig-ack-rate')?.textContent).toContain('66.7%');
    expect(byTestId('period-shown')?.textContent).toBe('From 01/11/2026 to 30/11/2026');
  });
});

describe('dashboard: dispatch × unit matrix', () => {
  it('opens the matrix of `?dispatch=<id>`: one cell per recipient unit with its state, when, who and tasks', async () => {
    const background = fakeBackground(ADMIN);
    const { byTestId, allByTestId } = await renderDashboard(background, { dispatchId: 31 });
    expect(background.messages).toContainEqual({ type: 'dispatch-status', dispatchId: 31 });
    expect(byTestId('matrix')?.querySelector('h2')?.textContent).toBe('Tình hình xử lý 3950/UBND-NC');
    expect(byTestId('matrix-totals')?.textContent).toBe('2/3 đơn vị đã xác nhận');
    const cells = allByTestId('cell');
    expect(cells.map((c) => [c.dataset.unitCode, c.dataset.state])).toEqual([
      ['HT-CA', 'acknowledged'],
      ['HT-SGDDT', 'acknowledged'],
      ['HT-KA', 'pending'],
    ]);
    const [police, education, district] = cells;
    expect(byTestId('acked-at', police)?.textContent).toBe('03/11/2026 09:05 bởi Trần Văn Công');
    expect(byTestId('cell-tasks', police)?.textContent).toBe('2 việc: 1 đang làm, 1 quá hạn');
    expect(byTestId('acked-at', education)?.textContent).toBe('04/11/2026 23:30 bởi Lê Thị Giáo');
    expect(education?.textContent).toContain('Không có việc');
    expect(district?.textContent).toContain('Chưa xác nhận');
    expect(byTestId('acked-at', district)).toBeNull();
    expect(byTestId('cell-tasks', district)?.textContent).toBe('1 việc: 1 chưa làm');
  });

  it('lets a clerk search (the server ignores diacritics) and pick a dispatch by keyboard-reachable links', async () => {
    const background = fakeBackground(CLERK);
    const { byTestId, allByTestId } = await renderDashboard(background);
    expect(byTestId('matrix')).toBeNull();
    expect(byTestId('matrix-pick')).not.toBeNull();
    const rows = () => allByTestId('dispatch-row').map((row) => row.dataset.dispatchId);
    expect(rows()).toEqual(['31']);
    await click(byTestId('search-more'));
    expect(rows()).toEqual(['31', '32']);
    expect(byTestId('search-more')).toBeNull();

    const q = byTestId<HTMLInputElement>('search-q');
    expect(q && labelOf(q)).toBe('Số, ký hiệu hoặc trích yếu (không cần dấu)');
    await type(q, 'bao ve');
    await click(byTestId('search-submit'));
    expect(background.messages.filter((m) => m.type === 'dashboard-dispatches').at(-1)).toEqual({
      type: 'dashboard-dispatches',
      q: 'bao ve',
    });
    expect(rows()).toEqual(['31']);

    const link = byTestId<HTMLAnchorElement>('pick-dispatch');
    expect(link?.getAttribute('href')).toBe('?dispatch=31');
    expect(link?.getAttribute('aria-label')).toBe('Xem tình hình 3950/UBND-NC');
    await click(link);
    expect(byTestId('matrix')?.dataset.dispatchId).toBe('31');
    expect(allByTestId('cell')).toHaveLength(3);
    expect(byTestId('dispatch-row')?.getAttribute('aria-current')).toBe('true');
    // The symbol was known from the list; the dispatch itself is read once, for its tasks and
    // details under the matrix, not a second time for the heading.
    expect(background.messages.filter((m) => m.type === 'get-dispatch')).toEqual([
      { type: 'get-dispatch', dispatchId: 31 },
    ]);
  });

  it('says when nothing matches, and why a matrix could not be read', async () => {
    const background = fakeBackground(ADMIN);
    const { byTestId } = await renderDashboard(background, { dispatchId: 404 });
    expect(byTestId('matrix-error')?.textContent).toBe('Không tải được dữ liệu: No such dispatch');
    expect(byTestId('matrix')?.querySelector('h2')?.textContent).toBe('Tình hình xử lý công văn #404');
    await type(byTestId('search-q'), 'không có');
    await click(byTestId('search-submit'));
    expect(byTestId('search-empty')?.textContent).toBe('Không tìm thấy công văn nào.');
  });

  it('describes the tasks in English when chosen', async () => {
    const { allByTestId, byTestId } = await renderDashboard(fakeBackground(ADMIN), {
      dispatchId: 31,
      language: 'en',
    });
    const police = allByTestId('cell')[0];
    expect(byTestId('cell-tasks', police)?.textContent).toBe('2 tasks: 1 in progress, 1 overdue');
    expect(byTestId('acked-at', police)?.textContent).toBe('03/11/2026 09:05 by Trần Văn Công');
  });
});

describe('dashboard: exports', () => {
  it('downloads the chosen year’s register as CSV and Excel through the background, and says so', async () => {
    const background = fakeBackground(ADMIN);
    const download = vi.fn();
    const view = await mount(
      <App send={background.send} language="vi" openOptions={() => {}} today={TODAY} download={download} />,
    );
    const { byTestId } = view;
    const year = byTestId<HTMLInputElement>('export-year');
    expect(year?.value).toBe('2026');
    expect(year && labelOf(year)).toBe('Năm');
    const csv = byTestId<HTMLAnchorElement>('export-csv');
    expect(csv?.tagName).toBe('A');
    // A link with an href is in the tab order and opens with Enter.
    expect(csv?.getAttribute('href')).toBeTruthy();
    await type(year, '2025');
    await click(csv);
    expect(background.messages.at(-1)).toEqual({
      type: 'export-file',
      kind: 'register',
      format: 'csv',
      year: 2025,
    });
    expect(download).toHaveBeenLastCalledWith({
      filename: 'so-den-2025.csv',
      mimeType: 'text/csv; charset=utf-8',
      base64: btoa('abc'),
    });
    expect(byTestId('announce')?.textContent).toBe('Đã tải so-den-2025.csv.');

    await click(byTestId('export-xlsx'));
    expect(background.messages.at(-1)).toMatchObject({ type: 'export-file', format: 'xlsx', year: 2025 });
    expect(download).toHaveBeenCalledTimes(2);
    expect(byTestId('export-xlsx')?.textContent).toBe('Tải Excel (.xlsx)');
  });

  it('says why an export failed, and offers none to a clerk', async () => {
    const background = fakeBackground(ADMIN);
    background.failNext('export-file', 'Admins only');
    const download = vi.fn();
    const { byTestId } = await mount(
      <App send={background.send} language="vi" openOptions={() => {}} today={TODAY} download={download} />,
    );
    await click(byTestId('export-csv'));
    expect(download).not.toHaveBeenCalled();
    expect(byTestId('announce')?.textContent).toBe('Chưa xuất được: Admins only');

    const clerk = await renderDashboard(fakeBackground(CLERK));
    expect(clerk.byTestId('export-csv')).toBeNull();
  });
});
