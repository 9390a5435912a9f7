import { afterEach, describe, expect, it } from 'vitest';
import type { Language } from '../../../../lib/i18n';
import { choose, click, labelOf, mount, type, unmountAll } from '../../../popup/test-render';
import { App } from '../../App';
import { CLERK, fakeBackground } from '../../test-fixtures';
import { answerTracking } from './tracking-fixtures';

afterEach(unmountAll);

async function renderTracking(params: Record<string, string> = {}, language: Language = 'vi') {
  const background = fakeBackground(CLERK, answerTracking);
  const mounted = await mount(
    <App
      send={background.send}
      language={language}
      openOptions={() => {}}
      initialParams={{ view: 'tracking', ...params }}
      today="2026-11-26"
    />,
  );
  const asked = () => background.messages.filter((m) => m.type === 'tracking-matrix');
  return { ...mounted, background, asked };
}

describe('tracking: the filtered dispatch × unit matrix', () => {
  it('reads its filters from the address and shows one cell per recipient unit, for a clerk too', async () => {
    const { asked, allByTestId, byTestId } = await renderTracking({
      unit: '5',
      ack: 'pending',
      from: '2020-08-01',
      q: 'bao ve',
    });
    expect(asked()).toEqual([
      { type: 'tracking-matrix', unitId: 5, ack: 'pending', from: '2020-08-01', q: 'bao ve' },
    ]);
    // The form shows the same filters, dates as offices write them.
    expect(byTestId<HTMLInputElement>('trk-from')?.value).toBe('01/08/2020');
    expect(byTestId<HTMLSelectElement>('trk-unit')?.value).toBe('5');
    expect(byTestId<HTMLSelectElement>('trk-ack')?.value).toBe('pending');
    const cells = allByTestId('tracking-cell');
    expect(cells.map((cell) => [cell.dataset.unitCode, cell.dataset.state, cell.dataset.dispatchId])).toEqual(
      [
        ['HT-CA', 'acknowledged', '31'],
        ['HT-SGDDT', 'pending', '31'],
      ],
    );
    expect(cells[0]?.textContent).toContain('HT-CA: đã xác nhận 28/08/2020 09:05, Trần Văn Công');
    expect(cells[0]?.textContent).toContain('1 đang làm');
    expect(cells[1]?.textContent).toContain('HT-SGDDT: chưa xác nhận');
    expect(cells[1]?.textContent).toContain('1 quá hạn');
    expect(cells[1]?.classList.contains('cell-overdue')).toBe(true);
    expect(byTestId('tracking-row')?.textContent).toContain('1/2 đơn vị đã xác nhận');
  });

  it('labels every filter and applies them together; a bad date is refused before asking', async () => {
    const { asked, byTestId } = await renderTracking();
    for (const id of ['trk-q', 'trk-group', 'trk-unit', 'trk-ack', 'trk-tasks', 'trk-from', 'trk-to'])
      expect(labelOf(byTestId(id) as HTMLElement), id).not.toBe('');
    expect(labelOf(byTestId('trk-from') as HTMLElement)).toBe('Nhận từ ngày (dd/mm/yyyy)');
    // A group narrows the units offered to its members, and lets go of a unit outside it.
    await choose(byTestId('trk-unit'), '2');
    await choose(byTestId('trk-group'), '3');
    expect(byTestId<HTMLSelectElement>('trk-unit')?.value).toBe('');
    expect([...(byTestId<HTMLSelectElement>('trk-unit')?.options ?? [])].map((o) => o.value)).toEqual([
      '',
      '9',
    ]);
    await choose(byTestId('trk-tasks'), 'overdue');
    await type(byTestId('trk-from'), '1/11/2026');
    await type(byTestId('trk-to'), '31/02/2026');
    await click(byTestId('trk-apply'));
    expect(byTestId('tracking-error')?.textContent).toContain('31/02/2026');
    expect(asked()).toHaveLength(1);
    await type(byTestId('trk-to'), '30/11/2026');
    await type(byTestId('trk-q'), '  Bảo vệ ');
    await click(byTestId('trk-apply'));
    expect(asked().at(-1)).toEqual({
      type: 'tracking-matrix',
      groupId: 3,
      tasks: 'overdue',
      from: '2026-11-01',
      to: '2026-11-30',
      q: 'Bảo vệ',
    });
    await click(byTestId('trk-clear'));
    expect(asked().at(-1)).toEqual({ type: 'tracking-matrix' });
  });

  it('shows more with the cursor, keeping the rows already shown', async () => {
    const { asked, allByTestId, byTestId } = await renderTracking({ ack: 'pending' });
    await click(byTestId('tracking-more'));
    expect(asked().at(-1)).toEqual({ type: 'tracking-matrix', ack: 'pending', cursor: 'p2' });
    expect(allByTestId('tracking-row').map((row) => row.dataset.dispatchId)).toEqual(['31', '30']);
    expect(allByTestId('tracking-row')[1]?.textContent).toContain('Chưa gửi đơn vị nào');
    expect(byTestId('tracking-more')).toBeNull();
  });

  it('links each dispatch to its matrix and each unit to its record', async () => {
    const { byTestId, allByTestId, background } = await renderTracking();
    const matrixLink = byTestId<HTMLAnchorElement>('trk-open-matrix');
    expect(matrixLink?.getAttribute('href')).toBe('?view=dispatches&dispatch=31');
    const unitLink = allByTestId('tracking-cell')[1]?.querySelector('a');
    expect(unitLink?.getAttribute('href')).toBe('?view=unit&unit=5');
    expect(unitLink?.getAttribute('aria-label')).toBe(
      'HT-SGDDT: chưa xác nhận. Hồ sơ đơn vị Sở Giáo dục và Đào tạo',
    );
    await click(unitLink);
    expect(byTestId('view-unit')).not.toBeNull();
    expect(background.messages.at(-1)).toMatchObject({ type: 'unit-record', unitId: 5 });
  });

  it('says when nothing matches, and why the rows could not be read', async () => {
    const background = fakeBackground(CLERK, (message) =>
      message.type === 'tracking-matrix'
        ? { ok: true, data: { items: [], nextCursor: null } }
        : answerTracking(message),
    );
    const { byTestId } = await mount(
      <App
        send={background.send}
        language="en"
        openOptions={() => {}}
        initialParams={{ view: 'tracking' }}
      />,
    );
    expect(byTestId('tracking-empty')?.textContent).toBe('No dispatch matches the filters.');
    expect(byTestId('tracking-more')).toBeNull();
    background.failNext('tracking-matrix', 'Máy chủ bận');
    await click(byTestId('trk-apply'));
    expect(byTestId('tracking-error')?.textContent).toBe('Could not load the data: Máy chủ bận');
  });

  it('says when the newest dispatches hold no match yet, and offers to look through older ones', async () => {
    const background = fakeBackground(CLERK, (message) =>
      message.type === 'tracking-matrix' && !message.cursor
        ? { ok: true, data: { items: [], nextCursor: 'older' } }
        : answerTracking(message),
    );
    const { byTestId, allByTestId } = await mount(
      <App
        send={background.send}
        language="vi"
        openOptions={() => {}}
        initialParams={{ view: 'tracking' }}
      />,
    );
    expect(byTestId('tracking-empty')?.textContent).toContain(
      'Bấm “Xem thêm” để tìm trong các công văn cũ hơn.',
    );
    await click(byTestId('tracking-more'));
    expect(background.messages.at(-1)).toEqual({ type: 'tracking-matrix', cursor: 'older' });
    expect(allByTestId('tracking-row').map((row) => row.dataset.dispatchId)).toEqual(['31']);
  });
});
