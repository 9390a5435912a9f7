import { afterEach, describe, expect, it } from 'vitest';
import { choose, click, labelOf, type, unmountAll } from '../../../popup/test-render';
import { renderAdmin } from './render-admin';

afterEach(unmountAll);

const field = (form: HTMLElement | null, label: string) =>
  [...(form?.querySelectorAll<HTMLInputElement>('input, select') ?? [])].find((c) => labelOf(c) === label) ??
  null;

describe('admin: units', () => {
  it('opens on the units, every one with code, name, kind, parent and state', async () => {
    const { byTestId, allByTestId } = await renderAdmin();
    expect(byTestId('admin-sections')?.querySelector('[aria-current="page"]')?.textContent).toBe('Đơn vị');
    const rows = allByTestId('admin-unit-row');
    expect(rows.map((r) => r.dataset.id)).toEqual(['2', '5', '3', '4', '1']);
    const school = rows.find((r) => r.dataset.id === '4');
    expect([...(school?.children ?? [])].slice(0, 5).map((c) => c.textContent)).toEqual([
      'HT-THPT',
      'Trường THPT Phan Đình Phùng',
      'Trường học',
      'Sở Giáo dục và Đào tạo',
      'Đang hoạt động',
    ]);
    expect(rows.find((r) => r.dataset.id === '5')?.className).toBe('inactive');
  });

  it('adds a unit and announces it', async () => {
    const { byTestId, allByTestId, sent } = await renderAdmin();
    const form = byTestId('admin-unit-form');
    await type(field(form, 'Mã đơn vị (chữ, số, - _ . &)'), ' HT-STP ');
    await type(field(form, 'Tên đơn vị'), 'Sở Tư pháp');
    await choose(field(form, 'Đơn vị cấp trên'), '1');
    await click(byTestId('admin-unit-submit'));
    expect(sent('admin-create-unit')[0]?.unit).toEqual({
      code: 'HT-STP',
      name: 'Sở Tư pháp',
      kind: 'department',
      parentId: 1,
    });
    expect(allByTestId('admin-unit-row').some((r) => r.dataset.id === '6')).toBe(true);
    expect(byTestId('announce')?.textContent).toBe('Đã thêm đơn vị Sở Tư pháp.');
    expect(field(byTestId('admin-unit-form'), 'Tên đơn vị')?.value).toBe('');
  });

  it('checks the code before asking the server, and keeps what was typed when the server refuses', async () => {
    const { byTestId, sent } = await renderAdmin();
    const form = byTestId('admin-unit-form');
    const code = field(form, 'Mã đơn vị (chữ, số, - _ . &)');
    await type(code, 'HT STP');
    await click(byTestId('admin-unit-submit'));
    expect(sent('admin-create-unit')).toEqual([]);
    expect(byTestId('unit-form-code-error')?.textContent).toContain('không có khoảng trắng');
    expect(byTestId('unit-form-name-error')?.textContent).toBe('Bắt buộc nhập.');
    expect(code?.getAttribute('aria-describedby')).toBe('unit-form-code-error');
    expect(code?.getAttribute('aria-invalid')).toBe('true');

    await type(code, 'HT-CA');
    await type(field(form, 'Tên đơn vị'), 'Công an tỉnh (trùng)');
    await click(byTestId('admin-unit-submit'));
    expect(sent('admin-create-unit')).toHaveLength(1);
    expect(byTestId('admin-unit-form-error')?.textContent).toBe('Đã có đơn vị dùng mã này.');
    expect(code?.value).toBe('HT-CA');
    expect(field(form, 'Tên đơn vị')?.value).toBe('Công an tỉnh (trùng)');
  });

  it('puts the server’s field messages beside their fields', async () => {
    const { byTestId, admin } = await renderAdmin();
    admin.failNext('admin-create-unit', {
      ok: false,
      status: 422,
      error: 'The body is not valid (parentId: unknown unit)',
      fields: [{ path: 'parentId', message: 'unknown unit' }],
    });
    const form = byTestId('admin-unit-form');
    await type(field(form, 'Mã đơn vị (chữ, số, - _ . &)'), 'HT-X');
    await type(field(form, 'Tên đơn vị'), 'Đơn vị X');
    await click(byTestId('admin-unit-submit'));
    expect(byTestId('unit-form-parentId-error')?.textContent).toBe('Chưa hợp lệ (unknown unit).');
    expect(byTestId('admin-unit-form-error')?.textContent).toBe('Hãy sửa các ô được đánh dấu rồi lưu lại.');
  });

  it('edits name, kind and parent, never offering a unit below it as its parent, and sends only what changed', async () => {
    const { byTestId, allByTestId, sent } = await renderAdmin();
    const row = allByTestId('admin-unit-row').find((r) => r.dataset.id === '3');
    await click(byTestId('admin-unit-edit', row));
    const form = byTestId('admin-unit-form');
    expect(form?.querySelector('h3')?.textContent).toBe('Sửa đơn vị HT-SGDĐT');
    const name = field(form, 'Tên đơn vị');
    expect(document.activeElement).toBe(name);
    const parents = [...(field(form, 'Đơn vị cấp trên')?.querySelectorAll('option') ?? [])].map(
      (o) => o.value,
    );
    expect(parents).toEqual(['', '2', '1']);
    await type(name, 'Sở Giáo dục và Đào tạo tỉnh');
    await click(byTestId('admin-unit-submit'));
    expect(sent('admin-update-unit')[0]).toEqual({
      type: 'admin-update-unit',
      id: 3,
      patch: { name: 'Sở Giáo dục và Đào tạo tỉnh' },
    });
    expect(byTestId('announce')?.textContent).toBe('Đã lưu đơn vị Sở Giáo dục và Đào tạo tỉnh.');
    expect(byTestId('admin-unit-form')?.querySelector('h3')?.textContent).toBe('Thêm đơn vị');
  });

  it('deactivates and reactivates a unit', async () => {
    const { byTestId, allByTestId } = await renderAdmin();
    const row = () => allByTestId('admin-unit-row').find((r) => r.dataset.id === '2');
    const toggle = byTestId('admin-unit-toggle', row());
    expect(toggle && labelOf(toggle)).toBe('Ngừng hoạt động Công an tỉnh');
    await click(toggle);
    expect(byTestId('admin-unit-state', row())?.textContent).toBe('Ngừng hoạt động');
    expect(byTestId('announce')?.textContent).toBe('Đơn vị Công an tỉnh đã ngừng hoạt động.');
    await click(byTestId('admin-unit-toggle', row()));
    expect(byTestId('admin-unit-state', row())?.textContent).toBe('Đang hoạt động');
  });
});
