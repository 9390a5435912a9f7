import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReferenceStatus } from '../../../lib/page-scan';
import { listingScan } from '../test-fixtures';
import { click, mount, unmountAll } from '../test-render';
import { ListingRows, type ListingRowsProps } from './ListingRows';

afterEach(unmountAll);

function props(overrides: Partial<ListingRowsProps> = {}): ListingRowsProps {
  const rows = listingScan().rows;
  return {
    rows,
    allKeys: rows.map((row) => row.reference.key),
    statusOf: (key): ReferenceStatus => ({
      key,
      state: key === '125/UBND-VX' ? 'saved' : 'new',
      dispatchId: 1,
      error: null,
    }),
    busy: new Set(),
    selected: new Set(['88/2014/QD-UBND']),
    onSelect: () => {},
    onSelectAll: () => {},
    onSave: () => {},
    onSaveSelected: () => {},
    ...overrides,
  };
}

describe('ListingRows', () => {
  it('lists every row with its state and ticks', async () => {
    const { allByTestId } = await mount(<ListingRows {...props()} />, 'vi');
    const rows = allByTestId('row');
    expect(rows.map((row) => row.dataset.state)).toEqual(['saved', 'new', 'new']);
    expect(allByTestId<HTMLInputElement>('row-select').map((box) => box.checked)).toEqual([
      false,
      true,
      false,
    ]);
  });

  it('counts the ticked rows on its save button and asks to save them', async () => {
    const onSaveSelected = vi.fn();
    const { byTestId } = await mount(<ListingRows {...props({ onSaveSelected })} />, 'vi');
    expect(byTestId('save-selected')?.textContent).toBe('Lưu các văn bản đã chọn (1)');
    await click(byTestId('save-selected'));
    expect(onSaveSelected).toHaveBeenCalledOnce();
  });

  it('ticks or unticks every row at once', async () => {
    const onSelectAll = vi.fn();
    const { byTestId } = await mount(<ListingRows {...props({ onSelectAll })} />, 'vi');
    expect(byTestId<HTMLInputElement>('select-all')?.checked).toBe(false);
    await click(byTestId('select-all'));
    expect(onSelectAll).toHaveBeenCalledWith(true);
  });
});
