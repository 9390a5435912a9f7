/**
 * GET /api/export/register.xlsx and /api/export/dispatches.xlsx: the same cells as the CSV of the
 * same filter, read back with the test's own zip reader.
 */
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { ErrorEnvelopeSchema } from '../../shared/errors';
import { recipients } from '../db/schema';
import { XLSX_CONTENT_TYPE } from '../lib/xlsx';
import { bearer, call, db, organisation, signIn } from '../test/fixtures';
import { REGISTER_COLUMNS } from '../test/register-columns';
import { csvRows, sheetRows } from '../test/spreadsheet';
import { addRecipients, createDispatch } from '../test/task-fixtures';
import { unzip, unzipText } from '../test/unzip';

let adminToken: string;

async function download(path: string) {
  const res = await call(path, bearer(adminToken));
  expect(res.status).toBe(200);
  return res;
}

async function sheetOf(path: string) {
  const res = await download(path);
  expect(res.headers.get('content-type')).toBe(XLSX_CONTENT_TYPE);
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect(unzip(bytes)).toHaveLength(6);
  return { res, rows: sheetRows(unzipText(bytes).get('xl/worksheets/sheet1.xml') as string) };
}

beforeAll(async () => {
  const org = await organisation();
  adminToken = await signIn(org.admin.email);
  const first = await createDispatch(org.clerk.id, {
    symbol: '3944/UBND-NC',
    key: '3944/ubnd-nc',
    subject: 'về việc phòng, chống thiên tai & tìm kiếm cứu nạn "năm 2026"',
    typeName: 'Công văn',
    issuingBody: 'Ủy ban nhân dân tỉnh Hà Tĩnh',
    issuedDate: '2026-01-03',
    receivedDate: '2026-01-05',
    receivedNumber: 1,
    urgency: 'urgent',
  });
  await addRecipients(first.id, [org.police.id, org.education.id], org.clerk.id);
  await db()
    .update(recipients)
    .set({ acknowledgedAt: new Date('2026-01-06T03:00:00Z'), acknowledgedBy: org.policeHead.id })
    .where(and(eq(recipients.dispatchId, first.id), eq(recipients.unitId, org.police.id)));
  await createDispatch(org.clerk.id, {
    subject: '=HYPERLINK("http://x") không phải công thức',
    receivedDate: '2026-02-10',
    receivedNumber: 2,
    confidentiality: 'confidential',
  });
  await createDispatch(org.clerk.id, { receivedDate: '2025-12-30', receivedNumber: 99 });
});

describe('GET /api/export/register.xlsx', () => {
  it('holds the ten columns and the rows of register.csv, Vietnamese intact', async () => {
    const { res, rows } = await sheetOf('/api/export/register.xlsx?year=2026');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="so-den-2026.xlsx"');
    expect(rows[0]).toEqual(REGISTER_COLUMNS);
    expect(rows).toHaveLength(3);
    expect(rows[1]?.slice(0, 7)).toEqual([
      '05/01/2026',
      '1',
      'Ủy ban nhân dân tỉnh Hà Tĩnh',
      '3944/UBND-NC',
      '03/01/2026',
      'Công văn về việc phòng, chống thiên tai & tìm kiếm cứu nạn "năm 2026"',
      'Công an tỉnh; Sở Giáo dục và Đào tạo',
    ]);
    expect(rows[1]?.[8]).toBe('Công an tỉnh (06/01/2026)');
    expect(rows[1]?.[9]).toBe('Khẩn');
    // Text stays text: the formula-looking subject is a string cell, as typed.
    expect(rows[2]?.[5]).toBe('=HYPERLINK("http://x") không phải công thức');
    expect(rows[2]?.[9]).toBe('Mật');

    const csv = csvRows(await (await download('/api/export/register.csv?year=2026')).text());
    // The CSV prefixes formula-looking cells with an apostrophe; otherwise every cell is the same.
    expect(rows).toEqual(csv.map((row) => row.map((cell) => cell.replace(/^'=/, '='))));
  });

  it('is a valid workbook with the header alone when no dispatch matches', async () => {
    const { res, rows } = await sheetOf('/api/export/register.xlsx?year=1999');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="so-den-1999.xlsx"');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveLength(10);
  });

  it('refuses a bad query with a 422 in the error envelope', async () => {
    for (const query of ['?year=abc', '?from=2026-02-30', '?format=csv']) {
      const res = await call(`/api/export/register.xlsx${query}`, bearer(adminToken));
      expect(res.status).toBe(422);
      expect(ErrorEnvelopeSchema.safeParse(await res.json()).success).toBe(true);
    }
  });
});

describe('GET /api/export/dispatches.xlsx', () => {
  it('holds the columns and rows of dispatches.csv', async () => {
    const { res, rows } = await sheetOf('/api/export/dispatches.xlsx');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="cong-van.xlsx"');
    expect(rows).toHaveLength(4);
    expect(rows[0]?.[0]).toBe('Mã');
    expect(rows.map((row) => row[3])).toEqual([
      'Số, ký hiệu',
      expect.any(String),
      '3944/UBND-NC',
      expect.any(String),
    ]);
    const csv = csvRows(await (await download('/api/export/dispatches.csv')).text());
    expect(rows).toEqual(csv.map((row) => row.map((cell) => cell.replace(/^'=/, '='))));
  });
});
