import { beforeAll, describe, expect, it } from 'vitest';
import { dispatches, recipients, tasks } from '../db/schema';
import { bearer, call, db, organisation, signIn } from '../test/fixtures';

let org: Awaited<ReturnType<typeof organisation>>;
let adminToken: string;

async function addDispatch(
  symbol: string,
  receivedDate: string,
  receivedNumber: number,
  extra: Partial<typeof dispatches.$inferInsert> = {},
) {
  const [row] = await db()
    .insert(dispatches)
    .values({
      symbol,
      key: symbol.toUpperCase(),
      subject: `về việc ${symbol}`,
      receivedDate,
      receivedNumber,
      clippedBy: org.clerk.id,
      ...extra,
    })
    .returning();
  return row as typeof dispatches.$inferSelect;
}

beforeAll(async () => {
  org = await organisation();
  adminToken = await signIn('admin@example.vn');
  const first = await addDispatch('3944/UBND-NC', '2020-08-28', 1, {
    issuedDate: '2020-08-27',
    issuingBody: 'UBND tỉnh Hà Tĩnh',
    typeName: 'Công văn',
    subject: 'về việc đẩy mạnh phong trào toàn dân bảo vệ ANTQ, "an toàn"',
    urgency: 'urgent',
  });
  const second = await addDispatch('12/KH-UBND', '2021-01-05', 1, { subject: '=1+1 công thức' });
  const sentAt = new Date('2020-08-28T03:00:00Z');
  await db()
    .insert(recipients)
    .values([
      {
        dispatchId: first.id,
        unitId: org.police.id,
        sentAt,
        sentBy: org.clerk.id,
        acknowledgedAt: new Date('2020-08-29T02:00:00Z'),
        acknowledgedBy: org.policeHead.id,
      },
      { dispatchId: first.id, unitId: org.education.id, sentAt, sentBy: org.clerk.id },
      { dispatchId: second.id, unitId: org.police.id, sentAt, sentBy: org.clerk.id },
    ]);
  await db()
    .insert(tasks)
    .values([
      {
        dispatchId: first.id,
        title: 'Đánh giá phong trào',
        leadUnitId: org.police.id,
        dueDate: '2020-09-30',
        status: 'overdue',
        createdBy: org.admin.id,
      },
      {
        dispatchId: first.id,
        title: 'Xây dựng mô hình',
        leadUnitId: org.education.id,
        status: 'done',
        progress: 100,
        createdBy: org.admin.id,
      },
    ]);
});

describe('GET /api/reports/overview', () => {
  it('counts dispatches, acknowledgements, tasks and the units most overdue', async () => {
    const res = await call('/api/reports/overview', bearer(adminToken));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      period: { from: null, to: null },
      dispatches: 2,
      recipients: 3,
      acknowledged: 1,
      acknowledgementRate: 0.333,
      tasks: { todo: 0, in_progress: 0, done: 1, overdue: 1 },
      overdueTasks: 1,
      unitsMostOverdue: [{ unitId: org.police.id, code: 'CA', name: 'Công an tỉnh', overdue: 1 }],
    });
  });

  it('limits the figures to a period', async () => {
    const res = await call('/api/reports/overview?from=2021-01-01&to=2021-12-31', bearer(adminToken));
    expect(await res.json()).toMatchObject({
      dispatches: 1,
      recipients: 1,
      acknowledged: 0,
      overdueTasks: 0,
    });
  });

  it('is for admins only and checks its query', async () => {
    expect((await call('/api/reports/overview', bearer(await signIn('vanthu@example.vn')))).status).toBe(403);
    expect((await call('/api/reports/overview?from=2021-02-30', bearer(adminToken))).status).toBe(422);
    expect((await call('/api/reports/overview?extra=1', bearer(adminToken))).status).toBe(422);
  });
});

describe('GET /api/export/register.csv', () => {
  it('writes the ten register columns in số đến order, with a BOM, for Excel', async () => {
    const res = await call('/api/export/register.csv', bearer(adminToken));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).split('\r\n');
    expect(lines[0]).toBe(
      'Ngày đến,Số đến,Tác giả,"Số, ký hiệu",Ngày tháng văn bản,Tên loại và trích yếu nội dung,Đơn vị hoặc người nhận,Ngày chuyển,Ký nhận,Ghi chú',
    );
    expect(lines[1]).toBe(
      '28/08/2020,1,UBND tỉnh Hà Tĩnh,3944/UBND-NC,27/08/2020,"Công văn về việc đẩy mạnh phong trào toàn dân bảo vệ ANTQ, ""an toàn""",Công an tỉnh; Sở Giáo dục và Đào tạo,28/08/2020,Công an tỉnh (29/08/2020),Khẩn',
    );
    expect(lines[2]).toBe("05/01/2021,1,,12/KH-UBND,,'=1+1 công thức,Công an tỉnh,28/08/2020,,");
    expect(lines[3]).toBe('');
  });

  it('filters by year', async () => {
    const text = await (await call('/api/export/register.csv?year=2021', bearer(adminToken))).text();
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(2);
  });
});

describe('GET /api/export/dispatches.csv', () => {
  it('lists every dispatch with its acknowledgement counts', async () => {
    const text = await (await call('/api/export/dispatches.csv', bearer(adminToken))).text();
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(',3944/UBND-NC,Công văn,27/08/2020,UBND tỉnh Hà Tĩnh,');
    expect(lines[1]).toMatch(/,Khẩn,,2,1,$/);
  });

  it('is for admins only', async () => {
    expect((await call('/api/export/dispatches.csv', bearer(await signIn('ca@example.vn')))).status).toBe(
      403,
    );
    expect((await call('/api/export/dispatches.csv')).status).toBe(401);
  });
});

describe('GET /api/audit', () => {
  it('pages the audit log newest first and filters it', async () => {
    for (const email of ['sgd@example.vn', 'ca@example.vn', 'vanthu@example.vn']) await signIn(email);
    const res = await call('/api/audit?action=login&limit=2', bearer(adminToken));
    expect(res.status).toBe(200);
    const page = (await res.json()) as {
      items: Array<{ id: number; action: string; actorName: string | null }>;
      nextCursor: string | null;
    };
    expect(page.items).toHaveLength(2);
    expect(page.items.every((item) => item.action === 'login')).toBe(true);
    expect((page.items[0]?.id ?? 0) > (page.items[1]?.id ?? 0)).toBe(true);
    expect(page.nextCursor).not.toBeNull();
    const next = (await (
      await call(`/api/audit?action=login&limit=2&cursor=${page.nextCursor}`, bearer(adminToken))
    ).json()) as typeof page;
    expect(next.items.every((item) => item.id < (page.items[1]?.id ?? 0))).toBe(true);
  });

  it('rejects a forged cursor and other roles', async () => {
    expect((await call('/api/audit?cursor=nonsense!!', bearer(adminToken))).status).toBe(422);
    expect((await call('/api/audit', bearer(await signIn('vanthu@example.vn')))).status).toBe(403);
  });
});
