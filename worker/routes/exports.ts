/**
 * CSV and Excel (.xlsx) exports for the admin: the dispatch list and the incoming-document register
 * (sổ đăng ký văn bản đến, Nghị định 30/2020/NĐ-CP Phụ lục IV), read page by page. Both formats
 * share one row builder per export, so a CSV and an .xlsx of the same filter hold the same cells.
 * @module
 */
import { and, asc, eq, gt, gte, inArray, lte, or } from 'drizzle-orm';
import { type Context, Hono } from 'hono';
import { RegisterQuerySchema } from '../../shared/schemas/reports';
import { createDb, type Db } from '../db/client';
import { type DispatchRow, dispatches, recipients, units } from '../db/schema';
import { csvResponse } from '../lib/csv';
import { ddmmyyyy } from '../lib/dates';
import type { AppEnv } from '../lib/types';
import { readQuery } from '../lib/validate';
import { xlsxResponse } from '../lib/xlsx';
import { requireAuth, requireRole } from '../middleware/auth';

const PAGE = 200;

const URGENCY_LABELS: Record<string, string> = {
  normal: '',
  urgent: 'Khẩn',
  very_urgent: 'Thượng khẩn',
  express: 'Hỏa tốc',
};
const CONFIDENTIALITY_LABELS: Record<string, string> = {
  normal: '',
  confidential: 'Mật',
  secret: 'Tối mật',
  top_secret: 'Tuyệt mật',
};

interface Filter {
  from?: string;
  to?: string;
  year?: number;
}

/** Dispatches in register order (received date, số đến), a page at a time, with their recipients. */
async function* registerPages(db: Db, filter: Filter) {
  let after: { date: string; number: number } | null = null;
  for (;;) {
    const position: ReturnType<typeof or> = after
      ? or(
          gt(dispatches.receivedDate, after.date),
          and(eq(dispatches.receivedDate, after.date), gt(dispatches.receivedNumber, after.number)),
        )
      : undefined;
    const rows: DispatchRow[] = await db
      .select()
      .from(dispatches)
      .where(
        and(
          position,
          filter.from ? gte(dispatches.receivedDate, filter.from) : undefined,
          filter.to ? lte(dispatches.receivedDate, filter.to) : undefined,
          filter.year
            ? and(
                gte(dispatches.receivedDate, `${filter.year}-01-01`),
                lte(dispatches.receivedDate, `${filter.year}-12-31`),
              )
            : undefined,
        ),
      )
      .orderBy(asc(dispatches.receivedDate), asc(dispatches.receivedNumber))
      .limit(PAGE);
    if (rows.length === 0) return;
    const recipientRows = await db
      .select({
        dispatchId: recipients.dispatchId,
        unitName: units.name,
        sentAt: recipients.sentAt,
        acknowledgedAt: recipients.acknowledgedAt,
      })
      .from(recipients)
      .innerJoin(units, eq(units.id, recipients.unitId))
      .where(
        inArray(
          recipients.dispatchId,
          rows.map((row) => row.id),
        ),
      )
      .orderBy(asc(recipients.dispatchId), asc(units.code));
    const byDispatch = new Map<number, typeof recipientRows>();
    for (const row of recipientRows)
      byDispatch.set(row.dispatchId, [...(byDispatch.get(row.dispatchId) ?? []), row]);
    yield rows.map((row) => ({ row, recipients: byDispatch.get(row.id) ?? [] }));
    const last = rows[rows.length - 1] as DispatchRow;
    after = { date: last.receivedDate, number: last.receivedNumber };
  }
}

async function* mapPages<T>(pages: AsyncIterable<T[]>, toRow: (item: T) => unknown[]) {
  for await (const page of pages) yield page.map(toRow);
}

type RegisterItem = {
  row: DispatchRow;
  recipients: Array<{ unitName: string; sentAt: Date; acknowledgedAt: Date | null }>;
};

/** One export: its columns and the row of each dispatch, the same whatever the format. */
interface ExportTable {
  header: string[];
  toRow: (item: RegisterItem) => unknown[];
}

/** Sổ đăng ký văn bản đến: the ten columns of Nghị định 30/2020/NĐ-CP, Phụ lục IV. */
const REGISTER: ExportTable = {
  header: [
    'Ngày đến',
    'Số đến',
    'Tác giả',
    'Số, ký hiệu',
    'Ngày tháng văn bản',
    'Tên loại và trích yếu nội dung',
    'Đơn vị hoặc người nhận',
    'Ngày chuyển',
    'Ký nhận',
    'Ghi chú',
  ],
  toRow: ({ row, recipients: sent }) => {
    const firstSent = sent.reduce<Date | null>(
      (min, r) => (min === null || r.sentAt < min ? r.sentAt : min),
      null,
    );
    const notes = [URGENCY_LABELS[row.urgency], CONFIDENTIALITY_LABELS[row.confidentiality]]
      .filter(Boolean)
      .join(', ');
    return [
      ddmmyyyy(row.receivedDate),
      row.receivedNumber,
      row.issuingBody ?? row.issuer ?? '',
      row.symbol,
      ddmmyyyy(row.issuedDate),
      [row.typeName, row.subject].filter(Boolean).join(' '),
      sent.map((r) => r.unitName).join('; '),
      ddmmyyyy(firstSent),
      sent
        .filter((r) => r.acknowledgedAt)
        .map((r) => `${r.unitName} (${ddmmyyyy(r.acknowledgedAt)})`)
        .join('; '),
      notes,
    ];
  },
};

const DISPATCH_LIST: ExportTable = {
  header: [
    'Mã',
    'Số đến',
    'Ngày đến',
    'Số, ký hiệu',
    'Loại văn bản',
    'Ngày ban hành',
    'Cơ quan ban hành',
    'Trích yếu',
    'Độ khẩn',
    'Độ mật',
    'Số đơn vị nhận',
    'Đã xác nhận',
    'Nguồn',
  ],
  toRow: ({ row, recipients: sent }) => [
    row.id,
    row.receivedNumber,
    ddmmyyyy(row.receivedDate),
    row.symbol,
    row.typeName ?? '',
    ddmmyyyy(row.issuedDate),
    row.issuingBody ?? '',
    row.subject,
    URGENCY_LABELS[row.urgency] ?? '',
    CONFIDENTIALITY_LABELS[row.confidentiality] ?? '',
    sent.length,
    sent.filter((r) => r.acknowledgedAt).length,
    row.sourceUrl ?? '',
  ],
};

function rows(c: Context<AppEnv>, table: ExportTable, filter: Filter) {
  return mapPages(registerPages(createDb(c.env.DB), filter), table.toRow);
}

const registerName = (filter: Filter) => `so-den-${filter.year ?? 'tat-ca'}`;

export const exportRoutes = new Hono<AppEnv>()
  .use(requireAuth, requireRole('admin'))
  .get('/register.csv', (c) => {
    const filter = readQuery(c, RegisterQuerySchema);
    return csvResponse(`${registerName(filter)}.csv`, REGISTER.header, rows(c, REGISTER, filter));
  })
  .get('/register.xlsx', async (c) => {
    const filter = readQuery(c, RegisterQuerySchema);
    return xlsxResponse(`${registerName(filter)}.xlsx`, 'Sổ đến', REGISTER.header, rows(c, REGISTER, filter));
  })
  .get('/dispatches.csv', (c) => {
    const filter = readQuery(c, RegisterQuerySchema);
    return csvResponse('cong-van.csv', DISPATCH_LIST.header, rows(c, DISPATCH_LIST, filter));
  })
  .get('/dispatches.xlsx', async (c) => {
    const filter = readQuery(c, RegisterQuerySchema);
    return xlsxResponse('cong-van.xlsx', 'Công văn', DISPATCH_LIST.header, rows(c, DISPATCH_LIST, filter));
  });
