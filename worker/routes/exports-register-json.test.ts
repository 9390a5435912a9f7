/**
 * GET /api/export/register.json: the register's lines for the printable page, the same cells as
 * register.csv, in register order, a bounded page at a time.
 */
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { ErrorEnvelopeSchema } from '../../shared/errors';
import { type RegisterPage, RegisterPageSchema } from '../../shared/schemas/register';
import { recipients } from '../db/schema';
import { csvRow } from '../lib/csv';
import { bearer, call, db, organisation, signIn } from '../test/fixtures';
import { REGISTER_COLUMNS } from '../test/register-columns';
import { addRecipients, createDispatch } from '../test/task-fixtures';

let adminToken: string;
let clerkToken: string;

async function page(query: string): Promise<RegisterPage> {
  const res = await call(`/api/export/register.json${query}`, bearer(adminToken));
  expect(res.status).toBe(200);
  const body = RegisterPageSchema.parse(await res.json());
  return body;
}

beforeAll(async () => {
  const org = await organisation();
  adminToken = await signIn(org.admin.email);
  clerkToken = await signIn(org.clerk.email);
  // Inserted out of order: the register is ordered by date received, then số đến.
  await createDispatch(org.clerk.id, {
    symbol: '12/SGDĐT-VP',
    receivedDate: '2026-03-02',
    receivedNumber: 3,
  });
  const first = await createDispatch(org.clerk.id, {
    symbol: '3944/UBND-NC',
    key: '3944/ubnd-nc',
    subject: 'về việc phòng, chống thiên tai',
    typeName: 'Công văn',
    issuingBody: 'Ủy ban nhân dân tỉnh Hà Tĩnh',
    issuedDate: '2026-01-03',
    receivedDate: '2026-01-05',
    receivedNumber: 1,
    urgency: 'express',
    confidentiality: 'confidential',
  });
  await addRecipients(first.id, [org.police.id, org.education.id], org.clerk.id);
  await db()
    .update(recipients)
    .set({ acknowledgedAt: new Date('2026-01-06T03:00:00Z'), acknowledgedBy: org.policeHead.id })
    .where(and(eq(recipients.dispatchId, first.id), eq(recipients.unitId, org.police.id)));
  await createDispatch(org.clerk.id, { symbol: '7/CAT-PV01', receivedDate: '2026-01-05', receivedNumber: 2 });
  await createDispatch(org.clerk.id, {
    symbol: '99/UBND-VP',
    receivedDate: '2025-12-30',
    receivedNumber: 99,
  });
});

describe('GET /api/export/register.json', () => {
  it('answers the ten columns and each line as the CSV writes it', async () => {
    const body = await page('?year=2026');
    expect(body.columns).toEqual(REGISTER_COLUMNS);
    expect(body.items.map((line) => [line.receivedNumber, line.symbol])).toEqual([
      [1, '3944/UBND-NC'],
      [2, '7/CAT-PV01'],
      [3, '12/SGDĐT-VP'],
    ]);
    expect(body.nextCursor).toBeNull();
    const [first] = body.items;
    expect(first).toMatchObject({
      receivedDate: '05/01/2026',
      author: 'Ủy ban nhân dân tỉnh Hà Tĩnh',
      documentDate: '03/01/2026',
      typeAndSubject: 'Công văn về việc phòng, chống thiên tai',
      recipients: 'Công an tỉnh; Sở Giáo dục và Đào tạo',
      signedFor: 'Công an tỉnh (06/01/2026)',
      note: 'Hỏa tốc, Mật',
    });
    expect(first?.sentDate).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);

    // One row builder: the CSV line of the same dispatch holds the same cells.
    const csv = await (await call('/api/export/register.csv?year=2026', bearer(adminToken))).text();
    const line = csv.split('\r\n').find((row) => row.includes('3944/UBND-NC'));
    expect(line).toBe(
      csvRow([
        first?.receivedDate,
        first?.receivedNumber,
        first?.author,
        first?.symbol,
        first?.documentDate,
        first?.typeAndSubject,
        first?.recipients,
        first?.sentDate,
        first?.signedFor,
        first?.note,
      ]).replace(/\r\n$/, ''),
    );
  });

  it('walks the register a page at a time, in order, with nothing skipped or repeated', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 10; pages += 1) {
      const body: RegisterPage = await page(`?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      expect(body.items.length).toBeLessThanOrEqual(1);
      seen.push(...body.items.map((line) => line.symbol));
      cursor = body.nextCursor;
      if (!cursor) break;
    }
    expect(seen).toEqual(['99/UBND-VP', '3944/UBND-NC', '7/CAT-PV01', '12/SGDĐT-VP']);
    expect(cursor).toBeNull();
  });

  it('keeps to the period asked for', async () => {
    const january = await page('?from=2026-01-01&to=2026-01-31');
    expect(january.items.map((line) => line.symbol)).toEqual(['3944/UBND-NC', '7/CAT-PV01']);
    expect((await page('?year=2025')).items.map((line) => line.receivedNumber)).toEqual([99]);
    expect((await page('?year=1999')).items).toEqual([]);
  });

  it('refuses a bad query with a 422 in the error envelope, never a 500', async () => {
    for (const query of ['?limit=0', '?limit=501', '?year=abc', '?to=2026-02-30', '?cursor=%%%', '?page=2']) {
      const res = await call(`/api/export/register.json${query}`, bearer(adminToken));
      expect(res.status, query).toBe(422);
      expect(ErrorEnvelopeSchema.safeParse(await res.json()).success).toBe(true);
    }
    // A cursor that decodes but is not a register position.
    const wrong = btoa(JSON.stringify({ id: 1 }));
    expect((await call(`/api/export/register.json?cursor=${wrong}`, bearer(adminToken))).status).toBe(422);
  });

  it('is for administrators only', async () => {
    expect((await call('/api/export/register.json', bearer(clerkToken))).status).toBe(403);
    expect((await call('/api/export/register.json')).status).toBe(401);
  });
});
