import { afterEach, describe, expect, it } from 'vitest';
import { click, mount, unmountAll } from '../../../popup/test-render';
import { App } from '../../App';
import { CLERK, fakeBackground } from '../../test-fixtures';
import { sectionOf } from './AdminView';
import { renderAdmin } from './render-admin';

afterEach(unmountAll);

describe('admin page', () => {
  it('moves between sections with links kept in the address', async () => {
    const { byTestId } = await renderAdmin();
    const nav = byTestId('admin-sections');
    expect(nav?.getAttribute('aria-label')).toBe('Các mục quản trị');
    const links = [...(nav?.querySelectorAll<HTMLAnchorElement>('a') ?? [])];
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Đơn vị', '?view=admin&section=units'],
      ['Nhóm đơn vị', '?view=admin&section=groups'],
      ['Người dùng', '?view=admin&section=users'],
      ['Nhật ký thao tác', '?view=admin&section=audit'],
    ]);
    await click(links[2]);
    expect(byTestId('admin-users')).not.toBeNull();
    expect(byTestId('admin-units')).toBeNull();
    expect(links[2]?.getAttribute('aria-current')).toBe('page');
    await click(links[3]);
    expect(byTestId('admin-audit')).not.toBeNull();
  });

  it('speaks English when asked', async () => {
    const { byTestId } = await renderAdmin({ section: 'users' }, 'en');
    expect(byTestId('admin-users')?.querySelector('h2')?.textContent).toBe('Users');
    expect(byTestId('admin-user-list')?.textContent).toContain('Unit head');
  });

  it('shows why a list could not be loaded', async () => {
    const { byTestId, admin } = await renderAdmin({ section: 'groups' });
    expect(byTestId('admin-groups-error')).toBeNull();
    admin.failNext('admin-units', { ok: false, error: 'Máy chủ không trả lời' });
    await click(byTestId('admin-sections')?.querySelector('a[data-section="units"]'));
    expect(byTestId('admin-units-error')?.textContent).toBe('Không tải được dữ liệu: Máy chủ không trả lời');
  });

  it('is not offered to a clerk, who never asks for admin data', async () => {
    const background = fakeBackground(CLERK);
    const { byTestId } = await mount(
      <App
        send={background.send}
        language="vi"
        openOptions={() => {}}
        initialParams={{ view: 'admin' }}
        today="2026-11-26"
      />,
    );
    expect(byTestId('admin')).toBeNull();
    expect(background.messages.some((m) => m.type.startsWith('admin-'))).toBe(false);
  });

  it('opens the units for an unknown section', () => {
    expect(sectionOf({ section: 'nonsense' })).toBe('units');
    expect(sectionOf({ section: 'audit' })).toBe('audit');
  });
});
