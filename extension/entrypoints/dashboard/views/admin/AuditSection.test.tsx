import { afterEach, describe, expect, it } from 'vitest';
import { choose, click, type, unmountAll } from '../../../popup/test-render';
import { stateText } from './AuditRow';
import { filterOf } from './AuditSection';
import { renderAdmin } from './render-admin';

afterEach(unmountAll);

describe('admin: audit log', () => {
  it('shows time in Vietnam, actor, action, entity and id, and pages with “Xem thêm”', async () => {
    const { byTestId, allByTestId, sent } = await renderAdmin({ section: 'audit' });
    expect(sent('admin-audit')[0]).toEqual({ type: 'admin-audit', filter: {} });
    const [row] = allByTestId('audit-row');
    expect(row?.dataset.id).toBe('30');
    expect([...(row?.children ?? [])].slice(0, 5).map((c) => c.textContent)).toEqual([
      '25/11/2026 09:05',
      'Quản trị viên',
      'Sửa',
      'Đơn vị',
      '2',
    ]);
    await click(byTestId('audit-more'));
    expect(sent('admin-audit')[1]).toEqual({ type: 'admin-audit', filter: {}, cursor: 'p2' });
    expect(allByTestId('audit-row').map((r) => r.dataset.id)).toEqual(['30', '29', '28']);
    expect(byTestId('audit-more')).toBeNull();
  });

  it('shows before and after as text, never as markup', async () => {
    const { byTestId } = await renderAdmin({ section: 'audit' });
    const after = byTestId('audit-after');
    expect(after?.closest('details')).not.toBeNull();
    expect(after?.textContent).toBe('{\n  "name": "<b>Công an tỉnh</b>"\n}');
    expect(after?.querySelector('b')).toBeNull();
    expect(byTestId('audit-before')?.textContent).toContain('"name": "Công an"');
  });

  it('filters by entity, action, actor and a period typed dd/mm/yyyy', async () => {
    const { byTestId, sent } = await renderAdmin({ section: 'audit' });
    await choose(byTestId('audit-entity'), 'user');
    await choose(byTestId('audit-action'), 'update+password');
    await choose(byTestId('audit-actor'), '1');
    await type(byTestId('audit-from'), '1/11/2026');
    await type(byTestId('audit-to'), '26/11/2026');
    await click(byTestId('audit-apply'));
    expect(sent('admin-audit').at(-1)).toEqual({
      type: 'admin-audit',
      filter: { entity: 'user', action: 'update+password', actorId: 1, from: '2026-11-01', to: '2026-11-26' },
    });
    await click(byTestId('audit-clear'));
    expect(sent('admin-audit').at(-1)).toEqual({ type: 'admin-audit', filter: {} });
    expect(byTestId<HTMLInputElement>('audit-from')?.value).toBe('');
  });

  it('refuses a date that is not dd/mm/yyyy or a period that ends before it starts, without asking the server', async () => {
    const { byTestId, sent } = await renderAdmin({ section: 'audit' });
    await type(byTestId('audit-from'), '31/02/2026');
    await click(byTestId('audit-apply'));
    expect(byTestId('audit-filter-error')?.textContent).toContain('“31/02/2026” không hợp lệ');
    await type(byTestId('audit-from'), '26/11/2026');
    await type(byTestId('audit-to'), '01/11/2026');
    await click(byTestId('audit-apply'));
    expect(byTestId('audit-filter-error')?.textContent).toBe('Ngày bắt đầu phải trước ngày kết thúc.');
    expect(sent('admin-audit')).toHaveLength(1);
  });

  it('opens filtered to one user from the users list', async () => {
    const { byTestId, allByTestId, sent } = await renderAdmin({ section: 'users' });
    const row = allByTestId('admin-user-row').find((r) => r.dataset.id === '3');
    await click(byTestId('admin-audit-link', row));
    expect(byTestId('admin-audit')).not.toBeNull();
    expect(sent('admin-audit')[0]?.filter).toEqual({ entity: 'user', entityId: 3 });
    expect(byTestId<HTMLSelectElement>('audit-entity')?.value).toBe('user');
    expect(byTestId('audit-entity-id')?.textContent).toBe('Chỉ mục #3');
  });

  it('says so when nothing matches, and when the log cannot be read', async () => {
    const { byTestId, admin } = await renderAdmin({ section: 'audit' });
    admin.failNext('admin-audit', { ok: false, error: 'Không kết nối được máy chủ' });
    await click(byTestId('audit-apply'));
    expect(byTestId('audit-error')?.textContent).toBe('Không tải được dữ liệu: Không kết nối được máy chủ');
    admin.failNext('admin-audit', { ok: true, data: { items: [], nextCursor: null } } as never);
    await click(byTestId('audit-apply'));
    expect(byTestId('audit-empty')?.textContent).toBe('Không có mục nào khớp bộ lọc.');
  });

  it('reads the filter of an address, leaving out what is not an id', () => {
    expect(filterOf({ entity: 'unit', entityId: '7' })).toEqual({ entity: 'unit', entityId: 7 });
    expect(filterOf({ entity: 'unit', entityId: 'x' })).toEqual({ entity: 'unit' });
    expect(filterOf({ entityId: '7' })).toEqual({});
    expect(stateText(null)).toBeNull();
    expect(stateText('{"a":1}')).toBe('{\n  "a": 1\n}');
  });
});
