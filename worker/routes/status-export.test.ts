/**
 * GET /api/dispatches/:id/status.csv and .xlsx: the matrix of one dispatch, a row per recipient
 * unit with its acknowledgement and tasks, the same cells in both formats; admins and clerks
 * only; 404 for a dispatch that does not exist.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { ErrorEnvelopeSchema } from '../../shared/errors';
import { recipients } from '../db/schema';
import { XLSX_CONTENT_TYPE } from '../lib/xlsx';
import { bearer, call, db, organisation, signIn } from '../test/fixtures';
import { csvRows, sheetRows } from '../test/spreadsheet';
import { addRecipients, createDispatch, insertTask } from '../test/task-fixtures';
import { unzipText } from '../test/unzip';

let org: Awaited<ReturnType<typeof organisation>>;
let dispatchId: number;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  org = await organisation();
  tokens.admin = await signIn('admin@example.vn');
  tokens.clerk = await signIn('vanthu@example.vn');
  tokens.head = await signIn('ca@example.vn');
  const dispatch = await createDispatch(org.clerk.id, {
    symbol: '3944/UBND-NC',
    key: '3944/ubnd-nc',
    subject: '=HYPERLINK("x") về việc đẩy mạnh phong trào, "bảo vệ" ANTQ',
  });
  dispatchId = dispatch.id;
  await addRecipients(dispatchId, [org.police.id, org.education.id], org.clerk.id);
  await db()
    .update(recipients)
    .set({
      acknowledgedAt: new Date('2026-11-03T02:05:00Z'),
      acknowledgedBy: org.policeHead.id,
      ackNote: 'Đã giao phòng Tham mưu',
    })
    .where(eq(recipients.unitId, org.police.id));
  await insertTask({
    dispatchId,
    title: 'Báo cáo kết quả',
    leadUnitId: org.police.id,
    status: 'in_progress',
    dueDate: '2099-12-31',
    createdBy: org.admin.id,
  });
  await insertTask({
    dispatchId,
    title: 'Rà soát trường học',
    leadUnitId: org.education.id,
    dueDate: '2020-01-01',
    createdBy: org.admin.id,
  });
});

describe('GET /api/dispatches/:id/status.csv|xlsx', () => {
  it('gives a row per recipient unit with what the matrix shows, the same in CSV and Excel', async () => {
    const csvRes = await call(`/api/dispatches/${dispatchId}/status.csv`, bearer(tokens.admin as string));
    expect(csvRes.status).toBe(200);
    expect(csvRes.headers.get('content-disposition')).toContain('tinh-hinh-3944-ubnd-nc.csv');
    const raw = new Uint8Array(await csvRes.arrayBuffer());
    // The byte-order mark Excel needs to read UTF-8 (a text() decode would drop it).
    expect([...raw.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(raw);
    const csv = csvRows(text);
    expect(csv[0]?.[0]).toBe('Số, ký hiệu');
    const police = csv.find((row) => row[2] === 'CA');
    const education = csv.find((row) => row[2] === 'SGDĐT');
    expect(csv).toHaveLength(3);
    expect(police).toEqual([
      '3944/UBND-NC',
      // A formula-looking subject is defused, quotes and commas survive.
      `'=HYPERLINK("x") về việc đẩy mạnh phong trào, "bảo vệ" ANTQ`,
      'CA',
      'Công an tỉnh',
      expect.stringMatching(/^\d{2}\/\d{2}\/\d{4}$/),
      'Đã xác nhận',
      '03/11/2026 09:05',
      'ca',
      'Đã giao phòng Tham mưu',
      '1 việc: 1 đang làm',
    ]);
    expect(education?.slice(5)).toEqual(['Chưa xác nhận', '', '', '', '1 việc: 1 quá hạn']);

    const xlsxRes = await call(`/api/dispatches/${dispatchId}/status.xlsx`, bearer(tokens.clerk as string));
    expect(xlsxRes.status).toBe(200);
    expect(xlsxRes.headers.get('content-type')).toBe(XLSX_CONTENT_TYPE);
    const bytes = new Uint8Array(await xlsxRes.arrayBuffer());
    const sheet = sheetRows(unzipText(bytes).get('xl/worksheets/sheet1.xml') as string);
    expect(sheet).toEqual(csv.map((row) => row.map((cell) => cell.replace(/^'=/, '='))));
  });

  it('refuses unit heads and signed-out callers, and says 404 for a dispatch that does not exist', async () => {
    expect(
      (await call(`/api/dispatches/${dispatchId}/status.csv`, bearer(tokens.head as string))).status,
    ).toBe(403);
    expect((await call(`/api/dispatches/${dispatchId}/status.xlsx`)).status).toBe(401);
    const missing = await call('/api/dispatches/999999/status.csv', bearer(tokens.admin as string));
    expect(missing.status).toBe(404);
    expect(ErrorEnvelopeSchema.safeParse(await missing.json()).success).toBe(true);
    expect((await call('/api/dispatches/abc/status.csv', bearer(tokens.admin as string))).status).toBe(404);
  });
});
