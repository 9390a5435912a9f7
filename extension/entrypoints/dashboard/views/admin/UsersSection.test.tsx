import { afterEach, describe, expect, it } from 'vitest';
import { choose, click, labelOf, type, unmountAll } from '../../../popup/test-render';
import { renderAdmin } from './render-admin';

afterEach(unmountAll);

const rowOf = (rows: HTMLElement[], id: number) => rows.find((r) => r.dataset.id === String(id));

describe('admin: users', () => {
  it('lists users with their role in Vietnamese, unit and state', async () => {
    const { allByTestId } = await renderAdmin({ section: 'users' });
    const rows = allByTestId('admin-user-row');
    expect(rows.map((r) => r.dataset.id)).toEqual(['1', '2', '3']);
    expect([...(rowOf(rows, 3)?.children ?? [])].slice(0, 5).map((c) => c.textContent)).toEqual([
      'Trần Văn Công',
      'congan@demo.example',
      'Trưởng đơn vị',
      'Công an tỉnh',
      'Đang hoạt động',
    ]);
    expect(rowOf(rows, 1)?.textContent).toContain('Quản trị viên');
    expect(rowOf(rows, 2)?.textContent).toContain('Văn thư');
  });

  it('adds a user with an initial password and says to hand it over', async () => {
    const { byTestId, allByTestId, sent } = await renderAdmin({ section: 'users' });
    await type(byTestId('user-form-email'), 'sotuphap@demo.example');
    await type(byTestId('user-form-name'), 'Lê Văn Pháp');
    await choose(byTestId('user-form-unitId'), '3');
    await type(byTestId('user-form-password'), 'tam-ky-tu');
    const password = byTestId('user-form-password');
    expect(password && labelOf(password)).toBe('Mật khẩu ban đầu (ít nhất 8 ký tự)');
    await click(byTestId('admin-user-submit'));
    expect(sent('admin-create-user')[0]?.user).toEqual({
      email: 'sotuphap@demo.example',
      name: 'Lê Văn Pháp',
      role: 'unit_head',
      unitId: 3,
      password: 'tam-ky-tu',
    });
    expect(rowOf(allByTestId('admin-user-row'), 4)?.textContent).toContain('Sở Giáo dục và Đào tạo');
    expect(byTestId('announce')?.textContent).toBe(
      'Đã thêm người dùng Lê Văn Pháp. Hãy báo mật khẩu ban đầu cho người dùng.',
    );
  });

  it('checks the form first, then shows a taken e-mail address without losing what was typed', async () => {
    const { byTestId, sent } = await renderAdmin({ section: 'users' });
    await type(byTestId('user-form-email'), 'khong-phai-email');
    await type(byTestId('user-form-password'), 'ngan');
    await click(byTestId('admin-user-submit'));
    expect(sent('admin-create-user')).toEqual([]);
    expect(byTestId('user-form-email-error')?.textContent).toContain('chưa đúng dạng');
    expect(byTestId('user-form-name-error')?.textContent).toBe('Bắt buộc nhập.');
    expect(byTestId('user-form-unitId-error')?.textContent).toBe('Trưởng đơn vị phải thuộc một đơn vị.');
    expect(byTestId('user-form-password-error')?.textContent).toBe('Mật khẩu phải có ít nhất 8 ký tự.');

    await type(byTestId('user-form-email'), 'vanthu@demo.example');
    await type(byTestId('user-form-name'), 'Văn thư mới');
    await choose(byTestId('user-form-role'), 'clerk');
    await type(byTestId('user-form-password'), 'mat-khau-du-dai');
    await click(byTestId('admin-user-submit'));
    expect(byTestId('admin-user-form-error')?.textContent).toBe('Đã có tài khoản dùng thư điện tử này.');
    expect(byTestId<HTMLInputElement>('user-form-email')?.value).toBe('vanthu@demo.example');
    expect(byTestId<HTMLInputElement>('user-form-password')?.value).toBe('mat-khau-du-dai');
    expect(byTestId('user-form-email-error')).toBeNull();
  });

  it('changes a user’s role and unit', async () => {
    const { byTestId, allByTestId, sent } = await renderAdmin({ section: 'users' });
    await click(byTestId('admin-user-edit', rowOf(allByTestId('admin-user-row'), 2)));
    expect(byTestId('admin-user-form')?.querySelector('h3')?.textContent).toBe(
      'Sửa tài khoản vanthu@demo.example',
    );
    expect(byTestId('user-form-email')).toBeNull();
    await choose(byTestId('user-form-role'), 'unit_head');
    await choose(byTestId('user-form-unitId'), '2');
    await click(byTestId('admin-user-submit'));
    expect(sent('admin-update-user')[0]).toEqual({
      type: 'admin-update-user',
      id: 2,
      patch: { role: 'unit_head', unitId: 2 },
    });
    expect(byTestId('admin-user-role', rowOf(allByTestId('admin-user-row'), 2))?.textContent).toBe(
      'Trưởng đơn vị',
    );
  });

  it('resets a password typed by the admin, at least 8 characters, and says to give it to the user', async () => {
    const { byTestId, allByTestId, sent } = await renderAdmin({ section: 'users' });
    // A new user half typed in the form below is left alone.
    await type(byTestId('user-form-email'), 'dang-go@demo.example');
    await click(byTestId('admin-user-reset', rowOf(allByTestId('admin-user-row'), 3)));
    const form = byTestId('admin-password-form');
    expect(form?.textContent).toContain('Hãy trực tiếp báo mật khẩu mới cho người dùng');
    const field = byTestId<HTMLInputElement>('password-reset-new');
    expect(document.activeElement).toBe(field);
    await type(field, '1234567');
    await click(byTestId('admin-password-submit'));
    expect(sent('admin-update-user')).toEqual([]);
    expect(byTestId('password-reset-new-error')?.textContent).toBe('Mật khẩu phải có ít nhất 8 ký tự.');
    await type(field, '12345678');
    await click(byTestId('admin-password-submit'));
    expect(sent('admin-update-user')[0]).toEqual({
      type: 'admin-update-user',
      id: 3,
      patch: { password: '12345678' },
    });
    expect(byTestId('admin-password-form')).toBeNull();
    expect(byTestId<HTMLInputElement>('user-form-email')?.value).toBe('dang-go@demo.example');
    expect(byTestId('announce')?.textContent).toBe(
      'Đã đặt mật khẩu mới cho Trần Văn Công. Hãy báo mật khẩu này cho người dùng.',
    );
  });

  it('asks before deactivating a user, and can reactivate them', async () => {
    const { byTestId, allByTestId, sent } = await renderAdmin({ section: 'users' });
    const row = () => rowOf(allByTestId('admin-user-row'), 3);
    await click(byTestId('admin-user-deactivate', row()));
    expect(sent('admin-update-user')).toEqual([]);
    expect(byTestId('admin-user-confirm')?.textContent).toContain('Ngừng hoạt động tài khoản Trần Văn Công?');
    expect(document.activeElement).toBe(byTestId('admin-user-confirm-yes'));
    await click(byTestId('admin-user-confirm-no'));
    expect(byTestId('admin-user-confirm')).toBeNull();
    expect(sent('admin-update-user')).toEqual([]);

    await click(byTestId('admin-user-deactivate', row()));
    await click(byTestId('admin-user-confirm-yes'));
    expect(sent('admin-update-user')[0]).toEqual({
      type: 'admin-update-user',
      id: 3,
      patch: { active: false },
    });
    expect(byTestId('admin-user-state', row())?.textContent).toBe('Ngừng hoạt động');
    expect(byTestId('announce')?.textContent).toBe('Tài khoản Trần Văn Công đã ngừng hoạt động.');
    await click(byTestId('admin-user-reactivate', row()));
    expect(sent('admin-update-user')[1]?.patch).toEqual({ active: true });
    expect(byTestId('admin-user-state', row())?.textContent).toBe('Đang hoạt động');
  });

  it('explains why an admin cannot deactivate their own account', async () => {
    const { byTestId, allByTestId, admin } = await renderAdmin({ section: 'users' });
    admin.failNext('admin-update-user', {
      ok: false,
      status: 409,
      error: 'An admin cannot deactivate or demote themselves',
    });
    await click(byTestId('admin-user-deactivate', rowOf(allByTestId('admin-user-row'), 1)));
    await click(byTestId('admin-user-confirm-yes'));
    expect(byTestId('admin-user-row-error')?.textContent).toContain('Bạn không thể tự ngừng hoạt động');
    expect(byTestId('admin-user-state', rowOf(allByTestId('admin-user-row'), 1))?.textContent).toBe(
      'Đang hoạt động',
    );
  });
});
