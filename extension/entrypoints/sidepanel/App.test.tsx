import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '../../lib/i18n';
import { choose, click, labelOf, mount, type, unmountAll } from '../popup/test-render';
import { App } from './App';
import { type FakeBackground, fakeBackground, SIGNED_IN, SIGNED_OUT } from './test-fixtures';

async function renderPanel(
  background: FakeBackground,
  options: { language?: Language; openOptions?: () => void; openDashboard?: () => void } = {},
) {
  const view = await mount(
    <App
      send={background.send}
      language={options.language ?? 'vi'}
      openOptions={options.openOptions ?? (() => {})}
      openDashboard={options.openDashboard ?? (() => {})}
    />,
  );
  const items = () => view.allByTestId('inbox-item');
  const item = (id: number) => {
    const found = items().find((element) => element.dataset.dispatchId === String(id));
    if (!found) throw new Error(`no inbox item ${id}`);
    return found;
  };
  const task = (id: number) => {
    const found = view.allByTestId('task').find((element) => element.dataset.taskId === String(id));
    if (!found) throw new Error(`no task ${id}`);
    return found;
  };
  return { ...view, items, item, task };
}

afterEach(unmountAll);

describe('side panel: inbox', () => {
  it('lists the unit’s dispatches, not yet acknowledged first, with their test hooks', async () => {
    const { items, byTestId } = await renderPanel(fakeBackground());
    expect(items().map((i) => [i.dataset.dispatchId, i.dataset.state])).toEqual([
      ['11', 'pending'],
      ['12', 'acknowledged'],
    ]);
    const [pending, done] = items();
    expect(pending?.textContent).toContain('3944/UBND-NC');
    expect(pending?.textContent).toContain('về việc đẩy mạnh phong trào toàn dân bảo vệ ANTQ');
    expect(pending?.textContent).toContain('UBND tỉnh');
    expect(byTestId('issued-date', pending)?.textContent).toBe('27/08/2020');
    // The nearest deadline, with its state on the server's today (26/11/2026).
    expect(byTestId('nearest-due', pending)?.textContent).toBe('20/11/2026 Quá hạn · trễ 6 ngày');
    expect(byTestId('ack', pending)?.textContent).toBe('Xác nhận đã nhận');
    expect(byTestId('not-unit-head')).toBeNull();
    expect(byTestId('ack', done)).toBeNull();
    expect(byTestId('waiting-count')?.textContent).toContain('1 công văn chưa xác nhận');
    expect(byTestId('counts')?.textContent).toBe(
      'Chưa xác nhận: 1 · Nhiệm vụ đang mở: 3 · Quá hạn: 1 · Sắp đến hạn (3 ngày): 1',
    );
  });

  it('acknowledges with a note through a keyboard-submittable form and shows the item acknowledged', async () => {
    const background = fakeBackground();
    const { item, byTestId } = await renderPanel(background);
    const note = byTestId<HTMLInputElement>('ack-note', item(11));
    expect(note && labelOf(note)).toBe('Ghi chú khi xác nhận (không bắt buộc)');
    await type(note, '  Đã giao phòng Tham mưu  ');
    const button = byTestId<HTMLButtonElement>('ack', item(11));
    // A submit button inside a form: Enter in the note field or Space/Enter on the button sends it.
    expect(button?.type).toBe('submit');
    expect(button?.closest('form')).not.toBeNull();
    await click(button);

    expect(background.messages.filter((m) => m.type === 'ack')).toEqual([
      { type: 'ack', dispatchId: 11, note: 'Đã giao phòng Tham mưu' },
    ]);
    expect(item(11).dataset.state).toBe('acknowledged');
    expect(byTestId('ack', item(11))).toBeNull();
    // The keyboard user stays in the item the form left.
    expect(document.activeElement).toBe(byTestId('toggle-details', item(11)));
    expect(byTestId('announce')?.getAttribute('aria-live')).toBe('polite');
    expect(byTestId('announce')?.textContent).toBe('Đã xác nhận đã nhận 3944/UBND-NC.');
    // Nothing waits any more: the count leaves the heading and the figures follow.
    expect(byTestId('waiting-count')).toBeNull();
    expect(byTestId('counts')?.textContent).toContain('Chưa xác nhận: 0');
  });

  it('acknowledges without a note, and keeps the item pending with the reason when it fails', async () => {
    const background = fakeBackground();
    background.failNext('ack', 'Máy chủ bận');
    const { item, byTestId } = await renderPanel(background);
    await click(byTestId('ack', item(11)));
    expect(item(11).dataset.state).toBe('pending');
    expect(byTestId('announce')?.textContent).toBe('Chưa xác nhận được 3944/UBND-NC: Máy chủ bận');
    await click(byTestId('ack', item(11)));
    expect(background.messages.filter((m) => m.type === 'ack').at(-1)).toEqual({
      type: 'ack',
      dispatchId: 11,
    });
    expect(item(11).dataset.state).toBe('acknowledged');
  });

  it('shows the source link, what the dispatch cites and what cites it; never a javascript: link', async () => {
    const { item, byTestId } = await renderPanel(fakeBackground());
    const toggle = byTestId('toggle-details', item(11));
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    await click(toggle);
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    expect(byTestId<HTMLAnchorElement>('source-link', item(11))?.href).toBe(
      'https://baohatinh.vn/day-manh-phong-trao',
    );
    expect(byTestId('cites', item(11))?.textContent).toContain('30/2020/NĐ-CP');
    expect(byTestId('cited-by', item(11))?.textContent).toContain('50/CA-TM');
    await click(byTestId('toggle-details', item(12)));
    expect(byTestId('dispatch-details', item(12))).not.toBeNull();
    expect(byTestId('source-link', item(12))).toBeNull();
  });
});

describe('side panel: tasks', () => {
  it('shows due dates with their deadline state as offices say it, and lets only the lead unit report', async () => {
    const { task, byTestId } = await renderPanel(fakeBackground());
    expect(byTestId('task-due', task(21))?.textContent).toBe('Hạn: 20/11/2026');
    const state = (id: number) => byTestId('deadline-state', task(id));
    expect(state(21)?.textContent).toBe('Quá hạn · trễ 6 ngày');
    expect(state(22)?.textContent).toBe('Trong hạn · còn 35 ngày');
    expect(state(23)?.textContent).toBe('Sắp đến hạn · còn 2 ngày');
    expect(task(21).dataset.deadlineState).toBe('qua_han');
    expect(task(21).dataset.overdue).toBe('true');
    expect(task(22).dataset.overdue).toBe('false');
    expect(byTestId('report-form', task(21))).not.toBeNull();
    expect(byTestId('report-form', task(22))).toBeNull();
    expect(task(22).textContent).toContain('Phối hợp');
    for (const control of task(21).querySelectorAll<HTMLElement>('input, select, textarea'))
      expect(labelOf(control)).not.toBe('');
  });

  it('updates status and progress with a note, and shows the history', async () => {
    const background = fakeBackground();
    const { task, byTestId } = await renderPanel(background);
    const form = byTestId('report-form', task(21)) as HTMLElement;
    await choose(form.querySelector('select[name="status"]'), 'done');
    await type(form.querySelector('input[name="progress"]'), '100');
    await type(form.querySelector('textarea[name="note"]'), 'Đã gửi báo cáo');
    await click(byTestId('report', task(21)));

    expect(background.messages.filter((m) => m.type === 'update-task')).toEqual([
      { type: 'update-task', taskId: 21, patch: { status: 'done', progress: 100, note: 'Đã gửi báo cáo' } },
    ]);
    expect(task(21).dataset.status).toBe('done');
    expect(task(21).dataset.overdue).toBe('false');
    // Finished on 25/11 for a deadline of 20/11: done, late.
    expect(byTestId('deadline-state', task(21))?.textContent).toBe('Trễ hạn');
    expect(byTestId('counts')?.textContent).toContain('Nhiệm vụ đang mở: 2 · Quá hạn: 0');
    expect(byTestId('announce')?.textContent).toBe('Đã cập nhật nhiệm vụ “Báo cáo kết quả”.');

    await click(byTestId('toggle-history', task(21)));
    const history = byTestId('history', task(21));
    expect(history?.textContent).toContain('25/11/2026 · Trần Văn Công: Hoàn thành, 100%');
    expect(history?.textContent).toContain('Đã gửi báo cáo');
  });

  it('announces a refused report', async () => {
    const background = fakeBackground();
    background.failNext('update-task', "Only the lead unit's head or an admin reports on a task");
    const { task, byTestId } = await renderPanel(background);
    await type(task(21).querySelector('textarea[name="note"]'), 'x');
    await click(byTestId('report', task(21)));
    expect(byTestId('announce')?.textContent).toContain('Chưa cập nhật được nhiệm vụ');
    expect(task(21).dataset.status).toBe('in_progress');
  });
});

describe('side panel: session and language', () => {
  it('asks a signed-out user to open the options page, and reads no inbox', async () => {
    const background = fakeBackground(SIGNED_OUT);
    const openOptions = vi.fn();
    const { byTestId, items } = await renderPanel(background, { openOptions });
    expect(byTestId('sign-in-prompt')).not.toBeNull();
    expect(items()).toHaveLength(0);
    await click(byTestId('open-options'));
    expect(openOptions).toHaveBeenCalledOnce();
    expect(background.messages.map((m) => m.type)).not.toContain('get-inbox');
  });

  it('offers no acknowledgement to a clerk or admin, and says the panel is for unit heads', async () => {
    const clerk = { ...SIGNED_IN, user: { ...SIGNED_IN.user, role: 'clerk' as const } };
    const { byTestId, item } = await renderPanel(fakeBackground(clerk as typeof SIGNED_IN));
    expect(byTestId('not-unit-head')).not.toBeNull();
    expect(item(11).dataset.state).toBe('pending');
    expect(byTestId('ack', item(11))).toBeNull();
  });

  it('offers the dashboard to admins and clerks, not to unit heads, whom it refuses', async () => {
    for (const role of ['admin', 'clerk'] as const) {
      const openDashboard = vi.fn();
      const session = { ...SIGNED_IN, user: { ...SIGNED_IN.user, role } };
      const { byTestId } = await renderPanel(fakeBackground(session as typeof SIGNED_IN), { openDashboard });
      const button = byTestId<HTMLButtonElement>('open-dashboard');
      expect(button?.textContent).toBe('Mở bảng theo dõi');
      expect(button?.type).toBe('button');
      await click(button);
      expect(openDashboard).toHaveBeenCalledOnce();
      unmountAll();
    }
    const { byTestId } = await renderPanel(fakeBackground());
    expect(byTestId('open-dashboard')).toBeNull();
  });

  it('shows the load failure with a reload button', async () => {
    const background = fakeBackground();
    background.failNext('get-inbox', 'Không kết nối được tới máy chủ');
    const { byTestId, items, container } = await renderPanel(background);
    expect(byTestId('status')?.textContent).toContain('Không kết nối được tới máy chủ');
    await click(container.querySelector('[data-testid="status"] button'));
    expect(items()).toHaveLength(2);
  });

  it('speaks English when chosen, with dates still dd/mm/yyyy', async () => {
    const { byTestId, item, container } = await renderPanel(fakeBackground(), { language: 'en' });
    expect(container.querySelector('h1')?.textContent).toBe('Dispatches for your unit');
    expect(byTestId('ack', item(11))?.textContent).toBe('Confirm receipt');
    expect(byTestId('issued-date', item(11))?.textContent).toBe('27/08/2020');
    expect(byTestId('deadline-state', item(11))?.textContent).toBe('Overdue · 6 days late');
  });
});
