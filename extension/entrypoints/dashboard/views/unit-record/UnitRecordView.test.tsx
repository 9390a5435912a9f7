import { afterEach, describe, expect, it } from 'vitest';
import { choose, click, labelOf, mount, unmountAll } from '../../../popup/test-render';
import { App } from '../../App';
import { ADMIN, CLERK, fakeBackground } from '../../test-fixtures';
import { answerTracking } from '../tracking/tracking-fixtures';

afterEach(unmountAll);

async function renderUnit(params: Record<string, string>, session = ADMIN, language: 'vi' | 'en' = 'vi') {
  const background = fakeBackground(session, answerTracking);
  const mounted = await mount(
    <App
      send={background.send}
      language={language}
      openOptions={() => {}}
      initialParams={{ view: 'unit', ...params }}
      today="2026-11-26"
    />,
  );
  const asked = () => background.messages.filter((m) => m.type === 'unit-record');
  return { ...mounted, background, asked };
}

describe('unit record', () => {
  it('offers every unit to pick and asks for nothing until one is chosen', async () => {
    const { byTestId, asked } = await renderUnit({}, CLERK);
    const pick = byTestId<HTMLSelectElement>('unit-pick');
    expect(pick && labelOf(pick)).toContain('Chọn đơn vị');
    expect([...(pick?.options ?? [])].map((o) => o.textContent)).toEqual([
      '— Chọn đơn vị —',
      'Công an tỉnh (HT-CA)',
      'Sở Giáo dục và Đào tạo (HT-SGDDT)',
      'UBND huyện Kỳ Anh (HT-KA)',
    ]);
    expect(asked()).toEqual([]);
    await choose(pick, '5');
    expect(asked()).toEqual([{ type: 'unit-record', unitId: 5, order: 'pending' }]);
    expect(byTestId('unit-heading') ?? byTestId('unit-record')?.querySelector('h2')).not.toBeNull();
  });

  it('shows the unit’s figures, unfinished tasks with their deadline, and its dispatches not acknowledged first', async () => {
    const { byTestId, allByTestId } = await renderUnit({ unit: '5' });
    expect(byTestId('unit-record')?.querySelector('h2')?.textContent).toBe(
      'Hồ sơ đơn vị: Sở Giáo dục và Đào tạo (HT-SGDDT)',
    );
    expect(byTestId('unit-received')?.textContent).toBe('3');
    expect(byTestId('unit-rate')?.textContent).toBe('66,7 %');
    expect(byTestId('unit-overdue')?.textContent).toBe('1');
    expect(byTestId('unit-avg')?.textContent).toBe('25,1 giờ');
    const tasks = allByTestId('unit-open-task');
    expect(tasks.map((row) => row.dataset.deadline)).toEqual(['qua_han', 'sap_den_han']);
    expect(tasks[0]?.textContent).toContain('20/11/2026');
    expect(tasks[0]?.textContent).toContain('quá hạn');
    expect(tasks[1]?.textContent).toContain('sắp đến hạn');
    expect(tasks[1]?.textContent).toContain('Phối hợp');
    const rows = allByTestId('unit-dispatch');
    expect(rows.map((row) => [row.dataset.dispatchId, row.dataset.state])).toEqual([
      ['31', 'pending'],
      ['32', 'acknowledged'],
    ]);
    expect(rows[0]?.textContent).toContain('Báo cáo kết quả thực hiện — 20/11/2026, quá hạn (Chủ trì)');
    expect(rows[1]?.textContent).toContain('03/11/2026 09:05 bởi Lê Thị Giáo');
    expect(rows[0]?.querySelector('a')?.getAttribute('href')).toBe('?view=dispatches&dispatch=31');
  });

  it('pages with the cursor and switches to newest first', async () => {
    const { byTestId, allByTestId, asked } = await renderUnit({ unit: '5' });
    await click(byTestId('unit-more'));
    expect(asked().at(-1)).toEqual({ type: 'unit-record', unitId: 5, order: 'pending', cursor: 'u2' });
    expect(allByTestId('unit-dispatch').map((row) => row.dataset.dispatchId)).toEqual(['31', '32', '29']);
    expect(byTestId('unit-more')).toBeNull();
    await choose(byTestId('unit-order'), 'date');
    expect(asked().at(-1)).toEqual({ type: 'unit-record', unitId: 5, order: 'date' });
    expect(allByTestId('unit-dispatch').map((row) => row.dataset.dispatchId)).toEqual(['32', '31']);
  });

  it('says why a record could not be read, in English when chosen', async () => {
    const { byTestId } = await renderUnit({ unit: '404' }, ADMIN, 'en');
    expect(byTestId('unit-error')?.textContent).toBe('Could not load the data: No such unit');
  });
});
