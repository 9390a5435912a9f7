/**
 * Tests only: a fake background for the admin messages over a small in-memory organisation,
 * applying writes like the API does (409 for a taken code or e-mail address) and recording
 * every request.
 * @module
 */
import type { User } from '../../../../../shared/schemas/auth';
import type { Group, Unit } from '../../../../../shared/schemas/organisation';
import type { AdminAnswer, AuditEntry } from '../../../../lib/messages/admin';
import type { Message } from '../../../../lib/messaging';

export function adminBackend() {
  const units: Unit[] = [
    { id: 1, code: 'HT-VP', name: 'Văn phòng UBND tỉnh', kind: 'agency', parentId: null, active: true },
    { id: 2, code: 'HT-CA', name: 'Công an tỉnh', kind: 'department', parentId: null, active: true },
    {
      id: 3,
      code: 'HT-SGDĐT',
      name: 'Sở Giáo dục và Đào tạo',
      kind: 'department',
      parentId: null,
      active: true,
    },
    {
      id: 4,
      code: 'HT-THPT',
      name: 'Trường THPT Phan Đình Phùng',
      kind: 'school',
      parentId: 3,
      active: true,
    },
    { id: 5, code: 'HT-CU', name: 'Sở cũ đã giải thể', kind: 'other', parentId: null, active: false },
  ];
  const groups: Group[] = [{ id: 1, name: 'Các sở, ban, ngành tỉnh', unitIds: [2, 3] }];
  const users: User[] = [
    { id: 1, email: 'quantri@demo.example', name: 'Quản trị viên', role: 'admin', unitId: 1, active: true },
    {
      id: 2,
      email: 'vanthu@demo.example',
      name: 'Nguyễn Thị Văn Thư',
      role: 'clerk',
      unitId: 1,
      active: true,
    },
    {
      id: 3,
      email: 'congan@demo.example',
      name: 'Trần Văn Công',
      role: 'unit_head',
      unitId: 2,
      active: true,
    },
  ];
  const audit: AuditEntry[] = Array.from({ length: 3 }, (_, i) => ({
    id: 30 - i,
    // 09:05 in Hà Nội (UTC+7) on 25/11/2026, then a day earlier each.
    at: `2026-11-${25 - i}T02:05:00.000Z`,
    actorId: 1,
    actorName: 'Quản trị viên',
    action: 'update',
    entity: 'unit',
    entityId: 2,
    before: { name: 'Công an' },
    after: { name: '<b>Công an tỉnh</b>' },
  }));
  const failures = new Map<string, AdminAnswer<never>>();

  const ok = <T>(data: T): AdminAnswer<T> => ({ ok: true, data });
  const conflict = (error: string): AdminAnswer<never> => ({ ok: false, status: 409, error });

  const answer = (message: Message): unknown => {
    const failure = failures.get(message.type);
    if (failure) {
      failures.delete(message.type);
      return failure;
    }
    switch (message.type) {
      case 'admin-units':
        return ok([...units].sort((a, b) => a.code.localeCompare(b.code)));
      case 'admin-create-unit': {
        if (units.some((u) => u.code === message.unit.code)) return conflict('A unit with this code exists');
        const unit: Unit = { id: units.length + 1, active: true, parentId: null, ...message.unit };
        units.push(unit);
        return ok(unit);
      }
      case 'admin-update-unit': {
        const index = units.findIndex((u) => u.id === message.id);
        const unit = { ...(units[index] as Unit), ...message.patch } as Unit;
        units[index] = unit;
        return ok(unit);
      }
      case 'admin-groups':
        return ok(groups);
      case 'admin-create-group': {
        const group: Group = { id: groups.length + 1, ...message.group };
        groups.push(group);
        return ok(group);
      }
      case 'admin-update-group': {
        const index = groups.findIndex((g) => g.id === message.id);
        const group = { ...(groups[index] as Group), ...message.patch };
        groups[index] = group;
        return ok(group);
      }
      case 'admin-users':
        return ok(users);
      case 'admin-create-user': {
        if (users.some((u) => u.email === message.user.email))
          return conflict('A user with this e-mail exists');
        const { password: _, ...fields } = message.user;
        const user: User = { id: users.length + 1, active: true, unitId: null, ...fields };
        users.push(user);
        return ok(user);
      }
      case 'admin-update-user': {
        const index = users.findIndex((u) => u.id === message.id);
        const { password: _, ...patch } = message.patch;
        const user = { ...(users[index] as User), ...patch };
        users[index] = user;
        return ok(user);
      }
      case 'admin-audit': {
        // Two pages: the first entry, then the rest.
        if (message.cursor === 'p2') return ok({ items: audit.slice(1), nextCursor: null });
        return ok({ items: audit.slice(0, 1), nextCursor: 'p2' });
      }
      default:
        return undefined;
    }
  };

  return {
    units,
    groups,
    users,
    audit,
    answer,
    /** The next message of this type is refused with this answer. */
    failNext: (type: Message['type'], refusal: AdminAnswer<never>) => failures.set(type, refusal),
  };
}
