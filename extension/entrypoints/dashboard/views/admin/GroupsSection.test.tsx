import { afterEach, describe, expect, it } from 'vitest';
import { click, labelOf, type, unmountAll } from '../../../popup/test-render';
import { renderAdmin } from './render-admin';
import { matchesUnit } from './UnitChecklist';

afterEach(unmountAll);

const checkbox = (root: ParentNode | null, unitId: number) =>
  root?.querySelector<HTMLInputElement>(`[data-testid="admin-group-unit"][data-unit-id="${unitId}"]`) ?? null;
const shownUnits = (root: ParentNode | null) =>
  [...(root?.querySelectorAll<HTMLInputElement>('[data-testid="admin-group-unit"]') ?? [])].map((c) =>
    Number(c.dataset.unitId),
  );

describe('admin: groups', () => {
  it('lists each group with its member count and names', async () => {
    const { byTestId, allByTestId } = await renderAdmin({ section: 'groups' });
    const [row] = allByTestId('admin-group-row');
    expect(row?.dataset.id).toBe('1');
    expect(byTestId('admin-group-count', row)?.textContent).toBe('2');
    expect(row?.textContent).toContain('Công an tỉnh; Sở Giáo dục và Đào tạo');
  });

  it('creates a group from units found with a filter typed without diacritics', async () => {
    const { byTestId, allByTestId, sent } = await renderAdmin({ section: 'groups' });
    const form = byTestId('admin-group-form');
    await type(byTestId('group-form-name'), 'Khối giáo dục');
    // The retired unit is not offered to a new group.
    expect(shownUnits(form)).toEqual([2, 3, 4, 1]);
    const filter = byTestId<HTMLInputElement>('admin-group-filter');
    expect(filter && labelOf(filter)).toBe('Lọc đơn vị (không cần dấu)');
    await type(filter, 'giao duc');
    expect(shownUnits(form)).toEqual([3]);
    await click(checkbox(form, 3));
    await type(filter, 'THPT');
    await click(checkbox(form, 4));
    // Filtering hides rows but keeps what was chosen.
    await type(filter, '');
    expect(checkbox(form, 3)?.checked).toBe(true);
    expect(byTestId('admin-group-chosen')?.textContent).toBe('Đã chọn 2 đơn vị');
    await click(byTestId('admin-group-submit'));
    expect(sent('admin-create-group')[0]?.group).toEqual({ name: 'Khối giáo dục', unitIds: [3, 4] });
    expect(allByTestId('admin-group-row')).toHaveLength(2);
    expect(byTestId('announce')?.textContent).toBe('Đã thêm nhóm Khối giáo dục.');
  });

  it('renames a group and changes its members, and shows a taken name next to the form', async () => {
    const { byTestId, allByTestId, sent, admin } = await renderAdmin({ section: 'groups' });
    await click(byTestId('admin-group-edit', allByTestId('admin-group-row')[0]));
    const form = byTestId('admin-group-form');
    expect(checkbox(form, 2)?.checked).toBe(true);
    await click(checkbox(form, 2));
    await click(checkbox(form, 1));
    await type(byTestId('group-form-name'), 'Các cơ quan tỉnh');
    admin.failNext('admin-update-group', { ok: false, status: 409, error: 'A group with this name exists' });
    await click(byTestId('admin-group-submit'));
    expect(byTestId('admin-group-form-error')?.textContent).toBe('Đã có nhóm mang tên này.');
    expect(byTestId<HTMLInputElement>('group-form-name')?.value).toBe('Các cơ quan tỉnh');
    expect(checkbox(form, 1)?.checked).toBe(true);
    await click(byTestId('admin-group-submit'));
    expect(sent('admin-update-group')[1]).toEqual({
      type: 'admin-update-group',
      id: 1,
      patch: { name: 'Các cơ quan tỉnh', unitIds: [1, 3] },
    });
    expect(byTestId('admin-group-count', allByTestId('admin-group-row')[0])?.textContent).toBe('2');
    expect(byTestId('announce')?.textContent).toBe('Đã lưu nhóm Các cơ quan tỉnh.');
  });

  it('matches units ignoring case and diacritics, on code or name', () => {
    const unit = {
      id: 1,
      code: 'HT-SGDĐT',
      name: 'Sở Giáo dục và Đào tạo',
      kind: 'department',
      parentId: null,
      active: true,
    } as const;
    expect(matchesUnit(unit, 'dao tao')).toBe(true);
    expect(matchesUnit(unit, 'SGDDT')).toBe(true);
    expect(matchesUnit(unit, 'ĐÀO TẠO')).toBe(true);
    expect(matchesUnit(unit, 'công an')).toBe(false);
  });
});
