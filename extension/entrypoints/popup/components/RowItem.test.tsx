import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReferenceStatus } from '../../../lib/page-scan';
import { listingScan } from '../test-fixtures';
import { click, labelOf, mount, unmountAll } from '../test-render';
import { RowItem } from './RowItem';

const NEW: ReferenceStatus = { key: '125/UBND-VX', state: 'new', dispatchId: null, error: null };

afterEach(unmountAll);

describe('RowItem', () => {
  it("shows the row's fields, dates as dd/mm/yyyy, and its reference", async () => {
    const [row] = listingScan().rows;
    if (!row) throw new Error('fixture');
    const { byTestId, container } = await mount(
      <RowItem row={row} status={NEW} busy={false} selected={false} onSelect={() => {}} onSave={() => {}} />,
      'en',
    );
    const element = byTestId('row');
    expect(element?.dataset.state).toBe('new');
    expect(element?.textContent).toContain('Date: 15/01/2024');
    expect(element?.textContent).toContain('Issued by: UBND tỉnh Hà Tĩnh');
    const link = container.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://portal.example.gov.vn/van-ban/125');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(byTestId('ref', element ?? undefined)?.dataset.symbol).toBe('125/UBND-VX');
  });

  it('names its checkbox by its symbol and reports ticks and saves by key', async () => {
    const [row] = listingScan().rows;
    if (!row) throw new Error('fixture');
    const onSelect = vi.fn();
    const onSave = vi.fn();
    const { byTestId } = await mount(
      <RowItem row={row} status={NEW} busy={false} selected={false} onSelect={onSelect} onSave={onSave} />,
      'vi',
    );
    const checkbox = byTestId<HTMLInputElement>('row-select');
    expect(checkbox && labelOf(checkbox)).toBe('125/UBND-VX');
    await click(checkbox);
    expect(onSelect).toHaveBeenCalledWith('125/UBND-VX', true);
    await click(byTestId('save'));
    expect(onSave).toHaveBeenCalledWith('125/UBND-VX');
  });

  it('offers no link that is not a web link', async () => {
    const row = listingScan().rows[1];
    if (!row) throw new Error('fixture');
    const { container } = await mount(
      <RowItem row={row} status={NEW} busy={false} selected onSelect={() => {}} onSave={() => {}} />,
      'vi',
    );
    expect(container.querySelector('a')).toBeNull();
  });
});
