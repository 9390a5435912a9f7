import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { ErrorEnvelopeSchema } from '../../shared/errors';
import { type Group, GroupSchema } from '../../shared/schemas/organisation';
import { auditLog, unitGroupMembers, unitGroups } from '../db/schema';
import { bearer, call, createGroup, createUnit, db, json, organisation, signIn } from '../test/fixtures';

let org: Awaited<ReturnType<typeof organisation>>;
let admin: string;
let clerk: string;
let head: string;
/** Three district People's Committees, ids ascending. */
let districts: [number, number, number];
beforeAll(async () => {
  org = await organisation();
  [admin, clerk, head] = await Promise.all([
    signIn('admin@example.vn'),
    signIn('vanthu@example.vn'),
    signIn('sgd@example.vn'),
  ]);
  districts = [
    (await createUnit('UBND-TPHT', 'UBND thành phố Hà Tĩnh', 'district')).id,
    (await createUnit('UBND-KA', 'UBND huyện Kỳ Anh', 'district')).id,
    (await createUnit('UBND-HL', 'UBND thị xã Hồng Lĩnh', 'district')).id,
  ];
});

/** Groups, members and audit rows: a rejected request must leave all three as they were. */
async function snapshot() {
  return {
    groups: await db().select().from(unitGroups).orderBy(asc(unitGroups.id)),
    members: await db()
      .select()
      .from(unitGroupMembers)
      .orderBy(asc(unitGroupMembers.groupId), asc(unitGroupMembers.unitId)),
    audit: await db().select().from(auditLog).orderBy(asc(auditLog.id)),
  };
}

async function expectRejected(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(ErrorEnvelopeSchema.parse(await res.json()).error.code).toBe(code);
}

const create = (body: unknown, token = admin) => call('/api/groups', json('POST', body, token));
const patch = (id: number | string, body: unknown, token = admin) =>
  call(`/api/groups/${id}`, json('PATCH', body, token));

async function createOk(name: string, unitIds: number[]): Promise<Group> {
  const res = await create({ name, unitIds });
  expect(res.status).toBe(201);
  return GroupSchema.parse(await res.json());
}

async function auditOf(id: number) {
  return db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, 'group'), eq(auditLog.entityId, id)))
    .orderBy(asc(auditLog.id));
}

describe('POST /api/groups', () => {
  it('creates a group with its units, collapsing repeats, and audits it', async () => {
    const res = await create({
      name: 'UBND cấp huyện',
      unitIds: [districts[2], districts[0], districts[2], districts[1]],
    });
    expect(res.status).toBe(201);
    const group = GroupSchema.parse(await res.json());
    expect(group).toEqual({ id: group.id, name: 'UBND cấp huyện', unitIds: districts });
    const members = await db().select().from(unitGroupMembers).where(eq(unitGroupMembers.groupId, group.id));
    expect(members.map((row) => row.unitId).sort((a, b) => a - b)).toEqual(districts);
    const [entry] = await auditOf(group.id);
    expect(entry).toMatchObject({ actorId: org.admin.id, action: 'create', entity: 'group', after: group });
  });

  it('takes an empty member list', async () => {
    expect((await createOk('Nhóm trống', [])).unitIds).toEqual([]);
  });

  it('takes more than a hundred distinct units (past D1’s bound-parameter limit)', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 120; i++) ids.push((await createUnit(`XA-${i}`, `UBND xã ${i}`, 'commune')).id);
    const group = await createOk('Các xã', ids);
    expect(group.unitIds).toEqual(ids);
    const res = await call(`/api/groups/${group.id}`, bearer(head));
    expect(GroupSchema.parse(await res.json()).unitIds).toEqual(ids);
  });

  it('refuses clerks and unit heads with 403 and signed-out callers with 401', async () => {
    const before = await snapshot();
    const body = { name: 'Nhóm X', unitIds: [org.police.id] };
    await expectRejected(await create(body, clerk), 403, 'forbidden');
    await expectRejected(await create(body, head), 403, 'forbidden');
    await expectRejected(await call('/api/groups', json('POST', body)), 401, 'unauthorized');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a name in use with 409 (in either Unicode form), and changes nothing', async () => {
    await createOk('Sở, ban, ngành', [org.police.id, org.education.id]);
    const before = await snapshot();
    await expectRejected(await create({ name: 'Sở, ban, ngành', unitIds: [] }), 409, 'conflict');
    await expectRejected(
      await create({ name: '  Sở, ban, ngành  '.normalize('NFD'), unitIds: [org.office.id] }),
      409,
      'conflict',
    );
    expect(await snapshot()).toEqual(before);
  });

  it('refuses unknown units with 422, naming them, and changes nothing', async () => {
    const before = await snapshot();
    const res = await create({ name: 'Nhóm lỗi', unitIds: [org.police.id, 999_998, 999_999] });
    expect(res.status).toBe(422);
    const body = ErrorEnvelopeSchema.parse(await res.json());
    expect(JSON.stringify(body.error.details)).toContain('999998, 999999');
    expect(await snapshot()).toEqual(before);
  });

  it('answers each kind of bad input with 400 or 422 and changes nothing', async () => {
    const before = await snapshot();
    const malformed = await call('/api/groups', {
      method: 'POST',
      body: '{"name":"X","unitIds":[1,',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
    });
    await expectRejected(malformed, 400, 'bad_request');
    for (const body of [
      { name: 'X', unitIds: [], extra: 1 }, // unknown field
      { name: 'X' }, // missing unitIds
      { unitIds: [] },
      { name: 7, unitIds: [] }, // wrong types
      { name: 'X', unitIds: 'all' },
      { name: 'X', unitIds: [org.police.id, 'hai'] },
      { name: 'X', unitIds: [1.5] },
      { name: 'X', unitIds: [0] },
      { name: 'X', unitIds: [null] },
      { name: 'X'.repeat(201), unitIds: [] }, // over-long
      { name: 'X', unitIds: Array.from({ length: 501 }, (_, i) => i + 1) },
      { name: ' ', unitIds: [] }, // blank
      null,
      [],
    ]) {
      const res = await create(body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(422);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('stores SQL and HTML as text and returns them as sent', async () => {
    const name = `<img src=x onerror=alert(1)>'; DELETE FROM unit_groups; --`;
    const group = await createOk(name, [org.office.id]);
    expect(group.name).toBe(name);
    const res = await call(`/api/groups/${group.id}`, bearer(clerk));
    expect(GroupSchema.parse(await res.json()).name).toBe(name);
    expect((await db().select().from(unitGroups)).length).toBeGreaterThan(1);
  });
});

describe('GET /api/groups', () => {
  it('lists the groups by name with their units, for every role', async () => {
    const group = await createOk('Đoàn thể cấp tỉnh', [org.education.id, org.police.id]);
    for (const token of [admin, clerk, head]) {
      const res = await call('/api/groups', bearer(token));
      expect(res.status).toBe(200);
      const body = (await res.json()) as { items: Group[]; nextCursor: string | null };
      expect(body.nextCursor).toBeNull();
      const names = body.items.map((item) => item.name);
      expect(names).toEqual([...names].sort());
      expect(body.items.find((item) => item.id === group.id)?.unitIds).toEqual(
        [org.education.id, org.police.id].sort((a, b) => a - b),
      );
    }
  });

  it('pages with ?limit= and a cursor', async () => {
    const all = ((await (await call('/api/groups', bearer(admin))).json()) as { items: Group[] }).items;
    const seen: Group[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `limit=1&cursor=${cursor}` : 'limit=1';
      const res = await call(`/api/groups?${query}`, bearer(admin));
      const body = (await res.json()) as { items: Group[]; nextCursor: string | null };
      expect(body.items.length).toBeLessThanOrEqual(1);
      seen.push(...body.items);
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
  });

  it('answers a bad query with 422, signed-out callers with 401, unknown ids with 404', async () => {
    for (const query of ['limit=0', 'limit=abc', 'cursor=!!', 'name=x']) {
      await expectRejected(await call(`/api/groups?${query}`, bearer(admin)), 422, 'validation_failed');
    }
    await expectRejected(await call('/api/groups'), 401, 'unauthorized');
    await expectRejected(await call('/api/groups/1'), 401, 'unauthorized');
    for (const id of ['999999', '0', 'x', '-3']) {
      await expectRejected(await call(`/api/groups/${id}`, bearer(clerk)), 404, 'not_found');
    }
  });
});

describe('PATCH /api/groups/:id', () => {
  it('renames and replaces the member list at once, and audits it', async () => {
    const group = await createOk('Khối nội chính', [org.police.id, org.office.id]);
    const res = await patch(group.id, { name: 'Khối Nội chính', unitIds: [org.education.id, districts[0]] });
    expect(res.status).toBe(200);
    const after = GroupSchema.parse(await res.json());
    expect(after).toEqual({
      id: group.id,
      name: 'Khối Nội chính',
      unitIds: [org.education.id, districts[0]],
    });
    const read = await call(`/api/groups/${group.id}`, bearer(head));
    expect(GroupSchema.parse(await read.json())).toEqual(after);
    const entries = await auditOf(group.id);
    expect(entries[1]).toMatchObject({ action: 'update', before: group, after });
  });

  it('renames alone, keeping the members', async () => {
    const group = await createOk('Tên cũ', [org.police.id]);
    const after = GroupSchema.parse(await (await patch(group.id, { name: 'Tên mới' })).json());
    expect(after).toEqual({ ...group, name: 'Tên mới' });
  });

  it('replaces the members alone, collapsing repeats, and can empty the group', async () => {
    const group = await createOk('Thay thành viên', [org.police.id]);
    const res = await patch(group.id, { unitIds: [districts[1], districts[1], districts[0]] });
    expect(GroupSchema.parse(await res.json()).unitIds).toEqual([districts[0], districts[1]]);
    const emptied = GroupSchema.parse(await (await patch(group.id, { unitIds: [] })).json());
    expect(emptied.unitIds).toEqual([]);
    expect(await db().select().from(unitGroupMembers).where(eq(unitGroupMembers.groupId, group.id))).toEqual(
      [],
    );
  });

  it('writes nothing for an empty body or unchanged values', async () => {
    const group = await createOk('Không đổi', [districts[0], districts[1]]);
    const before = await snapshot();
    for (const body of [{}, { name: 'Không đổi' }, { unitIds: [districts[1], districts[0]] }]) {
      const res = await patch(group.id, body);
      expect(res.status).toBe(200);
      expect(GroupSchema.parse(await res.json())).toEqual(group);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a name in use (409), unknown units (422) and changes nothing', async () => {
    await createOk('Nhóm A', [org.police.id]);
    const group = await createOk('Nhóm B', [org.office.id]);
    const before = await snapshot();
    await expectRejected(await patch(group.id, { name: 'Nhóm A' }), 409, 'conflict');
    await expectRejected(
      await patch(group.id, { name: 'Nhóm C', unitIds: [999_999] }),
      422,
      'validation_failed',
    );
    await expectRejected(
      await patch(group.id, { name: 'Nhóm A', unitIds: [org.police.id] }),
      409,
      'conflict',
    );
    expect(await snapshot()).toEqual(before);
  });

  it('refuses other roles, bad input and unknown ids, and changes nothing', async () => {
    const group = await createOk('Nhóm bảo vệ', [org.police.id]);
    const before = await snapshot();
    await expectRejected(await patch(group.id, { name: 'X' }, clerk), 403, 'forbidden');
    await expectRejected(await patch(group.id, { name: 'X' }, head), 403, 'forbidden');
    await expectRejected(
      await call(`/api/groups/${group.id}`, json('PATCH', { name: 'X' })),
      401,
      'unauthorized',
    );
    await expectRejected(await patch(999_999, { name: 'X' }), 404, 'not_found');
    await expectRejected(await patch('nhom', { name: 'X' }), 404, 'not_found');
    const malformed = await call(`/api/groups/${group.id}`, {
      method: 'PATCH',
      body: '',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
    });
    await expectRejected(malformed, 400, 'bad_request');
    for (const body of [
      { id: 3 },
      { name: null },
      { name: '' },
      { name: 'X'.repeat(201) },
      { unitIds: null },
      { unitIds: [true] },
      { unitIds: { 0: 1 } },
    ]) {
      const res = await patch(group.id, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('keeps members that a fixture added directly', async () => {
    const group = await createGroup('Nhóm có sẵn', [org.police.id, org.education.id]);
    const res = await patch(group.id, { name: 'Nhóm có sẵn (đổi tên)' });
    expect(GroupSchema.parse(await res.json()).unitIds).toEqual(
      [org.police.id, org.education.id].sort((a, b) => a - b),
    );
  });
});
