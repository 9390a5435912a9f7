import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { ErrorEnvelopeSchema } from '../../shared/errors';
import { type Unit, UnitSchema } from '../../shared/schemas/organisation';
import { auditLog, units } from '../db/schema';
import { bearer, call, createUnit, db, json, organisation, signIn } from '../test/fixtures';

let org: Awaited<ReturnType<typeof organisation>>;
let admin: string;
let clerk: string;
let head: string;
beforeAll(async () => {
  org = await organisation();
  [admin, clerk, head] = await Promise.all([
    signIn('admin@example.vn'),
    signIn('vanthu@example.vn'),
    signIn('ca@example.vn'),
  ]);
});

/** Every unit and audit row: a rejected request must leave both exactly as they were. */
async function snapshot() {
  return {
    units: await db().select().from(units).orderBy(asc(units.id)),
    audit: await db().select().from(auditLog).orderBy(asc(auditLog.id)),
  };
}

async function expectRejected(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(ErrorEnvelopeSchema.parse(await res.json()).error.code).toBe(code);
}

async function create(body: unknown, token = admin) {
  return call('/api/units', json('POST', body, token));
}

async function createOk(body: Record<string, unknown>): Promise<Unit> {
  const res = await create({ kind: 'department', ...body });
  expect(res.status).toBe(201);
  return UnitSchema.parse(await res.json());
}

const patch = (id: number | string, body: unknown, token = admin) =>
  call(`/api/units/${id}`, json('PATCH', body, token));

describe('POST /api/units', () => {
  it('creates a unit for an admin and audits it', async () => {
    const res = await create({ code: 'STC', name: 'Sở Tài chính', kind: 'department', parentId: null });
    expect(res.status).toBe(201);
    const unit = UnitSchema.parse(await res.json());
    expect(unit).toEqual({
      id: unit.id,
      code: 'STC',
      name: 'Sở Tài chính',
      kind: 'department',
      parentId: null,
      active: true,
    });
    const [entry] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'unit'), eq(auditLog.entityId, unit.id)));
    expect(entry).toMatchObject({ actorId: org.admin.id, action: 'create', entity: 'unit', after: unit });
  });

  it('takes a parent that exists', async () => {
    const school = await createOk({
      code: 'THPT-KA',
      name: 'Trường THPT Kỳ Anh',
      kind: 'school',
      parentId: org.education.id,
    });
    expect(school.parentId).toBe(org.education.id);
  });

  it('refuses clerks and unit heads with 403 and signed-out callers with 401', async () => {
    const before = await snapshot();
    const body = { code: 'X1', name: 'X', kind: 'other' };
    await expectRejected(await create(body, clerk), 403, 'forbidden');
    await expectRejected(await create(body, head), 403, 'forbidden');
    await expectRejected(await call('/api/units', json('POST', body)), 401, 'unauthorized');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a code in use with 409, and changes nothing', async () => {
    const before = await snapshot();
    await expectRejected(await create({ code: 'CA', name: 'Khác', kind: 'other' }), 409, 'conflict');
    // The same code written with decomposed diacritics is the same code.
    await expectRejected(
      await create({ code: 'SGDĐT'.normalize('NFD'), name: 'Khác', kind: 'other' }),
      409,
      'conflict',
    );
    expect(await snapshot()).toEqual(before);
  });

  it('gives one unit and one 409 when the same code is created twice at once', async () => {
    const answers = await Promise.all(
      [1, 2].map(() => create({ code: 'DUP', name: 'Đơn vị trùng', kind: 'other' })),
    );
    expect(answers.map((res) => res.status).sort()).toEqual([201, 409]);
    expect(await db().select().from(units).where(eq(units.code, 'DUP'))).toHaveLength(1);
  });

  it('answers each kind of bad input with 400, 422 or 404 and changes nothing', async () => {
    const before = await snapshot();
    const malformed = await call('/api/units', {
      method: 'POST',
      body: '{"code":"X",',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
    });
    await expectRejected(malformed, 400, 'bad_request');
    const invalid = [
      { code: 'X2', name: 'X', kind: 'department', admin: true }, // unknown field
      { code: 'X2', name: 'X' }, // missing kind
      { code: 'X2', name: 'X', kind: 'ministry' }, // unknown kind
      { code: 42, name: 'X', kind: 'department' }, // wrong type
      { code: 'X2', name: ['X'], kind: 'department' },
      { code: 'X2', name: 'X', kind: 'department', parentId: 'một' },
      { code: 'X2', name: 'X', kind: 'department', parentId: -1 },
      { code: 'X2', name: 'X', kind: 'department', parentId: String(org.office.id) },
      { code: 'X2', name: 'X', kind: 'department', parentId: true },
      { code: 'X'.repeat(41), name: 'X', kind: 'department' }, // over-long
      { code: 'X2', name: 'X'.repeat(201), kind: 'department' },
      { code: '   ', name: 'X', kind: 'department' }, // blank
      { code: 'X2', name: '  ', kind: 'department' },
      { code: 'X 2', name: 'X', kind: 'department' }, // a space inside a code
      { code: "X2'; DROP TABLE units;--", name: 'X', kind: 'department' },
      { code: 'X2', name: 'X', kind: 'department', parentId: 999_999 }, // unknown parent
      null,
      [],
      'X2',
    ];
    for (const body of invalid) {
      const res = await create(body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(ErrorEnvelopeSchema.parse(await res.json()).error.code).toBe('validation_failed');
    }
    expect(await snapshot()).toEqual(before);
  });

  it('stores SQL and HTML as text and returns them as sent', async () => {
    const name = `<script>alert("x")</script>'); DROP TABLE units; --`;
    const unit = await createOk({ code: 'HTML', name });
    expect(unit.name).toBe(name);
    const res = await call(`/api/units/${unit.id}`, bearer(clerk));
    expect(((await res.json()) as Unit).name).toBe(name);
  });
});

describe('GET /api/units', () => {
  it('lists every unit ordered by code for each role, in the list shape', async () => {
    for (const token of [admin, clerk, head]) {
      const res = await call('/api/units', bearer(token));
      expect(res.status).toBe(200);
      const body = (await res.json()) as { items: Unit[]; nextCursor: string | null };
      expect(body.nextCursor).toBeNull();
      const codes = body.items.map((unit) => unit.code);
      expect(codes).toContain('CA');
      expect(codes).toEqual([...codes].sort());
      for (const unit of body.items) UnitSchema.parse(unit);
    }
  });

  it('refuses signed-out callers with 401', async () => {
    await expectRejected(await call('/api/units'), 401, 'unauthorized');
    await expectRejected(await call(`/api/units/${org.police.id}`), 401, 'unauthorized');
  });

  it('filters on ?active= and ?kind=', async () => {
    const closed = await createOk({ code: 'CLOSED', name: 'Đã giải thể' });
    expect((await patch(closed.id, { active: false })).status).toBe(200);
    const list = async (query: string) => {
      const res = await call(`/api/units?${query}`, bearer(head));
      expect(res.status).toBe(200);
      return ((await res.json()) as { items: Unit[] }).items;
    };
    expect((await list('active=false')).map((unit) => unit.code)).toEqual(['CLOSED']);
    expect((await list('active=true')).map((unit) => unit.code)).not.toContain('CLOSED');
    expect((await list('kind=agency')).map((unit) => unit.code)).toEqual(['VP']);
  });

  it('pages with ?limit= and a cursor, without gaps or repeats', async () => {
    const all = ((await (await call('/api/units', bearer(admin))).json()) as { items: Unit[] }).items;
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `limit=2&cursor=${cursor}` : 'limit=2';
      const body = (await (await call(`/api/units?${query}`, bearer(admin))).json()) as {
        items: Unit[];
        nextCursor: string | null;
      };
      expect(body.items.length).toBeLessThanOrEqual(2);
      seen.push(...body.items.map((unit) => unit.code));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.map((unit) => unit.code));
  });

  it('answers a bad query with 422', async () => {
    for (const query of ['active=maybe', 'kind=ministry', 'limit=0', 'limit=x', 'cursor=%%%', 'sort=name']) {
      await expectRejected(await call(`/api/units?${query}`, bearer(admin)), 422, 'validation_failed');
    }
  });
});

describe('GET /api/units/:id', () => {
  it('returns one unit to every role', async () => {
    for (const token of [admin, clerk, head]) {
      const res = await call(`/api/units/${org.education.id}`, bearer(token));
      expect(res.status).toBe(200);
      expect(UnitSchema.parse(await res.json())).toMatchObject({
        code: 'SGDĐT',
        name: 'Sở Giáo dục và Đào tạo',
      });
    }
  });

  it('answers unknown and malformed ids with 404', async () => {
    for (const id of ['999999', '0', '-1', 'abc', '1.5', '99999999999999999999']) {
      await expectRejected(await call(`/api/units/${id}`, bearer(admin)), 404, 'not_found');
    }
  });
});

describe('PATCH /api/units/:id', () => {
  it('changes the given fields only, audits before and after', async () => {
    const unit = await createOk({ code: 'SNV', name: 'Sở Nội vu' });
    const res = await patch(unit.id, { name: 'Sở Nội vụ', kind: 'agency' });
    expect(res.status).toBe(200);
    const after = UnitSchema.parse(await res.json());
    expect(after).toEqual({ ...unit, name: 'Sở Nội vụ', kind: 'agency' });
    const [entry] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'unit'), eq(auditLog.entityId, unit.id), eq(auditLog.action, 'update')));
    expect(entry).toMatchObject({ action: 'update', entity: 'unit', before: unit, after });
  });

  it('deactivates and reactivates', async () => {
    const unit = await createOk({ code: 'TMP', name: 'Tạm' });
    expect(UnitSchema.parse(await (await patch(unit.id, { active: false })).json()).active).toBe(false);
    expect(UnitSchema.parse(await (await patch(unit.id, { active: true })).json()).active).toBe(true);
  });

  it('sets and clears the parent', async () => {
    const unit = await createOk({ code: 'PHONG', name: 'Phòng' });
    expect(UnitSchema.parse(await (await patch(unit.id, { parentId: org.office.id })).json()).parentId).toBe(
      org.office.id,
    );
    expect(UnitSchema.parse(await (await patch(unit.id, { parentId: null })).json()).parentId).toBeNull();
  });

  it('writes nothing for an empty body or unchanged values', async () => {
    const before = await snapshot();
    for (const body of [{}, { code: 'CA', name: 'Công an tỉnh' }]) {
      const res = await patch(org.police.id, body);
      expect(res.status).toBe(200);
      expect(UnitSchema.parse(await res.json()).code).toBe('CA');
    }
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a parent cycle with 422 and changes nothing', async () => {
    const top = await createOk({ code: 'C1', name: 'Cấp 1' });
    const middle = await createOk({ code: 'C2', name: 'Cấp 2', parentId: top.id });
    const bottom = await createOk({ code: 'C3', name: 'Cấp 3', parentId: middle.id });
    const before = await snapshot();
    await expectRejected(await patch(top.id, { parentId: top.id }), 422, 'validation_failed');
    await expectRejected(await patch(top.id, { parentId: bottom.id }), 422, 'validation_failed');
    await expectRejected(await patch(middle.id, { parentId: bottom.id }), 422, 'validation_failed');
    await expectRejected(await patch(top.id, { parentId: 999_999 }), 422, 'validation_failed');
    expect(await snapshot()).toEqual(before);
    // Moving a branch elsewhere (no cycle) is fine.
    expect((await patch(bottom.id, { parentId: top.id })).status).toBe(200);
  });

  it('refuses a code in use with 409 and changes nothing', async () => {
    const before = await snapshot();
    await expectRejected(await patch(org.education.id, { code: 'CA', name: 'Tên mới' }), 409, 'conflict');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses other roles, bad input and unknown ids, and changes nothing', async () => {
    const before = await snapshot();
    const id = org.police.id;
    await expectRejected(await patch(id, { name: 'X' }, clerk), 403, 'forbidden');
    await expectRejected(await patch(id, { name: 'X' }, head), 403, 'forbidden');
    await expectRejected(await call(`/api/units/${id}`, json('PATCH', { name: 'X' })), 401, 'unauthorized');
    await expectRejected(await patch(999_999, { name: 'X' }), 404, 'not_found');
    await expectRejected(await patch('abc', { name: 'X' }), 404, 'not_found');
    const malformed = await call(`/api/units/${id}`, {
      method: 'PATCH',
      body: 'name=X',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
    });
    await expectRejected(malformed, 400, 'bad_request');
    for (const body of [
      { id: 5 },
      { active: 'false' },
      { active: 0 },
      { name: '' },
      { name: 'X'.repeat(201) },
      { kind: 'ministry' },
      { code: null },
      { parentId: 0 },
    ]) {
      const res = await patch(id, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('units created by fixtures', () => {
  it('read back with the fixture helper too', async () => {
    const unit = await createUnit('FIX', 'Đơn vị mẫu');
    const res = await call(`/api/units/${unit.id}`, bearer(head));
    expect(UnitSchema.parse(await res.json()).name).toBe('Đơn vị mẫu');
  });
});
